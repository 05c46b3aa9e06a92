/** Passkey registration (append), the skip snooze, and passkey management. */
import { activeCredentials, consumeChallenge } from '../db/records'
import type { Credential } from '../db/schema'
import { db } from '../db/store'
import {
  challengeOf,
  CHALLENGE_TTL_MS,
  registrationOptions,
  relyingPartyOf,
  verifyRegistration,
} from '../server-webauthn'
import { toPasskey } from './dto'
import { authenticate, fail, route, type Caller } from './route'

const DAY_MS = 24 * 60 * 60 * 1000

function notFound() {
  return fail('not_found', 'That passkey does not exist.')
}

/** The caller's own credential; another account's looks exactly like a missing one. */
function ownCredential(credentials: Credential[], caller: Caller, id: string) {
  return credentials.find((c) => c.id === id && c.accountId === caller.account.id)
}

export const passkeyHandlers = [
  route('registrationOptions', async ({ request }) => {
    const caller = await authenticate(request, ['pendingLogin', 'session'])
    // Every credential of the account, pending ones included, so no authenticator is used twice.
    const exclude = await db.read((data) =>
      data.credentials.filter((c) => c.accountId === caller.account.id),
    )
    const options = await registrationOptions(relyingPartyOf(request), caller.account, exclude)
    await db.transact((data, now) => {
      data.challenges.push({
        challenge: options.challenge,
        purpose: 'registration',
        accountId: caller.account.id,
        boundTo: caller.token,
        expiresAt: now + CHALLENGE_TTL_MS,
      })
    })
    return { options }
  }),

  route('registrationVerify', async ({ request, body }) => {
    const caller = await authenticate(request, ['pendingLogin', 'session'])
    const challenge = await db.transact((data) =>
      consumeChallenge(
        data,
        challengeOf(body.response.response.clientDataJSON),
        'registration',
        caller.token,
      ),
    )
    if (!challenge) throw fail('challenge_invalid', 'This request has expired. Please try again.')
    const verified = await verifyRegistration(
      relyingPartyOf(request),
      body.response,
      challenge.challenge,
    )
    if (!verified) throw fail('verification_failed', 'We could not verify the new passkey.')

    const created = await db.transact((data, now) => {
      if (data.credentials.some((c) => c.id === verified.id)) return null
      const credential: Credential = {
        ...verified,
        accountId: caller.account.id,
        name: body.name ?? 'Passkey',
        createdAt: now,
        lastUsedAt: null,
        // Made before the code step: unusable until that step passes.
        pendingLoginToken: caller.kind === 'pendingLogin' ? caller.token : null,
      }
      data.credentials.push(credential)
      return credential
    })
    if (!created) throw fail('already_registered', 'This passkey is already registered.')
    return { passkey: toPasskey(created), pending: created.pendingLoginToken !== null }
  }),

  route('appendSkip', async ({ request, body }) => {
    const caller = await authenticate(request, ['pendingLogin', 'session'])
    const snoozedUntil = await db.transact((data, now) => {
      const account = data.accounts.find((a) => a.id === caller.account.id)
      // 'unsupported': this device cannot make one, so ask again at the next sign-in.
      const until = body.reason === 'unsupported' ? now : now + body.snoozeDays * DAY_MS
      if (account) account.snoozedUntil = until
      return until
    })
    return { snoozedUntil: new Date(snoozedUntil).toISOString() }
  }),

  route('passkeyList', async ({ request }) => {
    const caller = await authenticate(request, ['session'])
    const credentials = await db.read((data) => activeCredentials(data, caller.account.id))
    return { passkeys: credentials.map(toPasskey) }
  }),

  route('passkeyRename', async ({ request, params, body }) => {
    const caller = await authenticate(request, ['session'])
    const renamed = await db.transact((data) => {
      const credential = ownCredential(data.credentials, caller, params.id)
      if (credential) credential.name = body.name
      return credential
    })
    if (!renamed) throw notFound()
    return { passkey: toPasskey(renamed) }
  }),

  route('passkeyDelete', async ({ request, params }) => {
    const caller = await authenticate(request, ['session'])
    const remaining = await db.transact((data) => {
      if (!ownCredential(data.credentials, caller, params.id)) return null
      data.credentials = data.credentials.filter((c) => c.id !== params.id)
      return activeCredentials(data, caller.account.id)
    })
    if (!remaining) throw notFound()
    return { passkeys: remaining.map(toPasskey) }
  }),
]
