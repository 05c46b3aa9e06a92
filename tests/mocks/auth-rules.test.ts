/** Passwords, one-time codes and identify, as the fake backend enforces them. */
import { describe, expect, it, vi } from 'vitest'
import { hashPassword, verifyPassword } from '../../mocks/crypto'
import {
  api,
  db,
  DEMO_PASSWORD,
  errorCode,
  latestCode,
  newAuthenticator,
  passwordLogin,
  registerPasskey,
  signIn,
  devApi,
} from '../support/backend'

describe('passwords', () => {
  it('are stored as salted hashes, never as the password', async () => {
    const first = await hashPassword(DEMO_PASSWORD)
    const second = await hashPassword(DEMO_PASSWORD)

    expect(first.hash).not.toBe(second.hash)
    expect(JSON.stringify(first)).not.toContain(DEMO_PASSWORD)
    await expect(verifyPassword(DEMO_PASSWORD, first)).resolves.toBe(true)
    await expect(verifyPassword('demo-passwore', first)).resolves.toBe(false)
  })

  it('answers a pending login, not a session, with the account’s order and channels', async () => {
    const ana = await passwordLogin('Ana@Example.com ')
    const max = await passwordLogin('max@example.com')

    expect(ana).toMatchObject({ mfa: false, append: 'offer', hasPasskeys: false })
    expect(ana.channels).toEqual([{ channel: 'email', destination: 'a•••@example.com' }])
    expect(max.mfa).toBe(true)
    expect(max.channels.map((c) => c.channel)).toEqual(['email', 'sms'])
    expect(await errorCode(api.call('passkeyList', { token: ana.token }))).toBe('unauthorized')
  })

  it('answers a wrong password and an unknown account the same way', async () => {
    expect(await errorCode(passwordLogin('ana@example.com', 'wrong'))).toBe('invalid_credentials')
    expect(await errorCode(passwordLogin('nobody@example.com', 'wrong'))).toBe(
      'invalid_credentials',
    )
  })

  it('locks the account at the fifth wrong password and refuses the sixth try, even a right one', async () => {
    const codes = []
    for (let attempt = 1; attempt <= 5; attempt++) {
      codes.push(await errorCode(passwordLogin('ana@example.com', `wrong-${attempt}`)))
    }

    const sixth = await passwordLogin('ana@example.com').catch((error: unknown) => error)

    expect(codes).toEqual([...Array<string>(4).fill('invalid_credentials'), 'account_locked'])
    expect(sixth).toMatchObject({
      failure: { status: 423, error: { code: 'account_locked', retryAfterSeconds: 900 } },
    })
  })

  it('unlocks after fifteen minutes', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      await errorCode(passwordLogin('ana@example.com', 'wrong'))
    }
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 15 * 60 * 1000 + 1000)

    await expect(passwordLogin('ana@example.com')).resolves.toMatchObject({ mfa: false })
  })

  it('starts counting again after a right password', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) {
      await errorCode(passwordLogin('ana@example.com', 'wrong'))
    }
    await passwordLogin('ana@example.com')

    expect(await errorCode(passwordLogin('ana@example.com', 'wrong'))).toBe('invalid_credentials')
  })
})

