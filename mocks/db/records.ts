/** Record-level rules shared by several handlers: lifetimes, sessions, abandoning a login. */
import { randomToken } from '../crypto'
import type { Account, Credential, DbData, SessionRecord } from './schema'

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000
export const PENDING_LOGIN_TTL_MS = 10 * 60 * 1000
export const CODE_TTL_MS = 5 * 60 * 1000
export const CODE_RESEND_COOLDOWN_MS = 30 * 1000
export const CODE_MAX_ATTEMPTS = 5
export const CODE_LENGTH = 6
export const PASSWORD_MAX_FAILURES = 5
export const LOCKOUT_MS = 15 * 60 * 1000

export function normalizeIdentifier(identifier: string): string {
  return identifier.trim().toLowerCase()
}

export function findAccount(data: DbData, identifier: string): Account | undefined {
  const wanted = normalizeIdentifier(identifier)
  return data.accounts.find((account) => account.identifier === wanted)
}

export function accountById(data: DbData, id: string): Account {
  const account = data.accounts.find((a) => a.id === id)
  if (!account) throw new Error('record points to a missing account')
  return account
}

/** Passkeys that can sign in: not the ones still waiting for their login's code step. */
export function activeCredentials(data: DbData, accountId: string): Credential[] {
  return data.credentials.filter((c) => c.accountId === accountId && c.pendingLoginToken === null)
}

export function createSession(data: DbData, accountId: string, now: number): SessionRecord {
  const session = { token: randomToken(), accountId, expiresAt: now + SESSION_TTL_MS }
  data.sessions.push(session)
  return session
}

/** Ends a pending login; passkeys made during it go with it unless `keepPasskeys`. */
export function endPendingLogin(data: DbData, token: string, keepPasskeys: boolean): void {
  data.pendingLogins = data.pendingLogins.filter((p) => p.token !== token)
  data.codes = data.codes.filter((c) => c.pendingLoginToken !== token)
  data.challenges = data.challenges.filter((c) => c.boundTo !== token)
  if (keepPasskeys) {
    for (const credential of data.credentials) {
      if (credential.pendingLoginToken === token) credential.pendingLoginToken = null
    }
  } else {
    data.credentials = data.credentials.filter((c) => c.pendingLoginToken !== token)
  }
}

/** Takes the challenge out of the store: a challenge answers one ceremony, whatever its outcome. */
export function consumeChallenge(
  data: DbData,
  challenge: string | null,
  purpose: 'authentication' | 'registration',
  boundTo: string | null,
) {
  const index = data.challenges.findIndex(
    (c) => c.challenge === challenge && c.purpose === purpose && c.boundTo === boundTo,
  )
  return index === -1 ? undefined : data.challenges.splice(index, 1)[0]
}
