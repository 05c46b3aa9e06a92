/**
 * What the journey stories share: a fresh device and fresh demo data for every story, the
 * failure switch (an MSW override that breaks one call once, or a prompt the user cancels), and
 * the steps a person takes, written with Testing Library so each shows in the Interactions panel.
 *
 * It runs the same in Storybook (the MSW worker in the page) and in `npm test` (composeStories in
 * jsdom, MSW's Node server): everything goes through `context.msw` and same-origin fetch.
 */
import type { StoryContext } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { say } from '../../../.storybook/words'
import { isBackendFailure, type Failure } from './failures'
import {
  createApiClient,
  type EndpointName,
  type FunnelEvent,
  LAST_ACCOUNT_KEY,
  type Platform,
  type Session,
} from 'passkey-login'
import {
  DEMO_PASSWORD,
  devApiClient,
  failOnce,
  installFakeWebAuthn,
  SoftAuthenticator,
} from 'passkey-login/msw'

/** What every journey story takes. */
export interface JourneyArgs {
  /** Where the app starts (a memory router: the story's URL stays Storybook's). */
  initialPath: string
  /** The device's platform; the platform toolbar sets it. */
  platform: Platform
  failure: Failure
  /** The funnel, shown in the Actions panel as the journey goes. */
  onEvent?: (event: FunnelEvent) => void
}

/** Where a story's backend failure strikes, and what is true before it starts. */
export interface JourneyParameters {
  failAt: EndpointName
  /** Which device's first prompt the user cancels (default: this one's). */
  cancelOn?: 'firstDevice' | 'secondDevice'
  /** `signedIn`: a passkey here, and Ana signed in (`signedInSession()`), for a host's page. */
  given?: 'passkeyHere' | 'rememberedAccount' | 'signedIn'
}

// ---------------------------------------------------------------------------------------------
// The device: a software authenticator behind navigator.credentials

interface Device {
  authenticator: SoftAuthenticator
  uninstall: () => void
  cancelNextPrompt: () => void
}

let device: Device | undefined
/** A cancel the switch asked for that waits for the second device. */
let cancelWaiting = false

function currentDevice(): Device {
  if (!device) throw new Error('startJourney installs the device before the story runs')
  return device
}

/** A new device (its own passkeys) takes over navigator.credentials. */
export function switchToNewDevice(): void {
  device?.uninstall()
  const authenticator = new SoftAuthenticator(window.location.origin)
  const fake = installFakeWebAuthn(authenticator)
  device = {
    authenticator,
    uninstall: () => {
      fake.uninstall()
    },
    cancelNextPrompt: () => {
      fake.nextPrompt('NotAllowedError')
    },
  }
  if (cancelWaiting) {
    cancelWaiting = false
    device.cancelNextPrompt()
  }
}

// ---------------------------------------------------------------------------------------------
// Before each story

const api = createApiClient()
const IDENTIFIER = 'ana@example.com'

/** The demo inbox's newest code ('' when it is empty). */
export async function latestCode(): Promise<string> {
  const { messages } = await devApiClient.call('devInbox', {})
  return messages.at(-1)?.code ?? ''
}

/** How many codes have been sent so far. */
export async function codesSent(): Promise<number> {
  return (await devApiClient.call('devInbox', {})).messages.length
}

/** Ana signs in once with password and code, and makes a passkey on the current device. */
async function givePasskeyHere(): Promise<Session> {
  const pending = await api.call('password', {
    body: { identifier: IDENTIFIER, password: DEMO_PASSWORD },
  })
  await api.call('otpSend', { token: pending.token, body: { channel: 'email' } })
  const session = await api.call('otpVerify', {
    token: pending.token,
    body: { code: await latestCode() },
  })
  const { options } = await api.call('registrationOptions', { token: session.token })
  const response = await currentDevice().authenticator.register(options)
  await api.call('registrationVerify', { token: session.token, body: { response } })
  return session
}

/** Ana's session, for a story that starts signed in (`given: 'signedIn'`). */
let session: Session | undefined

export function signedInSession(): Session {
  if (!session) throw new Error("the story's given is not 'signedIn'")
  return session
}

/** A step-up renewed the session: a replay of the story starts from the new one. */
export function keepSession(renewed: Session): void {
  session = renewed
}

/** Every key the app keeps in web storage starts so (session, last account, unfinished flow). */
const APP_STORAGE_PREFIX = 'passkey-login:'

/** Set up and not yet cleaned up. */
let started = false

/** The app's own keys in web storage (Storybook's manager shares the origin: leave its keys). */
function clearAppStorage() {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) {
      if (key.startsWith(APP_STORAGE_PREFIX)) storage.removeItem(key)
    }
  }
}

