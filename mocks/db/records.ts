/**
 * The fake backend's rules on records, shared by several handlers: lifetimes and limits,
 * sessions, the account's code budget, lockouts, abandoning a login. Every limit a real backend
 * should copy is a named constant here, with the reason beside it.
 */
import { randomToken } from '../crypto'
import type {
  Account,
  Credential,
  DbData,
  PendingLoginRecord,
  SessionRecord,
  UnknownIdentifier,
} from './schema'

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export const SESSION_TTL_MS = 12 * HOUR
export const PENDING_LOGIN_TTL_MS = 10 * MINUTE
export const CODE_TTL_MS = 5 * MINUTE
export const CODE_RESEND_COOLDOWN_MS = 30 * 1000
/** Tries per pending login (or step-up), across resends: a new code brings no new tries. */
export const CODE_MAX_ATTEMPTS = 5
export const CODE_LENGTH = 6
/** The account's code budget, whatever the login: wrong codes and sends per channel per hour. */
export const CODE_WINDOW_MS = HOUR
export const CODE_FAILURES_PER_WINDOW = 10
export const CODE_SENDS_PER_WINDOW = 5
export const PASSWORD_MAX_FAILURES = 5
export const LOCKOUT_MS = 15 * MINUTE
/** A sensitive change needs a sign-in at most this old, or a step-up for it (`confirmation.ts`). */
export const RECENT_VERIFICATION_MS = 5 * MINUTE
/** How long a step-up's confirmation of one action lasts. */
export const STEP_UP_TTL_MS = 5 * MINUTE
/** How long a skipped offer stays away: the backend's choice, not the client's. */
export const SNOOZE_MS = 7 * DAY
/** Wrong-password counters kept for identifiers with no account (oldest dropped first). */
export const UNKNOWN_IDENTIFIERS_MAX = 1000
/** Request bodies larger than this are refused before they are read as JSON. */
export const MAX_BODY_BYTES = 64 * 1024

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

export function createSession(
  data: DbData,
  accountId: string,
  now: number,
  credentialId: string | null = null,
): SessionRecord {
  const session = {
    token: randomToken(),
    accountId,
    expiresAt: now + SESSION_TTL_MS,
    verifiedAt: now,
    credentialId,
  }
  data.sessions.push(session)
  return session
}

/** A sign-in recent enough to make a sensitive change without a step-up. */
export function recentlyVerified(session: SessionRecord, now: number): boolean {
  return now - session.verifiedAt <= RECENT_VERIFICATION_MS
}

export function createPendingLogin(data: DbData, accountId: string, now: number) {
  const pending: PendingLoginRecord = {
    token: randomToken(),
    accountId,
    expiresAt: now + PENDING_LOGIN_TTL_MS,
    skipped: null,
  }
  data.pendingLogins.push(pending)
  return pending
}

/**
 * Ends a pending login. Completed (`verified`): passkeys made during it become usable and a skip
 * made during it starts its snooze. Abandoned: both go with it.
 */
export function endPendingLogin(data: DbData, token: string, verified: boolean, now: number) {
  const pending = data.pendingLogins.find((p) => p.token === token)
  data.pendingLogins = data.pendingLogins.filter((p) => p.token !== token)
  data.codes = data.codes.filter((c) => c.boundTo !== token)
  data.challenges = data.challenges.filter((c) => c.boundTo !== token)
  if (verified) {
    for (const credential of data.credentials) {
      if (credential.pendingLoginToken === token) credential.pendingLoginToken = null
    }
    if (pending?.skipped) snooze(accountById(data, pending.accountId), pending.skipped, now)
  } else {
    data.credentials = data.credentials.filter((c) => c.pendingLoginToken !== token)
  }
}

/** 'unsupported' asks again at the next sign-in (on a capable device, it is hoped). */
export function snooze(account: Account, reason: 'skipped' | 'unsupported', now: number): number {
  account.snoozedUntil = reason === 'unsupported' ? now : now + SNOOZE_MS
  return account.snoozedUntil
}

