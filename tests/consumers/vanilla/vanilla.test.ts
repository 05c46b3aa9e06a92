// @vitest-environment jsdom
// @vitest-environment-options {"url": "http://localhost/"}
/**
 * Consumer (a), vanilla: a whole sign-in (password, then the code) through the core alone, in a
 * DOM with no React, against the fake backend. This browser has no WebAuthn (jsdom), so the flow
 * offers no passkey: the fallback every host gets for free.
 */
import { describe, expect, it, vi } from 'vitest'
import { describeDevice, noCapabilities, stepUp } from 'passkey-login'
import { installFakeWebAuthn } from 'passkey-login/msw'
import {
  DEMO_PASSWORD,
  latestCode,
  newAuthenticator,
  registerPasskey,
  signIn,
} from '../../support/backend'
import { confirmItsYou, mountSignIn } from './sign-in'

function fill(root: HTMLElement, label: string, value: string) {
  const field = root.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)
  if (!field) throw new Error(`no field "${label}" in: ${root.textContent}`)
  field.value = value
  field.form?.requestSubmit()
}

it('signs in with password and code, with only the core', async () => {
  const root = document.createElement('div')
  document.body.append(root)
  const onSignedIn = vi.fn()
  const stop = mountSignIn(root, { onSignedIn })

  await vi.waitFor(() => {
    fill(root, 'Email or username', 'ana@example.com')
  })
  await vi.waitFor(() => {
    fill(root, 'Password', DEMO_PASSWORD)
  })
  const code = await vi.waitFor(latestCode)
  await vi.waitFor(() => {
    expect(root.querySelector('input[aria-label="Verification code"]')).not.toBeNull()
  })
  fill(root, 'Verification code', code)

  await vi.waitFor(() => {
    expect(root.textContent).toBe('Signed in as ana@example.com')
  })
  expect(onSignedIn).toHaveBeenCalledOnce()
  stop()
  root.remove()
})

it("confirms it's you before a sensitive action with stepUp(), a code, and no React", async () => {
  const session = await signIn('ana@example.com')
  const root = document.createElement('div')
  document.body.append(root)

  const confirmed = confirmItsYou(root, { token: session.token, action: 'email.change' })
  // One channel: the code goes out at once (with several, "Send code" comes first).
  await vi.waitFor(() => {
    const send = root.querySelector('button')
    if (send?.textContent === 'Send code') send.click()
    if (!root.querySelector('input[aria-label="Verification code"]')) {
      throw new Error(`no code entry yet: ${root.textContent}`)
    }
  })
  fill(root, 'Verification code', await latestCode())

  const result = await confirmed
  expect(result.kind).toBe('verified')
  // A fresh session replaces the one that asked (which has ended).
  expect(result.kind === 'verified' && result.session.token).not.toBe(session.token)
  root.remove()
})

describe('stepUp() with no one to draw the steps', () => {
  const withPasskeys = () =>
    Promise.resolve(
      describeDevice('macos', { ...noCapabilities, webauthn: true, platformAuthenticator: true }),
    )

  async function anaWithAPasskeyHere() {
    const authenticator = newAuthenticator()
    const session = await signIn('ana@example.com')
    await registerPasskey(authenticator, session.token)
    return { session, fake: installFakeWebAuthn(authenticator) }
  }

  it('opens the passkey prompt itself and resolves with a fresh session', async () => {
    const { session, fake } = await anaWithAPasskeyHere()

    const result = await stepUp({
      token: session.token,
      action: 'email.change',
      detectDevice: withPasskeys,
    })

    expect(result.kind).toBe('verified')
    fake.uninstall()
  })

  it('declines when the person cancels the prompt: it asks only once', async () => {
    const { session, fake } = await anaWithAPasskeyHere()
    fake.nextPrompt('NotAllowedError')

    expect(
      await stepUp({ token: session.token, action: 'email.change', detectDevice: withPasskeys }),
    ).toEqual({
      kind: 'declined',
    })
    fake.uninstall()
  })
})
