/** Sign-in: identify, passkey login, password. */
import { openChallenge, signChallenge } from '../challenges'
import { backendConfig } from '../config'
import { hashPassword, verifyPassword, type PasswordHash } from '../crypto'
import {
  activeCredentials,
  accountById,
  createPendingLogin,
  createSession,
  endPendingLogin,
  findAccount,
  lockedForSeconds,
  lockoutRecord,
  LOCKOUT_MS,
  normalizeIdentifier,
  PASSWORD_MAX_FAILURES,
} from '../db/records'
import { db } from '../db/store'
import {
  authenticationOptions,
  challengeOf,
  CHALLENGE_TTL_MS,
  verifyAuthentication,
} from '../server-webauthn'
import { toPendingLogin, toSession } from './dto'
import { fail, route } from './route'

/**
 * Options for an identifier's passkeys (discoverable when it has none). The challenge is signed,
 * not stored, so asking costs the backend nothing, whoever asks and however often.
 */
async function issueRequestOptions(identifier: string | undefined) {
  const { accountId, allow, secret, now } = await db.read((data, now) => {
    const account = identifier === undefined ? undefined : findAccount(data, identifier)
    const allow = account ? activeCredentials(data, account.id) : []
    const accountId = allow.length > 0 && account ? account.id : null
    return { accountId, allow, secret: data.secret, now }
  })
  const challenge = await signChallenge(secret, { accountId, expiresAt: now + CHALLENGE_TTL_MS })
  const options = await authenticationOptions(allow, challenge)
  return { options, hasPasskeys: accountId !== null }
}

// Unknown identifiers still cost one hash, so timing does not tell them apart.
let decoyHash: { iterations: number; hash: Promise<PasswordHash> } | undefined

function decoy(): Promise<PasswordHash> {
  const { passwordIterations } = backendConfig()
  if (decoyHash?.iterations !== passwordIterations) {
    decoyHash = { iterations: passwordIterations, hash: hashPassword('decoy') }
  }
  return decoyHash.hash
}

