/**
 * The sign-in in Debian's WebKitGTK, on the demo build: an engine with no WebAuthn at all
 * (engines/webkit.ts). The flow must notice and fall back cleanly, to the password and the code,
 * with no error in the console.
 */
import { expect, test as base } from '@playwright/test'
import {
  browserPerTest,
  enterCode,
  expectPasskeys,
  fill,
  find,
  isAbsent,
  press,
  waitForText,
} from './engines/engine-page'
import { launchWebKit, type WebKit } from './engines/webkit'

const test = base.extend<{ webkit: WebKit }>({ webkit: browserPerTest(launchWebKit) })

async function signInWithPassword(webkit: WebKit, start: string, identifier: string) {
  await webkit.goto(start)
  await fill(webkit, 'Email or username', identifier)
  await press(webkit, 'Continue')
  await fill(webkit, 'Password', 'demo-password', 'password')
  await press(webkit, 'Sign in')
}

test('no passkey button and no offer: the password, then the code, then the dashboard, which says why it cannot add one', async ({
  webkit,
}) => {
  await webkit.goto('/login?lang=en')
  expect(await webkit.evaluate<string>('typeof PublicKeyCredential')).toBe('undefined')
  await find(webkit, 'textbox', 'Email or username')
  expect(await isAbsent(webkit, 'button', 'Sign in with a passkey')).toBe(true)

  await signInWithPassword(webkit, '/login?lang=en', 'ana@example.com')
  await enterCode(webkit)
  await expectPasskeys(webkit, 0)

  expect(await isAbsent(webkit, 'button', 'Create passkey')).toBe(true)
  expect(await isAbsent(webkit, 'button', 'Add a passkey')).toBe(true)
  await waitForText(webkit, 'This browser cannot create a passkey.')
})

test('policy "required": the code lets Lea in, and says she will be asked again on a device that can', async ({
  webkit,
}) => {
  await signInWithPassword(webkit, '/login?lang=en&append=required', 'lea@example.com')

  await find(webkit, 'textbox', 'Verification code')
  await waitForText(webkit, 'you will be asked again when you sign in on a device that can')
  expect(await isAbsent(webkit, 'button', 'Create passkey')).toBe(true)
  await enterCode(webkit)
  await expectPasskeys(webkit, 0)
})
