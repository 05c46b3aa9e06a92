/**
 * Every journey of PRODUCT.md through the real login, append and code machines, against the real
 * fake backend; only the OS prompt is a software authenticator (see login-harness.ts).
 */
import { describe, expect, it, vi } from 'vitest'
import { createActor, fromPromise } from 'xstate'
import type { CreationOptionsJSON, RegistrationResponse } from '../../../src/api/contract'
import { appendMachine } from '../../../src/machines/append/append.machine'
import { appendActors } from '../../../src/machines/append/append.actors'
import { createCeremonies } from '../../../src/webauthn/ceremonies'
import {
  api,
  devApi,
  DEMO_PASSWORD,
  newAuthenticator,
  passwordLogin,
  registerPasskey,
  signIn,
} from '../../support/backend'
import { capableDevice, inboxCode, incapableDevice, startLogin } from '../support/login-harness'
import { reach } from '../support/wait'

type Login = ReturnType<typeof startLogin>

async function passwordStep(login: Login, identifier: string) {
  await login.at('identifier')
  login.send({ type: 'identifier.submit', identifier })
  await login.at({ password: 'entering' })
  login.send({ type: 'password.submit', password: DEMO_PASSWORD })
}

async function enterCode(login: Login) {
  await login.atChild('code', { codeSent: 'entering' })
  login.send({ type: 'code.submit', code: await inboxCode() })
}

async function signedIn(login: Login) {
  const snapshot = await login.until((s) => s.status === 'done')
  return snapshot.output?.session
}

/** Ana with a passkey on `authenticator`, made while signed in. */
async function anaHasPasskeyOn(authenticator = newAuthenticator()) {
  await registerPasskey(authenticator, (await signIn('ana@example.com')).token)
  return authenticator
}

describe('J1: append, account without MFA', () => {
  it('goes password → offer → OS prompt → created → code by email → signed in, and the passkey works', async () => {
    const login = startLogin()

    await passwordStep(login, 'ana@example.com')
    await login.atChild('append', { offering: 'ready' })
    login.send({ type: 'append.create' })
    await login.atChild('append', 'created')
    login.send({ type: 'append.continue' })
    await enterCode(login)
    const session = await signedIn(login)

    expect(session?.user.identifier).toBe('ana@example.com')
    expect(login.prompts.map((p) => p.kind)).toContain('create')
    expect(login.effects.rememberAccount).toHaveBeenCalledWith(expect.anything(), {
      identifier: 'ana@example.com',
    })
    const { passkey } = await api.call('identify', { body: { identifier: 'ana@example.com' } })
    expect(passkey?.options.allowCredentials).toHaveLength(1)
  })
})

describe('J2: skip, account without MFA', () => {
  it('skips the offer, signs in with the code, and is not offered again on the next login', async () => {
    const login = startLogin()

    await passwordStep(login, 'ana@example.com')
    await login.atChild('append', { offering: 'ready' })
    login.send({ type: 'append.skip' })
    await enterCode(login)
    await signedIn(login)

    expect(login.actor.getSnapshot().context.appendOutcome).toBe('skipped')
    const next = startLogin()
    await passwordStep(next, 'ana@example.com')
    await next.atChild('code', { codeSent: 'entering' })
    expect(next.prompts.filter((p) => p.kind === 'create')).toEqual([])
  })
})

describe('J3: account with MFA', () => {
  it('asks for the code (channel choice) before the offer', async () => {
    const login = startLogin()

    await passwordStep(login, 'max@example.com')
    await login.atChild('code', 'choosingChannel')
    login.send({ type: 'code.choose', channel: 'sms' })
    await enterCode(login)
    await login.atChild('append', { offering: 'ready' })
    login.send({ type: 'append.create' })
    await login.atChild('append', 'created')
    login.send({ type: 'append.continue' })
    const session = await signedIn(login)

    expect(session?.user.identifier).toBe('max@example.com')
    const { passkeys } = await api.call('passkeyList', { token: session!.token })
    expect(passkeys).toHaveLength(1)
  })
})

