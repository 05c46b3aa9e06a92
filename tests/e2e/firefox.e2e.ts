/**
 * The journeys in Debian's Firefox ESR, on the demo build, with Firefox's own virtual
 * authenticator (engines/firefox.ts): each test in a new browser with a new profile.
 */
import { expect, test as base } from '@playwright/test'
import {
  alertText,
  browserPerTest,
  codeSent,
  enterCode,
  expectPasskeys,
  fill,
  find,
  isAbsent,
  press,
  waitForText,
} from './engines/engine-page'
import { launchFirefox, type Firefox } from './engines/firefox'

const test = base.extend<{ firefox: Firefox }>({ firefox: browserPerTest(launchFirefox) })

/** The first screen, with autofill left on: Firefox keeps a conditional request waiting there. */
const START = '/login?lang=en'

/** J1: Ana's password, her first passkey, the code, the dashboard. */
async function signUpWithPasskey(firefox: Firefox) {
  await firefox.goto(START)
  await fill(firefox, 'Email or username', 'ana@example.com')
  await press(firefox, 'Continue')
  await fill(firefox, 'Password', 'demo-password', 'password')
  await press(firefox, 'Sign in')
  await press(firefox, 'Create passkey')
  await find(firefox, 'heading', 'Passkey created')
  await press(firefox, 'Continue')
  await enterCode(firefox)
  await expectPasskeys(firefox, 1)
}

async function codesSent(firefox: Firefox): Promise<number> {
  return firefox.evaluate<number>(
    `fetch('/api/dev/inbox').then((r) => r.json()).then((b) => b.messages.length)`,
  )
}

test('J1: a passkey after the password, while autofill waits on the first screen', async ({
  firefox,
}) => {
  await firefox.goto(START)
  // Firefox offers passkeys in autofill: the first screen starts a conditional request, which
  // must be aborted before the offer's create(), or create() would wait behind it.
  expect(
    await firefox.evaluate<boolean>('PublicKeyCredential.isConditionalMediationAvailable()'),
  ).toBe(true)

  await signUpWithPasskey(firefox)

  expect(await firefox.credentialCount()).toBe(1)
})

test('J4 and J5: the passkey signs in from the account screen and from the first screen, with no code', async ({
  firefox,
}) => {
  await signUpWithPasskey(firefox)
  const codes = await codesSent(firefox)

  // J4: the device remembers Ana; her account screen asks for the passkey.
  await press(firefox, 'Sign out')
  await press(firefox, 'Continue as ana@example.com')
  await find(firefox, 'heading', 'Sign in with your passkey')
  await press(firefox, 'Sign in with a passkey')
  await expectPasskeys(firefox, 1)

  // J5: the first screen's button, no identifier typed.
  await press(firefox, 'Sign out')
  await press(firefox, 'Use another account')
  await find(firefox, 'textbox', 'Email or username')
  await press(firefox, 'Sign in with a passkey')
  await expectPasskeys(firefox, 1)

  expect(await codesSent(firefox)).toBe(codes)
})

test('J6: this device already has one; a second authenticator adds a second passkey', async ({
  firefox,
}) => {
  await signUpWithPasskey(firefox)

  await press(firefox, 'Add a passkey')
  await press(firefox, 'Create passkey')
  await waitForText(firefox, 'This device already has a passkey for your account.')
  await press(firefox, 'Continue')
  await expectPasskeys(firefox, 1)

  await firefox.switchAuthenticator()
  await press(firefox, 'Add a passkey')
  await press(firefox, 'Create passkey')
  await find(firefox, 'heading', 'Passkey created')
  await press(firefox, 'Continue')
  await expectPasskeys(firefox, 2)
  expect(await firefox.credentialCount()).toBe(1)
})

test('J9: a deleted passkey no longer signs in, and the screen says why', async ({ firefox }) => {
  await signUpWithPasskey(firefox)

  await press(firefox, 'Delete')
  await press(firefox, 'Delete passkey')
  await expectPasskeys(firefox, 0)
  await press(firefox, 'Sign out')
  await press(firefox, 'Use another account')
  // The authenticator still holds it; the backend no longer knows it.
  await press(firefox, 'Sign in with a passkey')

  expect(await alertText(firefox)).toContain('That passkey is no longer registered')
  expect(await isAbsent(firefox, 'heading', /Dashboard/)).toBe(true)
})

test('a failed user verification says so, and the password is still the way in', async ({
  firefox,
}) => {
  await signUpWithPasskey(firefox)
  await press(firefox, 'Sign out')
  await firefox.setUserVerified(false)

  await press(firefox, 'Continue as ana@example.com')
  await press(firefox, 'Sign in with a passkey')

  // The browser reports a failed check as it reports a cancel (NotAllowedError, by design: a
  // page may not learn why), and the screen says so in the words for a cancel.
  expect(await alertText(firefox)).toBe(
    'Signing in with your passkey was cancelled. You can try again.',
  )
  await press(firefox, 'Use password instead')
  await fill(firefox, 'Password', 'demo-password', 'password')
  await press(firefox, 'Sign in')
  await press(firefox, 'Skip for now')
  await enterCode(firefox)
  await expectPasskeys(firefox, 1)
})

test('a reload in the middle of the code step comes back to the code', async ({ firefox }) => {
  await firefox.goto(START)
  await fill(firefox, 'Email or username', 'ana@example.com')
  await press(firefox, 'Continue')
  await fill(firefox, 'Password', 'demo-password', 'password')
  await press(firefox, 'Sign in')
  await press(firefox, 'Skip for now')
  // Once the code is on its way to her inbox (a reload while it is being sent is another case).
  await codeSent(firefox)

  await firefox.reload()

  // The same step, resumed: the code sent before the reload still lets her in.
  await enterCode(firefox)
  await expectPasskeys(firefox, 0)
})