describe('one-time codes', () => {
  it('sends a 6-digit code to the inbox of the chosen channel', async () => {
    const max = await passwordLogin('max@example.com')

    const sent = await api.call('otpSend', { token: max.token, body: { channel: 'sms' } })
    const { messages } = await devApi.call('devInbox', {})

    expect(sent).toMatchObject({
      channel: 'sms',
      codeLength: 6,
      resendAfterSeconds: 30,
      expiresInSeconds: 300,
    })
    expect(messages.at(-1)).toMatchObject({ channel: 'sms', to: '+15550100142' })
    expect(messages.at(-1)?.code).toMatch(/^\d{6}$/)
    expect(messages.at(-1)?.body).toContain(messages.at(-1)?.code)
  })

  it('refuses a channel the account does not have', async () => {
    const ana = await passwordLogin('ana@example.com')

    expect(
      await errorCode(api.call('otpSend', { token: ana.token, body: { channel: 'sms' } })),
    ).toBe('channel_unavailable')
  })

  it('holds a resend for 30 seconds and says how long to wait', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const ana = await passwordLogin('ana@example.com')
    await api.call('otpSend', { token: ana.token, body: { channel: 'email' } })
    vi.setSystemTime(Date.now() + 10_000)

    const early = await api
      .call('otpSend', { token: ana.token, body: { channel: 'email' } })
      .catch((error: unknown) => error)
    vi.setSystemTime(Date.now() + 20_000)
    const onTime = await api.call('otpSend', { token: ana.token, body: { channel: 'email' } })

    expect(early).toMatchObject({
      failure: { status: 429, error: { code: 'resend_cooldown', retryAfterSeconds: 20 } },
    })
    expect(onTime.channel).toBe('email')
  })

  it('expires a code after five minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const ana = await passwordLogin('ana@example.com')
    await api.call('otpSend', { token: ana.token, body: { channel: 'email' } })
    const code = await latestCode()
    vi.setSystemTime(Date.now() + 5 * 60 * 1000 + 1000)

    expect(await errorCode(api.call('otpVerify', { token: ana.token, body: { code } }))).toBe(
      'code_expired',
    )
  })

  it('allows five tries, then refuses the sixth even with the right code', async () => {
    const ana = await passwordLogin('ana@example.com')
    await api.call('otpSend', { token: ana.token, body: { channel: 'email' } })
    const code = await latestCode()
    const wrong = code === '000000' ? '111111' : '000000'

    const answers = []
    for (let attempt = 1; attempt <= 5; attempt++) {
      answers.push(
        await api
          .call('otpVerify', { token: ana.token, body: { code: wrong } })
          .catch((e: unknown) => e),
      )
    }
    const sixth = await errorCode(api.call('otpVerify', { token: ana.token, body: { code } }))

    expect(answers.slice(0, 4)).toMatchObject(
      [4, 3, 2, 1].map((left) => ({
        failure: { error: { code: 'code_invalid', attemptsLeft: left } },
      })),
    )
    expect(answers[4]).toMatchObject({ failure: { error: { code: 'too_many_attempts' } } })
    expect(sixth).toBe('too_many_attempts')
  })

  it('gives a new code fresh attempts once the cooldown has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const ana = await passwordLogin('ana@example.com')
    await api.call('otpSend', { token: ana.token, body: { channel: 'email' } })
    for (let attempt = 1; attempt <= 5; attempt++) {
      await errorCode(api.call('otpVerify', { token: ana.token, body: { code: '000000' } }))
    }
    vi.setSystemTime(Date.now() + 31_000)
    await api.call('otpSend', { token: ana.token, body: { channel: 'email' } })

    const session = await api.call('otpVerify', {
      token: ana.token,
      body: { code: await latestCode() },
    })

    expect(session.user.identifier).toBe('ana@example.com')
  })

  it('ends the pending login once the code is verified', async () => {
    const ana = await passwordLogin('ana@example.com')
    await api.call('otpSend', { token: ana.token, body: { channel: 'email' } })
    await api.call('otpVerify', { token: ana.token, body: { code: await latestCode() } })

    expect(
      await errorCode(api.call('otpSend', { token: ana.token, body: { channel: 'email' } })),
    ).toBe('unauthorized')
  })

  it('never writes a code to the console', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => undefined),
    )
    await signIn('ana@example.com')
    const code = await latestCode()

    const printed = spies.flatMap((spy) => spy.mock.calls.flat().map(String))

    expect(printed.filter((line) => line.includes(code))).toEqual([])
  })
})

describe('identify', () => {
  it('answers an unknown identifier exactly like a known one without passkeys', async () => {
    const raw = (identifier: string) =>
      fetch('http://localhost/api/auth/identify', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier }),
      })

    const known = await raw('ana@example.com')
    const unknown = await raw('nobody@example.com')

    expect(unknown.status).toBe(known.status)
    expect(await unknown.json()).toEqual({ identifier: 'nobody@example.com', passkey: null })
    expect(await known.json()).toEqual({ identifier: 'ana@example.com', passkey: null })
  })

  it('offers passkey options once the account has a passkey', async () => {
    await registerPasskey(newAuthenticator(), (await signIn('ana@example.com')).token)

    const { passkey } = await api.call('identify', { body: { identifier: 'ana@example.com' } })

    expect(passkey?.options.allowCredentials).toHaveLength(1)
  })

  it('refuses an empty identifier with a field message', async () => {
    const failure = await api
      .call('identify', { body: { identifier: '  ' } })
      .catch((e: unknown) => e)

    expect(failure).toMatchObject({
      failure: {
        status: 400,
        error: {
          code: 'validation_error',
          fields: { identifier: expect.any(String) as string },
        },
      },
    })
  })
})

describe('the skip snooze', () => {
  it('is kept by the backend, so the next login of the account is not offered a passkey', async () => {
    const first = await passwordLogin('ana@example.com')
    await api.call('appendSkip', { token: first.token, body: { snoozeDays: 7, reason: 'skipped' } })

    const second = await passwordLogin('ana@example.com')
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 7 * 24 * 60 * 60 * 1000 + 1000)
    const later = await passwordLogin('ana@example.com')

    expect(second.append).toBe('snoozed')
    expect(later.append).toBe('offer')
  })

  it('asks again at once when the device could not create a passkey', async () => {
    const first = await passwordLogin('lea@example.com')
    await api.call('appendSkip', {
      token: first.token,
      body: { snoozeDays: 7, reason: 'unsupported' },
    })

    expect((await passwordLogin('lea@example.com')).append).toBe('offer')
  })
})

it('forgets nothing of the seed between tests', async () => {
  await db.reset()
  expect((await passwordLogin('lea@example.com')).user.displayName).toBe('Lea')
})
