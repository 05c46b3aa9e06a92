/**
 * The funnel a host measures adoption with: each journey reports what happened, in order, from
 * the login machine and its steps (observeFunnel), with no personal data.
 */
import { describe, expect, it } from 'vitest'
import { observeFunnel, type FunnelEvent } from '../../src/machines/funnel'
import { DEMO_PASSWORD, newAuthenticator, registerPasskey, signIn } from '../support/backend'
import { inboxCode, startLogin } from './support/login-harness'

function recorded(login: ReturnType<typeof startLogin>) {
  const events: FunnelEvent[] = []
  observeFunnel(login.actor, (event) => events.push(event))
  return events
}

async function throughPassword(login: ReturnType<typeof startLogin>, identifier: string) {
  await login.at('identifier')
  login.send({ type: 'identifier.submit', identifier })
  await login.at({ password: 'entering' })
  login.send({ type: 'password.submit', password: DEMO_PASSWORD })
}

async function throughCode(login: ReturnType<typeof startLogin>) {
  await login.atChild('code', { codeSent: 'entering' })
  login.send({ type: 'code.submit', code: '000000' })
  await login.atChild('code', { codeSent: 'entering' })
  login.send({ type: 'code.submit', code: await inboxCode() })
  await login.until((snapshot) => snapshot.status === 'done')
}

describe('the funnel', () => {
  it('J1 with a cancel: offer shown, cancelled, accepted again, created; a wrong code; signed in by password', async () => {
    const login = startLogin()
    const events = recorded(login)

    await throughPassword(login, 'ana@example.com')
    await login.atChild('append', { offering: 'ready' })
    login.nextPrompt('NotAllowedError')
    login.send({ type: 'append.create' })
    await login.atChild('append', { offering: 'ready' })
    login.send({ type: 'append.create' })
    await login.atChild('append', 'created')
    login.send({ type: 'append.continue' })
    await throughCode(login)

    expect(events).toEqual([
      { type: 'identifier.submitted', returning: false },
      { type: 'offer.shown' },
      { type: 'offer.accepted' },
      { type: 'offer.cancelled' },
      { type: 'offer.accepted' },
      { type: 'offer.created' },
      { type: 'code.sent', channel: 'email' },
      { type: 'code.failed', reason: 'wrong' },
      { type: 'code.verified' },
      { type: 'authenticated', method: 'password' },
    ])
  })

  it('J2: the skip, and no personal data in any event (no identifier, code or token)', async () => {
    const login = startLogin()
    const events = recorded(login)

    await throughPassword(login, 'ana@example.com')
    await login.atChild('append', { offering: 'ready' })
    login.send({ type: 'append.skip' })
    await throughCode(login)

    expect(events.map((event) => event.type)).toEqual([
      'identifier.submitted',
      'offer.shown',
      'offer.skipped',
      'code.sent',
      'code.failed',
      'code.verified',
      'authenticated',
    ])
    const text = JSON.stringify(events)
    expect(text).not.toContain('ana')
    expect(text).not.toContain(login.actor.getSnapshot().output?.session.token ?? 'no token')
  })

  it('J4 with a cancel: started, cancelled, started, succeeded, signed in by passkey', async () => {
    const authenticator = newAuthenticator()
    await registerPasskey(authenticator, (await signIn('ana@example.com')).token)
    const login = startLogin({ authenticator })
    const events = recorded(login)

    await login.at('identifier')
    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    await login.at({ passkeyLogin: 'ready' })
    login.nextPrompt('NotAllowedError')
    login.send({ type: 'passkey.start' })
    await login.at({ passkeyLogin: 'ready' })
    login.send({ type: 'passkey.start' })
    await login.until((snapshot) => snapshot.status === 'done')

    expect(events).toEqual([
      { type: 'identifier.submitted', returning: false },
      { type: 'passkeyLogin.started', from: 'account' },
      { type: 'passkeyLogin.cancelled' },
      { type: 'passkeyLogin.started', from: 'account' },
      { type: 'passkeyLogin.succeeded' },
      { type: 'authenticated', method: 'passkey' },
    ])
  })
})
