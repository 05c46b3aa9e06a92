/**
 * The real WebAuthn path in Debian Chromium with a DevTools-protocol virtual authenticator:
 * J1 (password, create a passkey, code from the demo inbox, dashboard) then J4 (sign out, sign
 * in with that passkey, no code).
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/csp'
import {
  addVirtualAuthenticator,
  advanceBackendClock,
  codeFromInbox,
  signUpWithPasskey,
} from './support/browser'

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
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
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

/**
 * J1 to the dashboard, six minutes pass (by the fake backend's clock, its test hook, not a
 * sleep), and the user asks to delete the passkey: the dashboard wants "Confirm it's you".
 */
async function deleteAfterTheRecentSignInWindow(page: Page) {
  await signUpWithPasskey(page, 'ana@example.com')
  const passkeys = page.getByRole('region', { name: 'Passkeys' })
  await expect(passkeys.getByRole('listitem')).toHaveCount(1)
  await advanceBackendClock(page, 6 * 60)
  await passkeys.getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('button', { name: 'Delete passkey' }).click()
  return passkeys
}

test('deleting a passkey after the recent sign-in window asks to confirm it is you, then deletes it', async ({
  page,
}) => {
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page)
  await page.goto('/login?conditionalUI=off')
  const passkeys = await deleteAfterTheRecentSignInWindow(page)
  const confirm = page.getByRole('dialog', { name: 'Confirm it’s you' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: /^Confirm with/ }).click()

  await expect(passkeys.getByText(/No passkeys yet/)).toBeVisible()
  await expect(confirm).toHaveCount(0)
  // The Signal API told the password manager (the virtual authenticator) it is gone too.
  await expect
    .poll(async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials)
    .toHaveLength(0)
})

test('cancelling "Confirm it’s you" deletes nothing, and the dashboard says why', async ({
  page,
}) => {
  await addVirtualAuthenticator(page)
  await page.goto('/login?conditionalUI=off')
  const passkeys = await deleteAfterTheRecentSignInWindow(page)
  await page
    .getByRole('dialog', { name: 'Confirm it’s you' })
    .getByRole('button', { name: 'Cancel' })
    .click()

  await expect(passkeys.getByText(/confirming it’s you was cancelled/)).toBeVisible()
  await expect(passkeys.getByRole('listitem')).toHaveCount(1)
})

test('a cancelled passkey prompt while confirming deletes nothing, and the dashboard says why', async ({
  page,
}) => {
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page)
  await page.goto('/login?conditionalUI=off')
  const passkeys = await deleteAfterTheRecentSignInWindow(page)
  const confirm = page.getByRole('dialog', { name: 'Confirm it’s you' })
  // The person does not confirm (no fingerprint, the prompt closed): the browser says NotAllowed.
  await cdp.send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified: false })
  await confirm.getByRole('button', { name: /^Confirm with/ }).click()
  await expect(confirm.getByText(/Confirming with your passkey was cancelled/)).toBeVisible()
  await confirm.getByRole('button', { name: 'Cancel' }).click()

  await expect(passkeys.getByText(/confirming it’s you was cancelled/)).toBeVisible()
  await expect(passkeys.getByRole('listitem')).toHaveCount(1)
})

test('"Sign out everywhere" after the recent sign-in window confirms with the passkey first; cancelled, it stays', async ({
  page,
}) => {
  await addVirtualAuthenticator(page)
  await page.goto('/login?conditionalUI=off')
  await signUpWithPasskey(page, 'ana@example.com')
  await expect(page.getByRole('region', { name: 'Passkeys' }).getByRole('listitem')).toHaveCount(1)
  await advanceBackendClock(page, 6 * 60)
  const signOutEverywhere = page.getByRole('button', { name: 'Sign out everywhere' })
  await signOutEverywhere.click()
  const confirm = page.getByRole('dialog', { name: 'Confirm it’s you' })
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  // Cancelled: still signed in, told why, and focus back on the button that asked.
  await expect(page.getByText(/confirming it’s you was cancelled/)).toBeVisible()
  await expect(signOutEverywhere).toBeFocused()

  await signOutEverywhere.click()
  await confirm.getByRole('button', { name: /^Confirm with/ }).click()

  await expect(page.getByRole('button', { name: 'Continue as ana@example.com' })).toBeVisible()
})

test('J3: with MFA the code comes first, by the channel chosen, then the offer', async ({
  page,
}) => {
  await addVirtualAuthenticator(page)
  await page.goto('/login?conditionalUI=off')

  await page.getByRole('textbox', { name: 'Email or username' }).fill('max@example.com')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByLabel('Password', { exact: true }).fill('demo-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  // The option's card is its label: click it, as a person does.
  await page.getByText('SMS', { exact: true }).click()
  await expect(page.getByRole('radio', { name: 'SMS' })).toBeChecked()
  await page.getByRole('button', { name: 'Send code' }).click()
  await page.getByRole('textbox', { name: 'Verification code' }).fill(await codeFromInbox(page))
  await page.getByRole('button', { name: 'Skip for now' }).click()

  await expect(page.getByRole('heading', { name: /Dashboard/ })).toBeVisible()
})

test('J7: under policy "required" there is no skip, and the passkey leads on to the code', async ({
  page,
}) => {
  await addVirtualAuthenticator(page)
  await page.goto('/login?conditionalUI=off&append=required')

  await page.getByRole('textbox', { name: 'Email or username' }).fill('lea@example.com')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByLabel('Password', { exact: true }).fill('demo-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Create passkey' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Skip for now' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Create passkey' }).click()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('textbox', { name: 'Verification code' }).fill(await codeFromInbox(page))

  await expect(page.getByRole('heading', { name: /Dashboard/ })).toBeVisible()
})
