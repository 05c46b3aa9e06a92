/**
 * "Confirm it's you" (step-up) proves presence for one change, not for everything: its answer is
 * a fresh session that allows the action its options named, for five minutes, once where the
 * action is single use. Another session, another action, another account's passkey or a replayed
 * answer get nothing from it, and it never counts as a recent sign-in.
 */
import { describe, expect, it } from 'vitest'
import {
  advanceClock,
  api,
  canMoveClock,
  errorCode,
  failureOf,
  FIVE_MINUTES,
  latestCode,
  mfa,
  newAuthenticator,
  plain,
  registerPasskey,
  signIn,
  stepUpWithCode,
  stepUpWithPasskey,
} from '../target'

/** Ana, signed in more than five minutes ago, with `count` passkeys on one authenticator each. */
async function staleSession(count = 1) {
  const session = await signIn(plain)
  const authenticators = Array.from({ length: count }, newAuthenticator)
  const passkeys = []
  for (const authenticator of authenticators) {
    passkeys.push((await registerPasskey(authenticator, session.token)).passkey)
  }
  await advanceClock(FIVE_MINUTES + 1)
  return { session, authenticator: authenticators[0]!, passkeys }
}

const deleting = (token: string, id: string) =>
  errorCode(api.call('passkeyDelete', { token, params: { id } }))

describe.runIf(canMoveClock)('a step-up', () => {
  it('answers a fresh session that says what it confirmed, and until when', async () => {
    const { session, authenticator } = await staleSession()

    const fresh = await stepUpWithPasskey(authenticator, session, 'passkey.delete')

    expect(fresh.confirmed?.action).toBe('passkey.delete')
    // It ends well before the session does (sessions last hours; a confirmation, minutes).
    expect(Date.parse(fresh.confirmed!.expiresAt)).toBeLessThan(Date.parse(fresh.expiresAt))
    expect(fresh.token).not.toBe(session.token)
    expect(await errorCode(api.call('session', { token: session.token }))).toBe('unauthorized')
  })

  it('allows only the action it named', async () => {
    const { session, authenticator, passkeys } = await staleSession()

    const fresh = await stepUpWithPasskey(authenticator, session, 'passkey.add')

    expect(await deleting(fresh.token, passkeys[0]!.id)).toBe('reauth_required')
    expect(await errorCode(api.call('logoutEverywhere', { token: fresh.token }))).toBe(
      'reauth_required',
    )
    await expect(api.call('registrationOptions', { token: fresh.token })).resolves.toBeTruthy()
  })

  it('is spent by its first use where the action is single use', async () => {
    const { session, authenticator, passkeys } = await staleSession(2)

    const fresh = await stepUpWithPasskey(authenticator, session, 'passkey.delete')
    await api.call('passkeyDelete', { token: fresh.token, params: { id: passkeys[1]!.id } })

    expect(await deleting(fresh.token, passkeys[0]!.id)).toBe('reauth_required')
    expect((await api.call('passkeyList', { token: fresh.token })).passkeys).toHaveLength(1)
  })

  it('for adding a passkey, lasts through the registration’s two calls', async () => {
    const { session } = await staleSession()

    const fresh = await stepUpWithCode(session, 'passkey.add')

    await expect(registerPasskey(newAuthenticator(), fresh.token)).resolves.toBeTruthy()
    await expect(api.call('registrationOptions', { token: fresh.token })).resolves.toBeTruthy()
  })

  it('expires after five minutes', async () => {
    const { session, authenticator, passkeys } = await staleSession()
    const fresh = await stepUpWithPasskey(authenticator, session, 'passkey.delete')

    await advanceClock(FIVE_MINUTES + 1)

    expect(await deleting(fresh.token, passkeys[0]!.id)).toBe('reauth_required')
  })

  it('allows nothing to another session of the same account', async () => {
    const { session, authenticator, passkeys } = await staleSession()
    const other = await signIn(plain)
    await advanceClock(FIVE_MINUTES + 1)

    await stepUpWithPasskey(authenticator, session, 'passkey.delete')

    expect(await deleting(other.token, passkeys[0]!.id)).toBe('reauth_required')
  })

  it('cannot be verified with another session than the one that asked', async () => {
    const { session, authenticator } = await staleSession()
    const other = await signIn(plain)
    const { passkey } = await api.call('stepUpOptions', {
      token: session.token,
      body: { action: 'passkey.delete' },
    })
    const response = await authenticator.authenticate(passkey!.options)

    expect(
      await errorCode(api.call('stepUpVerify', { token: other.token, body: { response } })),
    ).toBe('challenge_invalid')
  })

  it('needs its options first: a code alone confirms no action', async () => {
    const { session } = await staleSession()
    await api.call('stepUpCodeSend', { token: session.token, body: { channel: 'email' } })

    const answer = api.call('stepUpVerify', {
      token: session.token,
      body: { code: await latestCode(plain) },
    })

    expect(await errorCode(answer)).toBe('challenge_invalid')
  })

  it('cannot be confirmed with another account’s passkey', async () => {
    const { session } = await staleSession()
    const other = newAuthenticator()
    await registerPasskey(other, (await signIn(mfa)).token)
    const { passkey: options } = await api.call('stepUpOptions', {
      token: session.token,
      body: { action: 'passkey.add' },
    })

    const response = await other.authenticate({ ...options!.options, allowCredentials: [] })

    expect(
      await errorCode(api.call('stepUpVerify', { token: session.token, body: { response } })),
    ).toBe('verification_failed')
  })

  it('cannot be replayed', async () => {
    const { session, authenticator } = await staleSession()
    const { passkey: options } = await api.call('stepUpOptions', {
      token: session.token,
      body: { action: 'passkey.add' },
    })
    const response = await authenticator.authenticate(options!.options)
    const fresh = await api.call('stepUpVerify', { token: session.token, body: { response } })

    expect(
      await errorCode(api.call('stepUpVerify', { token: fresh.token, body: { response } })),
    ).toBe('challenge_invalid')
  })

  it('is needed to sign out everywhere from an old session', async () => {
    const { session, authenticator } = await staleSession()
    const elsewhere = await signIn(plain)

    expect(await errorCode(api.call('logoutEverywhere', { token: session.token }))).toBe(
      'reauth_required',
    )
    const fresh = await stepUpWithPasskey(authenticator, session, 'sessions.revoke')
    await api.call('logoutEverywhere', { token: fresh.token })

    expect(await errorCode(api.call('session', { token: elsewhere.token }))).toBe('unauthorized')
  })
})

describe('a step-up’s action', () => {
  it('must be named, in lower-case dotted words', async () => {
    const session = await signIn(plain)

    for (const action of ['', 'Passkey.Delete', 'passkey delete', 'x'.repeat(65)]) {
      expect(
        await failureOf(api.call('stepUpOptions', { token: session.token, body: { action } })),
      ).toMatchObject({ status: 400, error: { code: 'validation_error' } })
    }
  })
})
