/**
 * The real WebAuthn path in Debian Chromium with a DevTools-protocol virtual authenticator:
 * J1 (password, create a passkey, code from the demo inbox, dashboard) then J4 (sign out, sign
 * in with that passkey, no code).
 */
import { expect, test, type Page } from '@playwright/test'

async function addVirtualAuthenticator(page: Page) {
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

/** The newest code in the demo inbox (the drawer is part of the demo page). */
async function codeFromInbox(page: Page) {
  const toggle = page.getByRole('button', { name: /Demo/ })
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
  const inbox = page.getByRole('region', { name: 'Demo inbox' })
  await expect(inbox.getByText(/Code: \d{6}/).first()).toBeVisible()
  const text = await inbox
    .getByText(/Code: \d{6}/)
    .first()
    .innerText()
  await toggle.click()
  return /\d{6}/.exec(text)?.[0] ?? ''
}

test('J1 then J4: create a passkey after the password, then sign in with it and no code', async ({
  page,
}) => {
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page)
  await page.goto('/login?conditionalUI=off')

  // J1
  await page.getByRole('textbox', { name: 'Email or username' }).fill('ana@example.com')
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
  await expect(page.getByRole('region', { name: 'Passkeys' }).getByRole('listitem')).toHaveCount(1)
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId })
  expect(credentials).toHaveLength(1)

  // J4
  await page.getByRole('button', { name: 'Sign out' }).click()
  const codesBefore = await page.evaluate(() =>
    fetch('/api/dev/inbox').then((r) => r.json() as Promise<{ messages: unknown[] }>),
  )
  // J8 on the way: the device remembers the account.
  await page.getByRole('button', { name: 'Continue as ana@example.com' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in with your passkey' })).toBeVisible()
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
  await expect(page.getByRole('heading', { name: /Dashboard/ })).toBeVisible()
  const codesAfter = await page.evaluate(() =>
    fetch('/api/dev/inbox').then((r) => r.json() as Promise<{ messages: unknown[] }>),
  )
  expect(codesAfter.messages).toHaveLength(codesBefore.messages.length)
})
