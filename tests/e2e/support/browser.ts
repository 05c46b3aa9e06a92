/** What the real-browser journeys share: a virtual authenticator and the demo inbox. */
import { expect, type Page } from '@playwright/test'

/** A platform authenticator with user verification, through the DevTools protocol. */
export async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable', { enableUI: false })
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  })
  return { cdp, authenticatorId }
}

/** The drawer starts open on wide screens and closed on narrow ones. */
export async function openDemoPanel(page: Page) {
  const toggle = page.getByRole('button', { name: /Demo/ })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  return toggle
}

/** The newest code in the demo inbox (the drawer is part of the demo page). */
export async function codeFromInbox(page: Page) {
  const toggle = await openDemoPanel(page)
  const inbox = page.getByRole('region', { name: 'Demo inbox' })
  await expect(inbox.getByText(/Code: \d{6}/).first()).toBeVisible()
  const text = await inbox
    .getByText(/Code: \d{6}/)
    .first()
    .innerText()
  await toggle.click()
  return /\d{6}/.exec(text)?.[0] ?? ''
}

/** J1 up to the dashboard: password, passkey created, the code from the inbox. */
export async function signUpWithPasskey(page: Page, identifier: string) {
  await page.getByRole('textbox', { name: 'Email or username' }).fill(identifier)
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByLabel('Password', { exact: true }).fill('demo-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.getByRole('button', { name: 'Create passkey' }).click()
  await expect(page.getByRole('heading', { name: 'Passkey created' })).toBeVisible()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { name: 'Enter verification code' })).toBeVisible()
  const code = await codeFromInbox(page)
  await page.getByRole('textbox', { name: 'Verification code' }).fill(code)
  await expect(page.getByRole('heading', { name: /Dashboard/ })).toBeVisible()
}

/** Moves the fake backend's clock forward by its dev hook (a test's way past a window, never a sleep). */
export async function advanceBackendClock(page: Page, seconds: number) {
  await page.evaluate(
    (advanceSeconds) =>
      fetch('/api/dev/clock', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceSeconds }),
      }),
    seconds,
  )
}
