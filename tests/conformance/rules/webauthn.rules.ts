/**
 * Real WebAuthn verification: a software authenticator makes real attestations and assertions
 * for the backend's RP, and every check a relying party must make is exercised.
 */
import { isoBase64URL } from '@simplewebauthn/server/helpers'
import { describe, expect, it } from 'vitest'
import type { AuthenticationResponse, Session } from '../../../src/api/contract'
import {
  advanceClock,
  api,
  canMoveClock,
  completeWithCode,
  errorCode,
  mfa,
  newAuthenticator,
  outcomeOf,
  passwordLogin,
  plain,
  registerPasskey,
  rpId,
  signIn,
} from '../target'

/** Ana, signed in, with one passkey on a fresh authenticator. */
async function anaWithPasskey() {
  const session = await signIn(plain)
  const authenticator = newAuthenticator()
  const { passkey } = await registerPasskey(authenticator, session.token)
  return { session, authenticator, passkey }
}

async function loginOptions(identifier = plain.identifier) {
  const { passkey } = await api.call('identify', { body: { identifier } })
  if (!passkey) throw new Error(`${identifier} has no passkey`)
  return passkey.options
}

const verify = (response: AuthenticationResponse) =>
  api.call('passkeyVerify', { body: { response } })

describe('the relying party', () => {
  it('is the configured one, whatever host the request came to', async () => {
    const session = await signIn(plain)

    const { options: creation } = await api.call('registrationOptions', { token: session.token })
    const { options: request } = await api.call('passkeyOptions', { body: {} })

    expect(creation.rp.id).toBe(rpId)
    expect(request.rpId).toBe(rpId)
  })
})

describe('registration', () => {
  it('refuses a passkey made inside another site’s frame', async () => {
    const session = await signIn(plain)
    const { options } = await api.call('registrationOptions', { token: session.token })
    const response = await newAuthenticator().register(options, { crossOrigin: true })

    expect(
      await errorCode(api.call('registrationVerify', { token: session.token, body: { response } })),
    ).toBe('verification_failed')
  })

  it('accepts a passkey made by an authenticator and lists it for the account', async () => {
    const { session, passkey } = await anaWithPasskey()

    const { passkeys } = await api.call('passkeyList', { token: session.token })

    expect(passkeys.map((p) => p.id)).toEqual([passkey.id])
    expect(passkey.aaguid).toBe(newAuthenticator().aaguid)
  })

  it('excludes every credential the account already has', async () => {
    const { session, authenticator, passkey } = await anaWithPasskey()

    const { options } = await api.call('registrationOptions', { token: session.token })

    expect(options.excludeCredentials?.map((c) => c.id)).toEqual([passkey.id])
    await expect(authenticator.register(options)).rejects.toMatchObject({
      name: 'InvalidStateError',
    })
  })

  it('refuses an attestation made for another origin', async () => {
    const session = await signIn(plain)
    const { options } = await api.call('registrationOptions', { token: session.token })
    const response = await newAuthenticator().register(options, { origin: 'https://evil.example' })

    const code = await errorCode(
      api.call('registrationVerify', { token: session.token, body: { response } }),
    )

    expect(code).toBe('verification_failed')
  })

  it('refuses an attestation without user verification', async () => {
    const session = await signIn(plain)
    const { options } = await api.call('registrationOptions', { token: session.token })
    const response = await newAuthenticator().register(options, { userVerified: false })

    const code = await errorCode(
      api.call('registrationVerify', { token: session.token, body: { response } }),
    )

    expect(code).toBe('verification_failed')
  })

  it('binds the registration challenge to the login that asked for it', async () => {
    const ana = await signIn(plain)
    const max = await signIn(mfa)
    const { options } = await api.call('registrationOptions', { token: ana.token })
    const response = await newAuthenticator().register(options)

    const code = await errorCode(
      api.call('registrationVerify', { token: max.token, body: { response } }),
    )

    expect(code).toBe('challenge_invalid')
  })
})

