/** The selector gives each step one screen and the view model it needs. */
import { describe, expect, it } from 'vitest'
import { createActor, fromPromise } from 'xstate'
import type {
  AuthenticationResponse,
  RequestOptionsJSON,
  ResponseBody,
  Session,
} from '../../../src/api/contract'
import { loginMachine, type GetPasskeyInput } from '../../../src/machines/login/login.machine'
import { selectLoginView } from '../../../src/machines/login/login.selectors'
import type { EnvironmentOutput } from '../../../src/machines/login/login.types'
import { defaultPolicy } from '../../../src/machines/policy'
import { DEMO_PASSWORD } from '../../support/backend'
import { fault } from '../support/api-errors'
import { controlledPromiseActor } from '../support/controlled-promise-actor'
import { assertion, requestOptions } from '../support/fixtures'
import { capableDevice, inboxCode, startLogin } from '../support/login-harness'
import { reach } from '../support/wait'

describe('selectLoginView', () => {
  it('names the screen of every step of a password login, with its view model', async () => {
    const login = startLogin()
    const view = () => selectLoginView(login.actor.getSnapshot())
    const screens: string[] = []

    await login.at('identifier')
    screens.push(view().screen)
    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    await login.at({ password: 'entering' })
    expect(view()).toMatchObject({
      screen: 'password',
      identifier: 'ana@example.com',
      phase: 'entering',
    })
    login.send({ type: 'password.submit', password: DEMO_PASSWORD })
    await login.atChild('append', { offering: 'ready' })
    expect(view()).toMatchObject({
      screen: 'appendOffer',
      phase: 'ready',
      biometric: 'touchId',
      canSkip: true,
    })
    login.send({ type: 'append.create' })
    await login.atChild('append', 'created')
    expect(view()).toMatchObject({ screen: 'appendDone', outcome: 'created' })
    login.send({ type: 'append.continue' })
    await login.atChild('code', { codeSent: 'entering' })
    expect(view()).toMatchObject({
      screen: 'codeEntry',
      phase: 'entering',
      destination: 'a•••@example.com',
      codeLength: 6,
      resendIn: 30,
      canChangeChannel: false,
    })
    login.send({ type: 'code.submit', code: await inboxCode() })
    await login.until((s) => s.status === 'done')

    expect(screens).toEqual(['identifier'])
    expect(view()).toMatchObject({
      screen: 'authenticated',
      session: { user: { identifier: 'ana@example.com' } },
    })
  })

  it('shows the channel choice for an account with email and SMS', async () => {
    const login = startLogin()
    await login.at('identifier')
    login.send({ type: 'identifier.submit', identifier: 'max@example.com' })
    await login.at({ password: 'entering' })
    login.send({ type: 'password.submit', password: DEMO_PASSWORD })
    await login.atChild('code', 'choosingChannel')

    expect(selectLoginView(login.actor.getSnapshot())).toMatchObject({
      screen: 'codeChannel',
      channels: [
        { channel: 'email', destination: 'm•••@example.com' },
        { channel: 'sms', destination: '••• ••• 0142' },
      ],
    })
  })

  it('offers the returning user their remembered account', async () => {
    const login = startLogin({ lastAccount: 'ana@example.com' })
    await login.at('returningUser')

    expect(selectLoginView(login.actor.getSnapshot())).toEqual({
      screen: 'returningUser',
      identifier: 'ana@example.com',
      busy: false,
      problem: null,
      notice: null,
    })
  })

  it('keeps the returning user on their screen, busy, while the account is looked up', async () => {
    const login = startLogin({ lastAccount: 'ana@example.com' })
    await login.at('returningUser')

    login.send({ type: 'returning.continue' })

    expect(login.actor.getSnapshot().matches('lookup')).toBe(true)
    expect(selectLoginView(login.actor.getSnapshot())).toMatchObject({
      screen: 'returningUser',
      identifier: 'ana@example.com',
      busy: true,
    })
  })

  it('shows the first screen, busy, while an account typed there is looked up', async () => {
    const login = startLogin({ lastAccount: 'ana@example.com' })
    await login.at('returningUser')
    login.send({ type: 'returning.useAnother' })
    await login.at('identifier')

    login.send({ type: 'identifier.submit', identifier: 'max@example.com' })

    expect(selectLoginView(login.actor.getSnapshot())).toMatchObject({
      screen: 'identifier',
      busy: 'lookup',
    })
  })
})

describe('a failed passkey check on the passkey screen', () => {
  it('keeps the button waiting while a fresh challenge loads, so a tap is not lost', async () => {
    const options = requestOptions
    // Options load at once, except the refresh after the failure, which the test releases.
    let holdRefresh = false
    let releaseRefresh: () => void = () => undefined
    const refresh = fromPromise<
      { options: RequestOptionsJSON },
      { identifier: string | undefined }
    >(() =>
      holdRefresh
        ? new Promise((resolve) => {
            releaseRefresh = () => {
              resolve({ options })
            }
          })
        : Promise.resolve({ options }),
    )
    const verify = controlledPromiseActor<Session, { response: AuthenticationResponse }>()
    const actor = createActor(
      loginMachine.provide({
        actors: {
          detectEnvironment: fromPromise<EnvironmentOutput>(() =>
            Promise.resolve({ device: capableDevice, lastAccount: null }),
          ),
          fetchRequestOptions: refresh,
          identify: fromPromise<ResponseBody<'identify'>, { identifier: string }>(() =>
            Promise.resolve({ identifier: 'ana@example.com', passkey: { options } }),
          ),
          getPasskey: fromPromise<AuthenticationResponse, GetPasskeyInput>(() =>
            Promise.resolve(assertion),
          ),
          verifyAssertion: verify.logic,
        },
      }),
      { input: { policy: { ...defaultPolicy, conditionalUI: false } } },
    ).start()
    const view = () => selectLoginView(actor.getSnapshot())
    await reach(actor, { identifier: 'ready' })
    actor.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    await reach(actor, { passkeyLogin: 'ready' })
    actor.send({ type: 'passkey.start' })
    await reach(actor, 'passkeyVerifying')
    holdRefresh = true

    await verify.latest().reject(fault('passkeyVerify', 'server'))

    expect(view()).toMatchObject({ screen: 'passkeyLogin', phase: 'preparing' })
    releaseRefresh()
    await reach(actor, { passkeyLogin: 'ready' })
    expect(view()).toMatchObject({
      screen: 'passkeyLogin',
      phase: 'ready',
      problem: { kind: 'server' },
    })
  })
})
