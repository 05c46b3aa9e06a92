/**
 * The real WebAuthn path in Debian Chromium with a DevTools-protocol virtual authenticator:
 * J1 (password, create a passkey, code from the demo inbox, dashboard) then J4 (sign out, sign
 * in with that passkey, no code).
 */
import { expect, test } from '@playwright/test'
import { addVirtualAuthenticator, signUpWithPasskey } from './support/browser'

test('J1 then J4: create a passkey after the password, then sign in with it and no code', async ({
  page,
}) => {
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page)
  await page.goto('/login?conditionalUI=off')

  // J1
  await signUpWithPasskey(page, 'ana@example.com')
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