describe('authentication', () => {
  it('signs in with a passkey and moves its sign counter and last use', async () => {
    const { authenticator, passkey } = await anaWithPasskey()

    const session = await verify(await authenticator.authenticate(await loginOptions()))

    expect(session.user.identifier).toBe(plain.identifier)
    const { passkeys } = await api.call('passkeyList', { token: session.token })
    expect(passkeys.find((p) => p.id === passkey.id)?.lastUsedAt).not.toBeNull()
  })

  it('lists only the account’s credentials as allowCredentials', async () => {
    const { passkey } = await anaWithPasskey()

    const options = await loginOptions()

    expect(options.allowCredentials?.map((c) => c.id)).toEqual([passkey.id])
    expect(options.userVerification).toBe('required')
  })

  it('accepts a discoverable (usernameless) login', async () => {
    const { authenticator } = await anaWithPasskey()
    const { options } = await api.call('passkeyOptions', { body: {} })

    const session = await verify(await authenticator.authenticate(options))

    expect(options.allowCredentials).toEqual([])
    expect(session.user.identifier).toBe(plain.identifier)
  })

  it('refuses a replayed challenge', async () => {
    const { authenticator } = await anaWithPasskey()
    const response = await authenticator.authenticate(await loginOptions())
    await verify(response)

    expect(await errorCode(verify(response))).toBe('challenge_invalid')
  })

  it.runIf(canMoveClock)('refuses a challenge older than five minutes', async () => {
    const { authenticator } = await anaWithPasskey()
    const options = await loginOptions()
    const response = await authenticator.authenticate(options)

    await advanceClock(5 * 60 + 1)

    expect(await errorCode(verify(response))).toBe('challenge_invalid')
  })

  it.runIf(canMoveClock)('accepts a challenge just inside its five minutes', async () => {
    const { authenticator } = await anaWithPasskey()
    const response = await authenticator.authenticate(await loginOptions())

    await advanceClock(5 * 60 - 1)

    await expect(verify(response)).resolves.toMatchObject({
      user: { identifier: plain.identifier },
    })
  })

  it('refuses an assertion made for another origin', async () => {
    const { authenticator } = await anaWithPasskey()
    const response = await authenticator.authenticate(await loginOptions(), {
      origin: 'https://evil.example',
    })

    expect(await errorCode(verify(response))).toBe('verification_failed')
  })

  it('refuses an assertion signed for another RP ID', async () => {
    const { authenticator } = await anaWithPasskey()
    const response = await authenticator.authenticate(await loginOptions(), {
      rpId: 'evil.example',
    })

    expect(await errorCode(verify(response))).toBe('verification_failed')
  })

  it('refuses a sign-in from inside another site’s frame', async () => {
    const { authenticator } = await anaWithPasskey()
    const response = await authenticator.authenticate(await loginOptions(), { crossOrigin: true })

    expect(await errorCode(verify(response))).toBe('verification_failed')
  })

  it('gives one session for two copies of one signed answer sent at once', async () => {
    const { authenticator } = await anaWithPasskey()
    const response = await authenticator.authenticate(await loginOptions())

    const answers = await Promise.all(
      [response, structuredClone(response)].map((copy) => outcomeOf(verify(copy))),
    )

    expect(answers.filter((answer) => answer === 'ok')).toHaveLength(1)
  })

  it('gives one session for two answers with the same sign counter sent at once', async () => {
    const { authenticator } = await anaWithPasskey()
    const first = await authenticator.authenticate(await loginOptions())
    const second = await authenticator.authenticate(await loginOptions(), { counter: 1 })

    const answers = await Promise.all([first, second].map((answer) => outcomeOf(verify(answer))))

    expect(answers.filter((answer) => answer === 'ok')).toHaveLength(1)
  })

  it('refuses a tampered signature', async () => {
    const { authenticator } = await anaWithPasskey()
    const response = await authenticator.authenticate(await loginOptions())
    const signature = isoBase64URL.toBuffer(response.response.signature)
    signature[signature.length - 1]! ^= 0x01
    response.response.signature = isoBase64URL.fromBuffer(signature)

    expect(await errorCode(verify(response))).toBe('verification_failed')
  })

  it('refuses an assertion without user verification', async () => {
    const { authenticator } = await anaWithPasskey()
    const response = await authenticator.authenticate(await loginOptions(), { userVerified: false })

    expect(await errorCode(verify(response))).toBe('verification_failed')
  })

  it('refuses a sign counter that went backwards (a cloned authenticator)', async () => {
    const { authenticator } = await anaWithPasskey()
    await verify(await authenticator.authenticate(await loginOptions()))
    await verify(await authenticator.authenticate(await loginOptions()))

    const cloned = await authenticator.authenticate(await loginOptions(), { counter: 1 })

    expect(await errorCode(verify(cloned))).toBe('verification_failed')
  })

  it('answers unknown_credential with the id for a passkey the server deleted', async () => {
    const { session, authenticator, passkey } = await anaWithPasskey()
    const options = await loginOptions()
    await api.call('passkeyDelete', { token: session.token, params: { id: passkey.id } })

    const response = await authenticator.authenticate(options)
    const failure = await verify(response).catch((error: unknown) => error)

    expect(failure).toMatchObject({
      failure: {
        kind: 'http',
        status: 404,
        error: { code: 'unknown_credential', credentialId: passkey.id },
      },
    })
  })

  it('refuses a passkey of another account for a two-step login', async () => {
    const { authenticator } = await anaWithPasskey()
    const max = await signIn(mfa)
    await registerPasskey(newAuthenticator(), max.token)
    const maxOptions = await loginOptions(mfa.identifier)

    // Ana's authenticator answers Max's challenge with Ana's credential.
    const response = await authenticator.authenticate({ ...maxOptions, allowCredentials: [] })

    expect(await errorCode(verify(response))).toBe('verification_failed')
  })
})

