/** Store records to contract shapes (what the API may show of them). */
import type { Passkey, PendingLogin, Session, User } from '../../src/api/contract'
import type { Account, Credential, PendingLoginRecord, SessionRecord } from '../db/schema'

const iso = (ms: number) => new Date(ms).toISOString()

export function toUser(account: Account): User {
  return { id: account.id, identifier: account.identifier, displayName: account.displayName }
}

export function toSession(session: SessionRecord, account: Account): Session {
  const { confirmed } = session
  return {
    token: session.token,
    expiresAt: iso(session.expiresAt),
    user: toUser(account),
    ...(confirmed && {
      confirmed: { action: confirmed.action, expiresAt: iso(confirmed.expiresAt) },
    }),
  }
}

export function toPasskey(credential: Credential): Passkey {
  return {
    id: credential.id,
    name: credential.name,
    aaguid: credential.aaguid,
    createdAt: iso(credential.createdAt),
    lastUsedAt: credential.lastUsedAt === null ? null : iso(credential.lastUsedAt),
    deviceType: credential.deviceType,
    backedUp: credential.backedUp,
    transports: credential.transports,
  }
}

/** a•••@example.com */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@')
  return `${local.slice(0, 1)}•••@${domain}`
}

/** ••• ••• 0142: the last four digits, as phone makers and banks show them. */
export function maskPhone(phone: string): string {
  return `••• ••• ${phone.slice(-4)}`
}

export function channelsOf(account: Account): PendingLogin['channels'] {
  const channels: PendingLogin['channels'] = []
  if (account.email) channels.push({ channel: 'email', destination: maskEmail(account.email) })
  if (account.phone) channels.push({ channel: 'sms', destination: maskPhone(account.phone) })
  return channels
}

export function toPendingLogin(
  pending: PendingLoginRecord,
  account: Account,
  hasPasskeys: boolean,
  now: number,
): PendingLogin {
  return {
    token: pending.token,
    expiresAt: iso(pending.expiresAt),
    user: { identifier: account.identifier, displayName: account.displayName },
    mfa: account.mfa,
    channels: channelsOf(account),
    hasPasskeys,
    append: account.snoozedUntil !== null && account.snoozedUntil > now ? 'snoozed' : 'offer',
  }
}