export const authHandlers = [
  route('identify', async ({ body }) => {
    const identifier = normalizeIdentifier(body.identifier)
    const { options, hasPasskeys } = await issueRequestOptions(identifier)
    // Unknown and passkey-less identifiers get the same answer.
    return { identifier, passkey: hasPasskeys ? { options } : null }
  }),

  route('passkeyOptions', async ({ body }) => {
    const { options } = await issueRequestOptions(body.identifier)
    return { options }
  }),

  route('passkeyVerify', async ({ body }) => {
    const { response } = body
    const challenge = challengeOf(response.response.clientDataJSON)
    const secret = await db.read((data) => data.secret)
    const signed = challenge === null ? null : await openChallenge(secret, challenge)
    const found = await db.read((data, now) => ({
      usable:
        challenge !== null &&
        signed !== null &&
        signed.expiresAt > now &&
        !data.usedChallenges.some((used) => used.challenge === challenge),
      credential: data.credentials.find((c) => c.id === response.id),
    }))
    if (!found.usable || !signed || challenge === null) {
      throw fail('challenge_invalid', 'This sign-in request has expired. Please try again.')
    }
    const { credential } = found
    if (!credential) {
      throw fail('unknown_credential', 'This passkey is no longer registered for any account.', {
        credentialId: response.id,
      })
    }
    const wrongAccount =
      (signed.accountId !== null && signed.accountId !== credential.accountId) ||
      (response.response.userHandle !== undefined &&
        response.response.userHandle !== credential.accountId)
    if (credential.pendingLoginToken !== null || wrongAccount) {
      throw fail('verification_failed', 'This passkey cannot sign in to this account.')
    }
    const verified = await verifyAuthentication(response, challenge, credential)
    if (!verified) throw fail('verification_failed', 'We could not verify this passkey.')

    // Everything that must hold at the moment of the write is checked inside it: the challenge
    // is still unused, and the sign counter still moves forward (two copies of one assertion,
    // sent at once, both verify above; only the first one gets here first).
    const outcome = await db.transact((data, now) => {
      if (data.usedChallenges.some((used) => used.challenge === challenge)) return 'replayed'
      const stored = data.credentials.find((c) => c.id === credential.id)
      if (!stored) return 'removed'
      const counts = verified.newCounter > 0 || stored.counter > 0
      if (counts && verified.newCounter <= stored.counter) return 'replayed'
      data.usedChallenges.push({ challenge, expiresAt: signed.expiresAt })
      stored.counter = verified.newCounter
      stored.lastUsedAt = now
      const session = createSession(data, stored.accountId, now, stored.id)
      return toSession(session, accountById(data, stored.accountId))
    })
    if (outcome === 'replayed') {
      throw fail('challenge_invalid', 'This sign-in request was already used. Please try again.')
    }
    if (outcome === 'removed') throw fail('unknown_credential', 'This passkey was just removed.')
    return outcome
  }),

  route('password', async ({ body }) => {
    const identifier = normalizeIdentifier(body.identifier)
    // The attempt is counted and the lock checked in one step, before the slow hash: each guess
    // takes one of the PASSWORD_MAX_FAILURES tries as it arrives, so guesses sent all at once
    // are counted one by one, and the ones past the limit are refused without being tried.
    const attempt = await db.transact((data, now) => {
      const record = lockoutRecord(data, identifier, now)
      const locked = lockedForSeconds(record, now)
      if (locked > 0) return { kind: 'locked' as const, seconds: locked }
      if (record.failedPasswordAttempts >= PASSWORD_MAX_FAILURES) {
        lock(record, now)
        return { kind: 'locked' as const, seconds: LOCKOUT_MS / 1000 }
      }
      record.failedPasswordAttempts += 1
      return { kind: 'check' as const, account: findAccount(data, identifier) }
    })
    if (attempt.kind === 'locked') throw lockedResponse(attempt.seconds)

    const { account } = attempt
    const correct = account
      ? await verifyPassword(body.password, account.password)
      : await verifyPassword(body.password, await decoy()).then(() => false)

    const outcome = await db.transact((data, now) => {
      const record = lockoutRecord(data, identifier, now)
      // A right password cannot lift a lock that other guesses set meanwhile.
      const locked = lockedForSeconds(record, now)
      if (locked > 0) return { kind: 'locked' as const, seconds: locked }
      if (!correct || !account) {
        if (record.failedPasswordAttempts < PASSWORD_MAX_FAILURES) return { kind: 'wrong' as const }
        lock(record, now)
        return { kind: 'locked' as const, seconds: LOCKOUT_MS / 1000 }
      }
      const stored = accountById(data, account.id)
      stored.failedPasswordAttempts = 0
      // One login at a time per account: an earlier, unfinished one is abandoned.
      for (const old of data.pendingLogins.filter((p) => p.accountId === stored.id)) {
        endPendingLogin(data, old.token, false, now)
      }
      const pending = createPendingLogin(data, stored.id, now)
      const hasPasskeys = activeCredentials(data, stored.id).length > 0
      return { kind: 'ok' as const, login: toPendingLogin(pending, stored, hasPasskeys, now) }
    })

    if (outcome.kind === 'wrong') {
      throw fail('invalid_credentials', 'That email or password is not right.')
    }
    if (outcome.kind === 'locked') throw lockedResponse(outcome.seconds)
    return outcome.login
  }),
]

function lock(record: { failedPasswordAttempts: number; lockedUntil: number | null }, now: number) {
  record.failedPasswordAttempts = 0
  record.lockedUntil = now + LOCKOUT_MS
}

/** The same for an account and for an identifier without one: a lock says nothing about which. */
function lockedResponse(seconds: number) {
  return fail(
    'account_locked',
    'Too many wrong passwords. Sign-in with a password is locked for a while.',
    { retryAfterSeconds: seconds },
  )
}
