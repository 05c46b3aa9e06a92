/**
 * `npm run dev` itself, once: the app there runs under StrictMode (every component mounted,
 * unmounted and mounted again) with hot reload, unlike the demo build the other journeys use.
 * A flow that does not survive the remount breaks here first.
 */
import { expect, test } from '@playwright/test'
import { addVirtualAuthenticator, signUpWithPasskey } from './support/browser'

test('on the dev server: J1, then "Add a passkey" on the dashboard reaches the OS prompt', async ({
  page,
}) => {
  await addVirtualAuthenticator(page)
  await page.goto('/?conditionalUI=off')

  await signUpWithPasskey(page, 'ana@example.com')
  await page.getByRole('button', { name: 'Add a passkey' }).click()
  await page.getByRole('button', { name: 'Create passkey' }).click()

  // The same authenticator again: excludeCredentials makes it say so, which needs the options
  // the remounted flow fetched (an aborted first fetch must not have won).
  await expect(page.getByRole('heading', { name: 'You already have a passkey here' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})
