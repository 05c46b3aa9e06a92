/**
 * Step-up: a signed-in user proves again that it is them (their passkey, or a code) before a
 * sensitive change. The answer is a fresh session, verified now; the old token ends with it, so a
 * stolen copy of it is worth nothing afterwards.
 */
import {
  activeCredentials,
  accountById,
  consumeChallenge,
  createSession,
  storeChallenge,
} from '../db/records'
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
import { authenticate, fail, route } from './route'

export const stepUpHandlers = [
  route('stepUpOptions', async ({ request }) => {
    const caller = await authenticate(request, ['session'])
    const allow = await db.read((data) => activeCredentials(data, caller.account.id))
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
    /** The old session ends and a fresh one, verified now, takes its place. */
    const rotate = (data: Parameters<Parameters<typeof db.transact>[0]>[0], now: number) => {
      data.sessions = data.sessions.filter((s) => s.token !== caller.token)
      const session = createSession(data, caller.account.id, now, caller.session.credentialId)
      return toSession(session, accountById(data, caller.account.id))
    }

    if ('code' in body) return checkCode(caller.token, caller.account, body.code, rotate)

    const { response } = body
    const challenge = await db.transact((data) =>
      consumeChallenge(data, challengeOf(response.response.clientDataJSON), 'stepUp', caller.token),
    )
    if (!challenge) throw fail('challenge_invalid', 'This request has expired. Please try again.')
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
      return rotate(data, now)
    })
    if (!outcome) throw fail('verification_failed', 'We could not verify this passkey.')
    return outcome
  }),
]