describe('J4: two-step passkey login', () => {
  it('signs in with the account’s passkey and sends no code', async () => {
    const authenticator = await anaHasPasskeyOn()
    const codesBefore = (await devApi.call('devInbox', {})).messages.length
    const login = startLogin({ authenticator })

    await login.at('identifier')
    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    await login.at({ passkeyLogin: 'ready' })
    login.send({ type: 'passkey.start' })
    const session = await signedIn(login)

    expect(session?.user.identifier).toBe('ana@example.com')
    expect((await devApi.call('devInbox', {})).messages).toHaveLength(codesBefore)
  })

  it('starts the prompt at once under passkeyStart "auto"', async () => {
    const authenticator = await anaHasPasskeyOn()
    const login = startLogin({ authenticator, policy: { passkeyStart: 'auto' } })

    await login.at('identifier')
    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })

    expect((await signedIn(login))?.user.identifier).toBe('ana@example.com')
  })

  it('always offers the password instead', async () => {
    const authenticator = await anaHasPasskeyOn()
    const login = startLogin({ authenticator })
    await login.at('identifier')
    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    await login.at({ passkeyLogin: 'ready' })

    login.send({ type: 'passkey.usePassword' })

    await login.at({ password: 'entering' })
  })
})

describe('J4b: passkey on another device', () => {
  it('signs in with a phone (hybrid), then offers a passkey for this device', async () => {
    const phone = await anaHasPasskeyOn()
    const login = startLogin({ authenticator: phone })
    await login.at('identifier')
    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    await login.at({ passkeyLogin: 'ready' })

    login.send({ type: 'passkey.useOtherDevice' })
    const offer = await login.atChild('append', { offering: 'ready' })
    login.send({ type: 'append.skip' })
    const session = await signedIn(login)

    expect(login.prompts.find((p) => p.kind === 'get')?.hybrid).toBe(true)
    expect(session?.user.identifier).toBe('ana@example.com')
    // The passkey it offers is this device's, named after it like any other.
    expect(offer.context.passkeyName).toBe('Passkey on Mac')
  })
})

describe('a browser without passkey support', () => {
  it('sends an account that has passkeys to the password, saying why, and never opens a prompt', async () => {
    await anaHasPasskeyOn()
    const login = startLogin({ device: incapableDevice, policy: { passkeyStart: 'auto' } })
    await login.at('identifier')

    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    const snapshot = await login.at({ password: 'entering' })

    expect(snapshot.context.notice).toBe('passkeyUnavailable')
    expect(login.prompts).toEqual([])
  })
})

describe('J5: single-step passkey login', () => {
  it('signs in from the first screen with no identifier typed', async () => {
    const authenticator = await anaHasPasskeyOn()
    const login = startLogin({ authenticator, policy: { conditionalUI: false } })
    await login.at({ identifier: 'ready' })

    login.send({ type: 'identifier.passkey' })

    expect((await signedIn(login))?.user.identifier).toBe('ana@example.com')
    // Next time the device offers "Continue as", though nothing was typed this time.
    expect(login.effects.rememberAccount).toHaveBeenCalledWith(expect.anything(), {
      identifier: 'ana@example.com',
    })
  })

  it('runs passkey autofill in the background and aborts it when the user goes on', async () => {
    const login = startLogin()
    await login.at({ identifier: { ready: 'autofill' } })
    const autofill = login.prompts.find((p) => p.conditional)

    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    await login.at('password')

    expect(autofill?.signal.aborted).toBe(true)
  })

  it('does not offer autofill when the policy turns it off or the browser lacks it', async () => {
    const off = startLogin({ policy: { conditionalUI: false } })
    const lacking = startLogin({ device: { ...capableDevice, canConditional: false } })

    await off.at({ identifier: { ready: 'idle' } })
    await lacking.at({ identifier: { ready: 'idle' } })

    expect([...off.prompts, ...lacking.prompts]).toEqual([])
  })
})

