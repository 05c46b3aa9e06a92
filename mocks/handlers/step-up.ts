/**
 * Step-up: a signed-in user proves again that it is them (their passkey, or a code) before one
 * sensitive change, the `action` its options name. The answer is a fresh session that carries the
 * confirmation of that action for five minutes (`confirmation.ts` checks and spends it); the old
 * token ends with it, so a stolen copy is worth nothing afterwards. The sign-in time carries over:
 * a step-up for one action never makes the session "recently signed in" for every other.
 */
import {
  activeCredentials,
  accountById,
  consumeChallenge,
  createSession,
  STEP_UP_TTL_MS,
  storeChallenge,
} from '../db/records'
import type { DbData } from '../db/schema'
import { db } from '../db/store'
import {
  authenticationOptions,
  challengeOf,
  CHALLENGE_TTL_MS,
  verifyAuthentication,
} from '../server-webauthn'
import { randomToken } from '../crypto'
import { checkCode, sendCode } from './codes'
import { channelsOf, toSession } from './dto'
import { authenticate, fail, route, type Caller } from './route'

function expired() {
  return fail('challenge_invalid', 'This request has expired. Please try again.')
}

/** Ends the caller's session and answers its successor, which confirms the action it asked for. */
function renew(data: DbData, caller: Extract<Caller, { kind: 'session' }>, now: number) {
  const old = data.sessions.find((s) => s.token === caller.token)
  const action = old?.confirming
  if (!old || action === undefined) return null
  data.sessions = data.sessions.filter((s) => s !== old)
  const session = createSession(data, old.accountId, now, old.credentialId)
  session.verifiedAt = old.verifiedAt
  session.confirmed = { action, expiresAt: now + STEP_UP_TTL_MS }
  return toSession(session, accountById(data, old.accountId))
}

export const stepUpHandlers = [
  route('stepUpOptions', async ({ request, body }) => {
    const caller = await authenticate(request, ['session'])
    const allow = await db.transact((data) => {
      const session = data.sessions.find((s) => s.token === caller.token)
      if (session) session.confirming = body.action
      return activeCredentials(data, caller.account.id)
    })
    if (allow.length === 0) return { passkey: null, channels: channelsOf(caller.account) }
    const options = await authenticationOptions(allow, randomToken())
    await db.transact((data, now) => {
      storeChallenge(data, {
        challenge: options.challenge,
        purpose: 'stepUp',
        accountId: caller.account.id,
        boundTo: caller.token,
        expiresAt: now + CHALLENGE_TTL_MS,
      })
    })
    return { passkey: { options }, channels: channelsOf(caller.account) }
  }),

  route('stepUpCodeSend', async ({ request, body }) => {
    const caller = await authenticate(request, ['session'])
    return sendCode(caller.token, caller.account, body.channel)
  }),

  route('stepUpVerify', async ({ request, body }) => {
    const caller = await authenticate(request, ['session'])
    // Only a step-up that its options opened, for a named action, can be verified.
    if (caller.session.confirming === undefined) throw expired()
    const renewal = (data: DbData, now: number) => {
      const session = renew(data, caller, now)
      if (!session) throw expired()
      return session
    }

    if ('code' in body) return checkCode(caller.token, caller.account, body.code, renewal)

    const { response } = body
    const challenge = await db.transact((data) =>
      consumeChallenge(data, challengeOf(response.response.clientDataJSON), 'stepUp', caller.token),
    )
    if (!challenge) throw expired()
    const credential = await db.read((data) =>
      activeCredentials(data, caller.account.id).find((c) => c.id === response.id),
    )
    // Only a passkey of this account confirms this account.
    if (!credential) throw fail('verification_failed', 'This passkey is not one of yours.')
    const verified = await verifyAuthentication(response, challenge.challenge, credential)
    if (!verified) throw fail('verification_failed', 'We could not verify this passkey.')
    const outcome = await db.transact((data, now) => {
      const stored = data.credentials.find((c) => c.id === credential.id)
      if (!stored) return null
      const counts = verified.newCounter > 0 || stored.counter > 0
      if (counts && verified.newCounter <= stored.counter) return null
      stored.counter = verified.newCounter
      stored.lastUsedAt = now
      return renewal(data, now)
    })
    if (!outcome) throw fail('verification_failed', 'We could not verify this passkey.')
    return outcome
  }),
]
