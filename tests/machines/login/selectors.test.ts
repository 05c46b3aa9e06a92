/** The selector gives each step one screen and the view model it needs. */
import { describe, expect, it } from 'vitest'
import { selectLoginView } from '../../../src/machines/login/login.selectors'
import { DEMO_PASSWORD } from '../../support/backend'
import { inboxCode, startLogin } from '../support/login-harness'

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
    await login.atChild('append', 'offer')
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
    await login.atChild('code', 'entering')
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
      problem: null,
      notice: null,
    })
  })
})