describe('J6: several passkeys', () => {
  const addPasskey = (token: string, authenticator = newAuthenticator()) => {
    const actor = createActor(
      appendMachine.provide({
        actors: {
          ...appendActors(api),
          createPasskey: createOn(authenticator),
        },
      }),
      {
        input: {
          token,
          purpose: 'dashboard',
          canSkip: true,
          canCreate: true,
          tryConditionalCreate: false,
        },
      },
    ).start()
    return actor
  }

  it('adds a passkey per device, and the same device twice reads "already has one"', async () => {
    const session = await signIn('ana@example.com')
    const laptop = newAuthenticator()

    const first = addPasskey(session.token, laptop)
    await reach(first, { offering: 'ready' })
    first.send({ type: 'append.create' })
    await reach(first, 'created')
    const again = addPasskey(session.token, laptop)
    await reach(again, { offering: 'ready' })
    again.send({ type: 'append.create' })
    await reach(again, 'alreadyExists')
    again.send({ type: 'append.continue' })

    expect(again.getSnapshot().output).toEqual({ outcome: 'alreadyExists', passkey: null })
    expect((await api.call('passkeyList', { token: session.token })).passkeys).toHaveLength(1)
  })
})

describe('J7: rolling migration (append "required")', () => {
  it('offers no skip: the user must create a passkey to get past the offer', async () => {
    const login = startLogin({ policy: { append: 'required' } })
    await passwordStep(login, 'lea@example.com')
    await login.atChild('append', { offering: 'ready' })

    login.send({ type: 'append.skip' })
    await login.atChild('append', { offering: 'ready' })
    login.send({ type: 'append.create' })
    await login.atChild('append', 'created')
    login.send({ type: 'append.continue' })
    await enterCode(login)

    expect((await signedIn(login))?.user.identifier).toBe('lea@example.com')
  })

  it('falls back to the code on a device that cannot create one, and asks again next time', async () => {
    const login = startLogin({ policy: { append: 'required' }, device: incapableDevice })

    await passwordStep(login, 'lea@example.com')
    await enterCode(login)
    await signedIn(login)

    expect(login.actor.getSnapshot().context.appendOutcome).toBe('unsupported')
    expect((await passwordLogin('lea@example.com')).append).toBe('offer')
  })
})

describe('J8: returning user', () => {
  it('continues as the remembered account', async () => {
    const login = startLogin({ lastAccount: 'ana@example.com' })
    await login.at('returningUser')

    login.send({ type: 'returning.continue' })

    await login.at({ password: 'entering' })
    expect(login.actor.getSnapshot().context.identifier).toBe('ana@example.com')
  })

  it('forgets the account when asked to use another', async () => {
    const login = startLogin({ lastAccount: 'ana@example.com' })
    await login.at('returningUser')

    login.send({ type: 'returning.useAnother' })

    await login.at('identifier')
    expect(login.effects.forgetAccount).toHaveBeenCalled()
  })
})