describe('passkeys appended before the code step', () => {
  async function appendDuringPasswordLogin() {
    const login = await passwordLogin(plain)
    const authenticator = newAuthenticator()
    const registration = await registerPasskey(authenticator, login.token)
    return { login, authenticator, registration }
  }

  it('stay pending and cannot sign in until the code is verified', async () => {
    const { login, authenticator } = await appendDuringPasswordLogin()
    expect(
      (await api.call('identify', { body: { identifier: plain.identifier } })).passkey,
    ).toBeNull()
    const { options } = await api.call('passkeyOptions', { body: {} })

    expect(await errorCode(verify(await authenticator.authenticate(options)))).toBe(
      'verification_failed',
    )

    await completeWithCode(login)
    const session: Session = await verify(await authenticator.authenticate(await loginOptions()))
    expect(session.user.identifier).toBe(login.user.identifier)
  })

  it('are reported as pending by the registration, unlike one added while signed in', async () => {
    const { registration } = await appendDuringPasswordLogin()
    const signedIn = await registerPasskey(newAuthenticator(), (await signIn(mfa)).token)

    expect(registration.pending).toBe(true)
    expect(signedIn.pending).toBe(false)
  })

  it.runIf(canMoveClock)('are discarded when the login is abandoned', async () => {
    const { authenticator } = await appendDuringPasswordLogin()
    await advanceClock(11 * 60)

    const { options } = await api.call('passkeyOptions', { body: {} })
    const failure = await errorCode(verify(await authenticator.authenticate(options)))

    expect(failure).toBe('unknown_credential')
  })

  it('are discarded when a new login for the account starts', async () => {
    const { authenticator } = await appendDuringPasswordLogin()
    const second = await passwordLogin(plain)
    await completeWithCode(second)

    const { options } = await api.call('passkeyOptions', { body: {} })

    expect(await errorCode(verify(await authenticator.authenticate(options)))).toBe(
      'unknown_credential',
    )
  })
})