/**
 * The story's `beforeEach`: the app's storage cleared, demo data back to the seed, a new device,
 * the story's "given", then the failure switch. Returns the cleanup Storybook calls afterwards.
 *
 * A toolbar change re-renders a story and runs `beforeEach` again without cleaning up first (a
 * change of args remounts it, as the plays call `mount`); resetting the backend then would pull
 * the ground from under the journey on screen, so a second call does nothing.
 */
export async function startJourney(
  context: StoryContext<JourneyArgs>,
): Promise<(() => void) | undefined> {
  if (started) return undefined
  started = true
  clearAppStorage()
  cancelWaiting = false
  await devApiClient.call('devReset', {})
  switchToNewDevice()

  const {
    failAt,
    given,
    cancelOn = 'firstDevice',
  } = context.parameters.journey as JourneyParameters
  if (given === 'passkeyHere') await givePasskeyHere()
  if (given === 'signedIn') session = await givePasskeyHere()
  if (given === 'rememberedAccount') localStorage.setItem(LAST_ACCOUNT_KEY, IDENTIFIER)

  const { failure } = context.args
  if (isBackendFailure(failure)) context.msw.use(failOnce(failAt, failure))
  if (failure === 'promptCancelled') {
    if (cancelOn === 'firstDevice') currentDevice().cancelNextPrompt()
    else cancelWaiting = true
  }
  return () => {
    device?.uninstall()
    device = undefined
    session = undefined
    started = false
  }
}

// ---------------------------------------------------------------------------------------------
// What the person does

export type Canvas = StoryContext['canvas']

/** A button's English words (`say`, in the story's language), or a pattern as it is. */
type ButtonName = string | RegExp

const inStoryLanguage = (name: ButtonName) => (typeof name === 'string' ? say(name) : name)

/** Waits for a button that can act: buttons read aria-disabled while their work is under way. */
async function waitForUsable(canvas: Canvas, englishName: ButtonName): Promise<void> {
  const name = inStoryLanguage(englishName)
  await waitFor(
    async () => {
      const button = await canvas.findByRole('button', { name })
      await expect(button).not.toHaveAttribute('aria-disabled', 'true')
    },
    { timeout: 5000 },
  )
}

/** Clicks a button once it can act. */
export async function press(canvas: Canvas, name: ButtonName): Promise<void> {
  await waitForUsable(canvas, name)
  await userEvent.click(canvas.getByRole('button', { name: inStoryLanguage(name) }))
}

export async function enterIdentifier(canvas: Canvas, identifier: string): Promise<void> {
  await userEvent.type(
    await canvas.findByRole('textbox', { name: say('Email or username') }),
    identifier,
  )
  await press(canvas, 'Continue')
}

export async function enterPassword(canvas: Canvas, password = DEMO_PASSWORD): Promise<void> {
  const field = await canvas.findByLabelText(say('Password'), { selector: 'input' })
  await userEvent.clear(field)
  await userEvent.type(field, password)
  await press(canvas, 'Sign in')
}

/** Waits for the code the backend sent, as a person would read it, and types it. */
export async function enterCode(canvas: Canvas, code?: string): Promise<void> {
  const field = await canvas.findByRole('textbox', { name: say('Verification code') })
  await waitForUsable(canvas, 'Verify') // a code typed while it is still being sent is ignored
  const typed = code ?? (await sentCode())
  await userEvent.clear(field)
  await userEvent.type(field, typed)
}

/** The newest code, once one has arrived in the demo inbox. */
function sentCode(): Promise<string> {
  return waitFor(async () => {
    const latest = await latestCode()
    if (!latest) throw new Error('no code yet')
    return latest
  })
}

/** A six-digit code that is not the one sent (once it has been sent). */
export async function wrongCode(): Promise<string> {
  return (await sentCode()) === '000000' ? '111111' : '000000'
}

/** Shown to the user: present, and visible once its screen has faded in (150 ms). */
export async function expectShown(element: HTMLElement): Promise<void> {
  await waitFor(async () => {
    await expect(element).toBeVisible()
  })
}

/** The dashboard, once it is there (and lists `passkeys` of them, when given). */
export async function expectDashboard(
  canvas: Canvas,
  { passkeys }: { passkeys?: number } = {},
): Promise<void> {
  await expectShown(
    await canvas.findByRole('heading', { name: say('Dashboard') }, { timeout: 5000 }),
  )
  if (passkeys !== undefined) await expectPasskeys(canvas, passkeys)
}

/** The passkeys the dashboard lists, once it lists `count` of them. */
export async function expectPasskeys(canvas: Canvas, count: number): Promise<void> {
  const region = await canvas.findByRole('region', { name: say('Passkeys') }, { timeout: 5000 })
  await waitFor(async () => {
    await expect(within(region).getAllByRole('listitem')).toHaveLength(count)
  })
}

/** A failure interrupts: an alert with words in it. */
export async function expectAlert(canvas: Canvas, text: string | RegExp = /\w/): Promise<void> {
  await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(text)
}