describe('J10: failures', () => {
  it('a cancelled prompt returns to the passkey screen, counting cancels', async () => {
    const authenticator = await anaHasPasskeyOn()
    const login = startLogin({ authenticator })
    await login.at('identifier')
    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    await login.at({ passkeyLogin: 'ready' })

    login.nextPrompt('NotAllowedError')
    login.send({ type: 'passkey.start' })
    await login.until((s) => s.matches({ passkeyLogin: 'ready' }) && s.context.cancels === 1)

    expect(login.actor.getSnapshot().context.ceremonyFailure).toBe('cancelled')
  })

  it('a wrong password stays on the password step with the backend’s message', async () => {
    const login = startLogin()
    await login.at('identifier')
    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    await login.at({ password: 'entering' })

    login.send({ type: 'password.submit', password: 'wrong' })
    const snapshot = await login.until(
      (s) => s.matches({ password: 'entering' }) && s.context.problem !== null,
    )

    expect(snapshot.context.problem).toMatchObject({
      kind: 'rejected',
      code: 'invalid_credentials',
    })
  })

  it('five wrong passwords lock the account', async () => {
    const login = startLogin()
    await login.at('identifier')
    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    for (let attempt = 1; attempt <= 5; attempt++) {
      await login.at({ password: 'entering' })
      login.send({ type: 'password.submit', password: `wrong-${attempt}` })
      await login.until((s) => !s.matches({ password: 'checking' }))
    }

    const snapshot = await login.at({ password: 'locked' })

    expect(snapshot.context.problem?.retryAfterSeconds).toBe(900)
  })

  it('a wrong code says how many tries are left', async () => {
    const login = startLogin()
    await passwordStep(login, 'ana@example.com')
    await login.atChild('append', { offering: 'ready' })
    login.send({ type: 'append.skip' })
    await login.atChild('code', { codeSent: 'entering' })
    const code = await inboxCode()

    login.send({ type: 'code.submit', code: code === '000000' ? '111111' : '000000' })

    const entering = await login.atChild(
      'code',
      { codeSent: 'entering' },
      (context) => context.attemptsLeft === 4,
    )

    expect(entering.context.error).toMatchObject({ code: 'code_invalid' })
  })

  it('a network error on the lookup can be retried', async () => {
    await devApi.call('devScenarioUpdate', {
      body: { failNext: [{ endpoint: 'identify', failure: 'network_error' }] },
    })
    const login = startLogin()
    await login.at('identifier')
    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })

    const failed = await login.at('lookupFailed')
    login.send({ type: 'login.retry' })

    expect(failed.context.problem?.kind).toBe('network')
    await login.at({ password: 'entering' })
  })

  it('a passkey the server no longer knows is reported to the password manager', async () => {
    const authenticator = newAuthenticator()
    const session = await signIn('ana@example.com')
    const { passkey } = await registerPasskey(authenticator, session.token)
    await registerPasskey(newAuthenticator(), session.token) // so the account keeps a passkey
    const login = startLogin({ authenticator })
    await login.at('identifier')
    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    await login.at({ passkeyLogin: 'ready' })
    await api.call('passkeyDelete', { token: session.token, params: { id: passkey.id } })

    login.send({ type: 'passkey.start' })
    const snapshot = await login.until((s) => s.context.notice === 'unknownPasskey')

    expect(login.effects.signalUnknownCredential).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ credentialId: passkey.id }),
    )
    expect(snapshot.status).toBe('active')
  })

  it('a pending login that expired during the code step starts over with a notice', async () => {
    const login = startLogin()
    await passwordStep(login, 'ana@example.com')
    await login.atChild('append', { offering: 'ready' })
    login.send({ type: 'append.skip' })
    await login.atChild('code', { codeSent: 'entering' })
    const code = await inboxCode()
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 11 * 60 * 1000)

    login.send({ type: 'code.submit', code })
    const snapshot = await login.until(
      (s) => s.matches('identifier') && s.context.notice === 'loginExpired',
    )

    expect(snapshot.context.pending).toBeNull()
  })

  it('"use another account" from any step abandons the login', async () => {
    const login = startLogin()
    await passwordStep(login, 'ana@example.com')
    await login.atChild('append', { offering: 'ready' })

    login.send({ type: 'login.back' })

    const snapshot = await login.at('identifier')
    expect(snapshot.context.pending).toBeNull()
    expect(snapshot.children.append).toBeUndefined()
  })
})

/** The OS prompt of one device, for a standalone append machine. */
/** The default ceremony (with its one error mapping) over a software authenticator. */
function createOn(authenticator: ReturnType<typeof newAuthenticator>) {
  const ceremonies = createCeremonies({
    // The library's option type is the W3C one; ours (the contract's) is the same JSON.
    startRegistration: ({ optionsJSON }) =>
      authenticator.register(optionsJSON as CreationOptionsJSON),
  })
  return fromPromise<RegistrationResponse, { options: CreationOptionsJSON; conditional: boolean }>(
    ({ input, signal }) => ceremonies.createPasskey(input.options, { signal }),
  )
}
