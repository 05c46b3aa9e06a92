/**
 * A stolen session token must not be enough to change the account's passkeys: adding or deleting
 * one needs a sign-in from the last five minutes or a fresh "Confirm it's you" (step-up), the
 * owner is told, deleting a passkey ends the sessions it signed in, and every session can be
 * ended at once.
 */
import { describe, expect, it } from 'vitest'
import {
  adapter,
  advanceClock,
  api,
  canMoveClock,
  errorCode,
  failureOf,
  FIVE_MINUTES,
  mfa,
  newAuthenticator,
  passkeySignIn,
  plain,
  registerPasskey,
  signIn,
  stepUpWithCode,
} from '../target'

describe.runIf(canMoveClock)('a session older than five minutes', () => {
  async function staleSessionWithPasskey() {
    const session = await signIn(plain)
    const authenticator = newAuthenticator()
    const { passkey } = await registerPasskey(authenticator, session.token)
    await advanceClock(FIVE_MINUTES + 1)
    return { session, authenticator, passkey }
  }

  it('cannot add a passkey: 403 reauth_required', async () => {
    const { session } = await staleSessionWithPasskey()

    expect(
      await failureOf(api.call('registrationOptions', { token: session.token })),
    ).toMatchObject({ status: 403, error: { code: 'reauth_required' } })
  })

  it('cannot delete a passkey: 403 reauth_required, and the passkey stays', async () => {
    const { session, passkey } = await staleSessionWithPasskey()

    const code = await errorCode(
      api.call('passkeyDelete', { token: session.token, params: { id: passkey.id } }),
    )

    expect(code).toBe('reauth_required')
    expect((await api.call('passkeyList', { token: session.token })).passkeys).toHaveLength(1)
  })

  it('can, after confirming with the account’s passkey; the old token ends', async () => {
    const { session, authenticator, passkey } = await staleSessionWithPasskey()
    const { passkey: options } = await api.call('stepUpOptions', {
      token: session.token,
      body: { action: 'passkey.delete' },
    })
    const response = await authenticator.authenticate(options!.options)

    const fresh = await api.call('stepUpVerify', { token: session.token, body: { response } })
    await api.call('passkeyDelete', { token: fresh.token, params: { id: passkey.id } })

    expect(options?.options.allowCredentials?.map((c) => c.id)).toEqual([passkey.id])
    expect(await errorCode(api.call('session', { token: session.token }))).toBe('unauthorized')
    expect((await api.call('passkeyList', { token: fresh.token })).passkeys).toEqual([])
  })

  it('can, after confirming with a code', async () => {
    const { session } = await staleSessionWithPasskey()

    const fresh = await stepUpWithCode(session, 'passkey.add')

    await expect(api.call('registrationOptions', { token: fresh.token })).resolves.toBeTruthy()
  })
})

describe('passkey changes', () => {
  it('are told to the account’s owner', async () => {
    const session = await signIn(plain)
    const before = (await adapter.messages(plain)).filter((m) => m.code === null).length

    const { passkey } = await registerPasskey(newAuthenticator(), session.token)
    await api.call('passkeyDelete', { token: session.token, params: { id: passkey.id } })

    const notices = (await adapter.messages(plain)).filter((m) => m.code === null)
    expect(notices.length - before).toBe(2)
  })

  it('deleting a passkey ends the sessions it signed in, and only those', async () => {
    const owner = await signIn(plain)
    const authenticator = newAuthenticator()
    const { passkey } = await registerPasskey(authenticator, owner.token)
    const byPasskey = await passkeySignIn(authenticator, plain)
    const byPassword = await signIn(plain)

    await api.call('passkeyDelete', { token: byPassword.token, params: { id: passkey.id } })

    expect(await errorCode(api.call('session', { token: byPasskey.token }))).toBe('unauthorized')
    await expect(api.call('session', { token: byPassword.token })).resolves.toBeTruthy()
    await expect(api.call('session', { token: owner.token })).resolves.toBeTruthy()
  })
})

describe('signing out everywhere', () => {
  it('ends every session of the account, and no other account’s', async () => {
    const here = await signIn(plain)
    const elsewhere = await signIn(plain)
    const someoneElse = await signIn(mfa)

    await api.call('logoutEverywhere', { token: here.token })

    expect(await errorCode(api.call('session', { token: here.token }))).toBe('unauthorized')
    expect(await errorCode(api.call('session', { token: elsewhere.token }))).toBe('unauthorized')
    await expect(api.call('session', { token: someoneElse.token })).resolves.toBeTruthy()
  })
})
