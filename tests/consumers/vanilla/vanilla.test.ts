// @vitest-environment jsdom
// @vitest-environment-options {"url": "http://localhost/"}
/**
 * Consumer (a), vanilla: a whole sign-in (password, then the code) through the core alone, in a
 * DOM with no React, against the fake backend. This browser has no WebAuthn (jsdom), so the flow
 * offers no passkey: the fallback every host gets for free.
 */
import { expect, it, vi } from 'vitest'
import { DEMO_PASSWORD, latestCode } from '../../support/backend'
import { mountSignIn } from './sign-in'

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
