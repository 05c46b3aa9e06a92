/** Sign-in: identify, passkey login, password. */
import { hashPassword, randomToken, verifyPassword, type PasswordHash } from '../crypto'
import {
  activeCredentials,
  accountById,
  consumeChallenge,
  createSession,
  endPendingLogin,
  findAccount,
  LOCKOUT_MS,
  normalizeIdentifier,
  PASSWORD_MAX_FAILURES,
  PENDING_LOGIN_TTL_MS,
} from '../db/records'
import { db } from '../db/store'
import {
  authenticationOptions,
  challengeOf,
  CHALLENGE_TTL_MS,
  relyingPartyOf,
  verifyAuthentication,
  type RelyingParty,
} from '../server-webauthn'
import { toPendingLogin, toSession } from './dto'
import { fail, route } from './route'

/** Options for an identifier's passkeys (discoverable when it has none), challenge stored. */
async function issueRequestOptions(rp: RelyingParty, identifier: string | undefined) {
  const { accountId, allow } = await db.read((data) => {
    const account = identifier === undefined ? undefined : findAccount(data, identifier)
    const allow = account ? activeCredentials(data, account.id) : []
    return { accountId: allow.length > 0 && account ? account.id : null, allow }
  })
  const options = await authenticationOptions(rp, allow)
  await db.transact((data, now) => {
    data.challenges.push({
      challenge: options.challenge,
      purpose: 'authentication',
      accountId,
      boundTo: null,
      expiresAt: now + CHALLENGE_TTL_MS,
    })
  })
  return { options, hasPasskeys: accountId !== null }
}

// Unknown identifiers still cost one hash, so timing does not tell them apart.
let decoyHash: Promise<PasswordHash> | undefined

export const authHandlers = [
  route('identify', async ({ request, body }) => {
    const identifier = normalizeIdentifier(body.identifier)
    const { options, hasPasskeys } = await issueRequestOptions(relyingPartyOf(request), identifier)
    // Unknown and passkey-less identifiers get the same answer; the unused challenge expires.
    return { identifier, passkey: hasPasskeys ? { options } : null }
  }),

  route('passkeyOptions', async ({ request, body }) => {
    const { options } = await issueRequestOptions(relyingPartyOf(request), body.identifier)
    return { options }
  }),

  route('passkeyVerify', async ({ request, body }) => {
    const { response } = body
    const found = await db.transact((data) => ({
      challenge: consumeChallenge(
        data,
        challengeOf(response.response.clientDataJSON),
        'authentication',
        null,
      ),
      credential: data.credentials.find((c) => c.id === response.id),
    }))
    if (!found.challenge) {
      throw fail('challenge_invalid', 'This sign-in request has expired. Please try again.')
    }
    const { credential } = found
    if (!credential) {
      throw fail('unknown_credential', 'This passkey is no longer registered for any account.', {
        credentialId: response.id,
      })
    }
    const wrongAccount =
      (found.challenge.accountId !== null && found.challenge.accountId !== credential.accountId) ||
      (response.response.userHandle !== undefined &&
        response.response.userHandle !== credential.accountId)
    if (credential.pendingLoginToken !== null || wrongAccount) {
      throw fail('verification_failed', 'This passkey cannot sign in to this account.')
    }
    const verified = await verifyAuthentication(
      relyingPartyOf(request),
      response,
      found.challenge.challenge,
      credential,
    )
    if (!verified) throw fail('verification_failed', 'We could not verify this passkey.')

    return db.transact((data, now) => {
      const stored = data.credentials.find((c) => c.id === credential.id)
      if (!stored) throw fail('unknown_credential', 'This passkey was just removed.')
      stored.counter = verified.newCounter
      stored.lastUsedAt = now
      const session = createSession(data, stored.accountId, now)
      return toSession(session, accountById(data, stored.accountId))
    })
  }),

  route('password', async ({ body }) => {
    const account = await db.read((data) => findAccount(data, body.identifier))
    if (!account) {
      decoyHash ??= hashPassword('decoy')
      await verifyPassword(body.password, await decoyHash)
      throw fail('invalid_credentials', 'That email or password is not right.')
    }
    const lockedFor = (now: number) =>
      account.lockedUntil === null ? 0 : Math.ceil((account.lockedUntil - now) / 1000)
    if (lockedFor(Date.now()) > 0) {
      throw lockedResponse(lockedFor(Date.now()))
    }
    const correct = await verifyPassword(body.password, account.password)

    const outcome = await db.transact((data, now) => {
      const stored = accountById(data, account.id)
      if (!correct) {
        stored.failedPasswordAttempts += 1
        if (stored.failedPasswordAttempts < PASSWORD_MAX_FAILURES) return { kind: 'wrong' as const }
        stored.failedPasswordAttempts = 0
        stored.lockedUntil = now + LOCKOUT_MS
        return { kind: 'locked' as const, seconds: LOCKOUT_MS / 1000 }
      }
      stored.failedPasswordAttempts = 0
      stored.lockedUntil = null
      // One login at a time per account: an earlier, unfinished one is abandoned.
      for (const old of data.pendingLogins.filter((p) => p.accountId === stored.id)) {
        endPendingLogin(data, old.token, false)
      }
      const pending = {
        token: randomToken(),
        accountId: stored.id,
        expiresAt: now + PENDING_LOGIN_TTL_MS,
      }
      data.pendingLogins.push(pending)
      const hasPasskeys = activeCredentials(data, stored.id).length > 0
      return { kind: 'ok' as const, login: toPendingLogin(pending, stored, hasPasskeys, now) }
    })

    if (outcome.kind === 'wrong')
      throw fail('invalid_credentials', 'That email or password is not right.')
    if (outcome.kind === 'locked') throw lockedResponse(outcome.seconds)
    return outcome.login
  }),
]

function lockedResponse(seconds: number) {
  return fail(
    'account_locked',
    'Too many wrong passwords. This account is locked for a while; try again later or sign in with a passkey.',
    { retryAfterSeconds: seconds },
  )
}