/** Takes a stored challenge out: a challenge answers one ceremony, whatever its outcome. */
export function consumeChallenge(
  data: DbData,
  challenge: string | null,
  purpose: 'registration' | 'stepUp',
  boundTo: string,
) {
  const index = data.challenges.findIndex(
    (c) => c.challenge === challenge && c.purpose === purpose && c.boundTo === boundTo,
  )
  return index === -1 ? undefined : data.challenges.splice(index, 1)[0]
}

/** One outstanding challenge per caller and purpose: a new one replaces the last. */
export function storeChallenge(
  data: DbData,
  record: Omit<DbData['challenges'][number], never>,
): void {
  data.challenges = data.challenges.filter(
    (c) => !(c.boundTo === record.boundTo && c.purpose === record.purpose),
  )
  data.challenges.push(record)
}

/** A notice to the account's owner (no code): its email, else its phone. */
export function notifyOwner(data: DbData, account: Account, body: string, now: number): void {
  const to = account.email ?? account.phone
  if (!to) return
  data.inbox.push({
    id: randomToken(8),
    channel: account.email ? 'email' : 'sms',
    to,
    code: null,
    sentAt: now,
    body,
  })
}

// ---------------------------------------------------------------------------------------------
// The account's code budget: counted per account, whatever the login, so a password holder can
// neither guess the code step by starting over nor flood the user with messages.

const inWindow = (at: number, now: number) => now - at < CODE_WINDOW_MS

/** Milliseconds until the account may try a code again; 0 when it may now. */
export function codeFailuresBlockFor(account: Account, now: number): number {
  const recent = account.codeFailures.filter((at) => inWindow(at, now))
  if (recent.length < CODE_FAILURES_PER_WINDOW) return 0
  const oldest = Math.min(...recent)
  return oldest + CODE_WINDOW_MS - now
}

/** Milliseconds until a code may be sent to this channel again; 0 when it may now. */
export function codeSendsBlockFor(account: Account, channel: string, now: number): number {
  const recent = account.codeSends.filter((s) => s.channel === channel && inWindow(s.at, now))
  if (recent.length < CODE_SENDS_PER_WINDOW) return 0
  const oldest = Math.min(...recent.map((s) => s.at))
  return oldest + CODE_WINDOW_MS - now
}

export function recordCodeFailure(account: Account, now: number): void {
  account.codeFailures = [...account.codeFailures.filter((at) => inWindow(at, now)), now]
}

export function recordCodeSend(account: Account, channel: 'email' | 'sms', now: number): void {
  account.codeSends = [
    ...account.codeSends.filter((s) => inWindow(s.at, now)),
    { channel, at: now },
  ]
}

// ---------------------------------------------------------------------------------------------
// Password lockout, for accounts and, alike, for identifiers without one.

/** The record that counts wrong passwords for `identifier`: the account's, or a stand-in's. */
export function lockoutRecord(
  data: DbData,
  identifier: string,
  now: number,
): Account | UnknownIdentifier {
  const account = findAccount(data, identifier)
  if (account) return account
  const wanted = normalizeIdentifier(identifier)
  let record = data.unknownIdentifiers.find((u) => u.identifier === wanted)
  if (!record) {
    record = { identifier: wanted, failedPasswordAttempts: 0, lockedUntil: null, lastSeen: now }
    data.unknownIdentifiers.push(record)
    if (data.unknownIdentifiers.length > UNKNOWN_IDENTIFIERS_MAX) {
      data.unknownIdentifiers.sort((a, b) => a.lastSeen - b.lastSeen)
      data.unknownIdentifiers.splice(0, data.unknownIdentifiers.length - UNKNOWN_IDENTIFIERS_MAX)
    }
  }
  record.lastSeen = now
  return record
}

/** Seconds the record stays locked; 0 when it is not locked. */
export function lockedForSeconds(record: { lockedUntil: number | null }, now: number): number {
  return record.lockedUntil === null ? 0 : Math.max(0, Math.ceil((record.lockedUntil - now) / 1000))
}
