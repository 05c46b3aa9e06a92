/** Passkey registration (append), the skip snooze, and passkey management. */
import {
  activeCredentials,
  accountById,
  consumeChallenge,
  notifyOwner,
  snooze,
  storeChallenge,
} from '../db/records'
import type { Account, Credential, DbData } from '../db/schema'
import { db } from '../db/store'
import {
  challengeOf,
  CHALLENGE_TTL_MS,
  registrationOptions,
  verifyRegistration,
} from '../server-webauthn'
import { requireConfirmation } from './confirmation'
import { toPasskey } from './dto'
import { authenticate, fail, route, type Caller } from './route'

function notFound() {
  return fail('not_found', 'That passkey does not exist.')
}

/** The caller's own credential; another account's looks exactly like a missing one. */
function ownCredential(credentials: Credential[], caller: Caller, id: string) {
  return credentials.find((c) => c.id === id && c.accountId === caller.account.id)
}

/** Tells the account's owner a passkey was added or removed, in case it was not them. */
function noticePasskeyChange(data: DbData, account: Account, change: string, now: number) {
  const advice = "If this wasn't you, sign out everywhere and change your password."
  notifyOwner(data, account, `${change} ${advice}`, now)
}

export const passkeyHandlers = [
  route('registrationOptions', async ({ request }) => {
    const caller = await authenticate(request, ['pendingLogin', 'session'])
    // Every credential of the account, pending ones included, so no authenticator is used twice.
    const exclude = await db.read((data, now) => {
      requireConfirmation(data, caller, 'passkey.add', now)
      return data.credentials.filter((c) => c.accountId === caller.account.id)
    })
    const options = await registrationOptions(caller.account, exclude)
    await db.transact((data, now) => {
      storeChallenge(data, {
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
    const challenge = await db.transact((data, now) => {
      requireConfirmation(data, caller, 'passkey.add', now)
      return consumeChallenge(
        data,
        challengeOf(body.response.response.clientDataJSON),
        'registration',
        caller.token,
      )
    })
    if (!challenge) throw fail('challenge_invalid', 'This request has expired. Please try again.')
    const verified = await verifyRegistration(body.response, challenge.challenge)
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
      noticePasskeyChange(
        data,
        accountById(data, caller.account.id),
        `A passkey ("${credential.name}") was added to your account.`,
        now,
      )
      return credential
    })
    if (!created) throw fail('already_registered', 'This passkey is already registered.')
    return { passkey: toPasskey(created), pending: created.pendingLoginToken !== null }
  }),

  route('appendSkip', async ({ request, body }) => {
    const caller = await authenticate(request, ['pendingLogin', 'session'])
    return db.transact((data, now) => {
      const account = accountById(data, caller.account.id)
      // Before the code step, a password alone must not change the account: the skip waits
      // for the code, like a passkey made there.
      const pending = data.pendingLogins.find((p) => p.token === caller.token)
      if (pending) {
        pending.skipped = body.reason
        const until = snooze({ ...account }, body.reason, now)
        return { snoozedUntil: new Date(until).toISOString(), pending: true }
      }
      const until = snooze(account, body.reason, now)
      return { snoozedUntil: new Date(until).toISOString(), pending: false }
    })
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
    const remaining = await db.transact((data, now) => {
      const credential = ownCredential(data.credentials, caller, params.id)
      if (!credential) return null
      requireConfirmation(data, caller, 'passkey.delete', now)
      data.credentials = data.credentials.filter((c) => c.id !== params.id)
      // The sessions this passkey signed in end with it (this one too, if it was one of them).
      data.sessions = data.sessions.filter((s) => s.credentialId !== params.id)
      noticePasskeyChange(
        data,
        accountById(data, caller.account.id),
        `A passkey ("${credential.name}") was removed from your account.`,
        now,
      )
      return activeCredentials(data, caller.account.id)
    })
    if (!remaining) throw notFound()
    return { passkeys: remaining.map(toPasskey) }
  }),
]
