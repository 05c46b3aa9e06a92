/**
 * The journeys, run for real: the whole app (router, login machine, screens, dashboard) against
 * the fake backend (MSW), with a software authenticator answering the OS passkey prompt. Each
 * story's `play` walks its journey step by step: watch it in the Interactions panel.
 *
 * The "failure" control is the switch for J10: it breaks the story's call once (an MSW override)
 * or has the user cancel the prompt or mistype, and the play then takes the way forward the
 * screen offers. The platform toolbar changes the device, and with it the words.
 *
 * Plays call `mount`, so a change of args (the failure switch) replays the journey from the start.
 * They query through `within(canvasElement)`, not the context's `canvas`: portable stories
 * (`npm test`, jsdom) do not bind that one to Testing Library.
 */
import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { say, storyCopy } from '../../../.storybook/words'
import { App } from '../../app/app'
import { ChangeEmailExample } from '../host/change-email-example'
import { biometricByPlatform, matchLocale, type DeviceProfile, type Platform } from 'passkey-login'
import {
  codesSent,
  enterCode,
  enterIdentifier,
  enterPassword,
  expectAlert,
  expectDashboard,
  expectPasskeys,
  expectShown,
  keepSession,
  press,
  signedInSession,
  startJourney,
  switchToNewDevice,
  wrongCode,
  type Canvas,
  type JourneyArgs,
  type JourneyParameters,
} from './journey-kit'
import {
  failureLabels,
  failuresOf,
  isBackendFailure,
  type Failure,
  type JourneyName,
} from './failures'

/** A device of this platform that can do everything passkeys need. */
const deviceOn = (platform: Platform): DeviceProfile => ({
  platform,
  biometric: biometricByPlatform[platform],
  canPasskey: true,
  canCreate: true,
  // Autofill would wait for a pick nobody makes; the journeys use the explicit buttons.
  canConditional: false,
  canConditionalCreate: false,
  canHybrid: true,
})

/** The failure switch's control for one journey. */
function failureSwitch(journey: JourneyName) {
  return {
    failure: {
      control: { type: 'select' as const, labels: failureLabels },
      options: failuresOf(journey),
      description: 'What goes wrong once on the way (J10)',
    },
  }
}

const journey = (parameters: JourneyParameters) => ({ journey: parameters })

const meta = {
  title: 'Flows/Journeys',
  // The language toolbar picks the app's locale; the plays say their words in it (`say`).
  render: ({ initialPath, platform, onEvent }, { globals }) => (
    <App
      initialPath={initialPath}
      detectDevice={() => Promise.resolve(deviceOn(platform))}
      onEvent={onEvent}
      locale={matchLocale([String(globals.locale ?? 'en')])}
    />
  ),
  args: {
    initialPath: '/login?conditionalUI=off',
    platform: 'macos',
    failure: 'none',
    // The funnel events, in the Actions panel.
    onEvent: fn(),
  },
  argTypes: {
    initialPath: { control: false },
    platform: { control: false },
  },
  parameters: { layout: 'fullscreen' },
  beforeEach: startJourney,
} satisfies Meta<JourneyArgs>

export default meta
type Story = StoryObj<typeof meta>

type Step = (label: string, run: () => Promise<void>) => Promise<void> | void

/**
 * A journey's play: mounts the app (so a change of args replays the story), then walks it.
 * Plays call `mount` by destructuring it: that is how Storybook knows to replay them.
 */
function walk(journeyWalk: (canvas: Canvas, step: Step, args: JourneyArgs) => Promise<void>) {
  return async ({ mount, canvasElement, step, args }: StoryContext<JourneyArgs>) => {
    await mount()
    await journeyWalk(within(canvasElement), step, args)
  }
}

/** `text` as a pattern that `press` matches as it is (it says a plain string in the story's language). */
function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
}

/** The returning user's button, in the story's language. */
const continueAs = (identifier: string) =>
  exactly(storyCopy().login.returning.continueAs({ identifier }))

/** The step-up's passkey button, with the platform's name for it. */
function confirmWith(platform: Platform): RegExp {
  const { login, steps } = storyCopy()
  const platformName = login.platform[biometricByPlatform[platform]].name
  return exactly(steps.stepUp.passkey({ platformName }))
}

/** The host's own button: the demo host speaks English in every locale. */
const HOST_CHANGE_EMAIL = /^Change email$/

/** The note a cancelled prompt leaves: signing in, creating a passkey, or confirming it's you. */
function cancelledNotes(): string[] {
  const { login, steps } = storyCopy()
  return [login.ceremony.cancelled, steps.ceremonyCreate.cancelled, steps.stepUp.ceremony.cancelled]
}

type Recover = () => Promise<void>

/**
 * When the switch is on, checks what the user is shown (an alert, or the "cancelled" note) and
 * takes the way forward, as its own step. `recover` is one way for every failure, or one each.
 */
async function wayForward(
  step: Step,
  canvas: Canvas,
  failure: Failure,
  recover: Recover | Partial<Record<'backend' | 'promptCancelled', Recover>>,
) {
  const ways =
    typeof recover === 'function' ? { backend: recover, promptCancelled: recover } : recover
  const backend = isBackendFailure(failure) ? ways.backend : undefined
  if (backend) {
    await step(`J10: ${failureLabels[failure]}: an alert, then its way forward`, async () => {
      await expectAlert(canvas)
      await backend()
    })
  }
  const cancelled = failure === 'promptCancelled' ? ways.promptCancelled : undefined
  if (cancelled) {
    await step('J10: the prompt was cancelled: the screen says so, then try again', async () => {
      await expectShown(await canvas.findByText((text) => cancelledNotes().includes(text)))
      await cancelled()
    })
  }
}

/** J1: password → create a passkey → code by email → dashboard. */
export const J1CreatePasskey: Story = {
  name: 'J1: create a passkey after the password',
  argTypes: failureSwitch('J1CreatePasskey'),
  parameters: journey({ failAt: 'registrationVerify' }),
  play: walk(async (canvas, step, args) => {
    await step('Ana enters her email and password', async () => {
      await enterIdentifier(canvas, 'ana@example.com')
      await enterPassword(canvas)
    })
    await step('the offer: create a passkey', async () => {
      await press(canvas, 'Create passkey')
      await wayForward(step, canvas, args.failure, {
        backend: async () => {
          await press(canvas, 'Try again')
          await press(canvas, 'Create passkey')
        },
        promptCancelled: () => press(canvas, 'Create passkey'),
      })
      await canvas.findByRole('heading', { name: say('Passkey created') })
      await press(canvas, 'Continue')
    })
    await step('the code from the demo inbox', () => enterCode(canvas))
    await step('the dashboard lists the new passkey', async () => {
      await expectDashboard(canvas, { passkeys: 1 })
    })
    await step('the funnel told the host (Actions panel)', async () => {
      await expect(args.onEvent).toHaveBeenCalledWith({ type: 'offer.created' })
      await expect(args.onEvent).toHaveBeenLastCalledWith({
        type: 'authenticated',
        method: 'password',
      })
    })
  }),
}

/** J2: password → "Skip for now" → code → dashboard. */
export const J2Skip: Story = {
  name: 'J2: skip the offer',
  argTypes: failureSwitch('J2Skip'),
  parameters: journey({ failAt: 'otpSend' }),
  play: walk(async (canvas, step, args) => {
    await step('Ana enters her email and password', async () => {
      await enterIdentifier(canvas, 'ana@example.com')
      await enterPassword(canvas)
    })
    await step('she skips the offer', () => press(canvas, 'Skip for now'))
    await wayForward(step, canvas, args.failure, () => press(canvas, 'Try again'))
    await step('the code from the demo inbox', () => enterCode(canvas))
    await step('the dashboard, with no passkey yet', async () => {
      await expectDashboard(canvas)
      await expectShown(
        await canvas.findByText(say('No passkeys yet. Add one to sign in without a password.')),
      )
    })
  }),
}

/** J3: an account with MFA: the code (by the channel Max picks) comes before the offer. */
export const J3Mfa: Story = {
  name: 'J3: MFA, the code comes before the offer',
  argTypes: failureSwitch('J3Mfa'),
  parameters: journey({ failAt: 'otpVerify' }),
  play: walk(async (canvas, step, args) => {
    await step('Max enters his email and password', async () => {
      await enterIdentifier(canvas, 'max@example.com')
      await enterPassword(canvas)
    })
    await step('he picks SMS', async () => {
      await userEvent.click(
        await canvas.findByRole('radio', { name: (name) => name.includes(say('SMS')) }),
      )
      await press(canvas, 'Send code')
    })
    if (args.failure === 'wrongCode') {
      await step('J10: a wrong code says how many tries are left', async () => {
        await enterCode(canvas, await wrongCode())
        await expectAlert(canvas, storyCopy().login.rejected.code_invalid({ attemptsLeft: 4 }))
      })
    }
    await step('the code from the demo inbox', () => enterCode(canvas))
    await wayForward(step, canvas, args.failure, () => press(canvas, 'Verify'))
    await step('then the offer: create a passkey', async () => {
      await press(canvas, 'Create passkey')
      await press(canvas, 'Continue')
    })
    await step('the dashboard lists the passkey', async () => {
      await expectDashboard(canvas, { passkeys: 1 })
    })
  }),
}

/** J4: an account with a passkey on this device: two steps, no password, no code. */
export const J4PasskeySignIn: Story = {
  name: 'J4: sign in with a passkey (two steps)',
  argTypes: failureSwitch('J4PasskeySignIn'),
  parameters: journey({ failAt: 'passkeyVerify', given: 'passkeyHere' }),
  play: walk(async (canvas, step, args) => {
    const codesBefore = await codesSent()
    await step('Ana enters her email; her account has a passkey', () =>
      enterIdentifier(canvas, 'ana@example.com'),
    )
    await step('the password stays one click away', async () => {
      await expectShown(await canvas.findByRole('button', { name: say('Use password instead') }))
    })
    await step('she signs in with her passkey', () => press(canvas, 'Sign in with a passkey'))
    await wayForward(step, canvas, args.failure, () => press(canvas, 'Sign in with a passkey'))
    await step('the dashboard, and no code was sent', async () => {
      await expectDashboard(canvas)
      await expect(await codesSent()).toBe(codesBefore)
    })
  }),
}

/** J4b: the passkey is on Ana's phone: sign in with it, then add one to this device. */
export const J4bPhone: Story = {
  name: 'J4b: passkey on a phone, then one for this device',
  argTypes: failureSwitch('J4bPhone'),
  parameters: journey({ failAt: 'passkeyVerify', given: 'passkeyHere' }),
  play: walk(async (canvas, step, args) => {
    await step('Ana enters her email', () => enterIdentifier(canvas, 'ana@example.com'))
    await step('she uses her phone (the browser would show a QR code)', () =>
      press(canvas, 'Use a phone or tablet'),
    )
    await wayForward(step, canvas, args.failure, () => press(canvas, 'Use a phone or tablet'))
    await step('signed in: add a passkey to this device', async () => {
      await canvas.findByRole('heading', { name: say('Add a passkey to this device') })
      // From here this computer's own authenticator answers, not the phone's.
      switchToNewDevice()
      await press(canvas, 'Create passkey')
      await press(canvas, 'Continue')
    })
    await step('the dashboard lists both passkeys', async () => {
      await expectDashboard(canvas, { passkeys: 2 })
    })
  }),
}

/** J5: one step from the first screen: no identifier typed, the passkey says who it is. */
export const J5OneStep: Story = {
  name: 'J5: sign in with a passkey (one step)',
  argTypes: failureSwitch('J5OneStep'),
  parameters: journey({ failAt: 'passkeyVerify', given: 'passkeyHere' }),
  play: walk(async (canvas, step, args) => {
    await step('Ana presses "Sign in with a passkey" on the first screen', async () => {
      await canvas.findByRole('textbox', { name: say('Email or username') })
      await press(canvas, 'Sign in with a passkey')
    })
    await wayForward(step, canvas, args.failure, () => press(canvas, 'Sign in with a passkey'))
    await step('the dashboard', () => expectDashboard(canvas))
  }),
}

/** J6: a passkey per device; the same device twice reads "already has one", not an error. */
export const J6SeveralPasskeys: Story = {
  name: 'J6: a passkey on each device',
  argTypes: failureSwitch('J6SeveralPasskeys'),
  parameters: journey({
    failAt: 'registrationVerify',
    cancelOn: 'secondDevice',
    given: 'passkeyHere',
  }),
  play: walk(async (canvas, step, args) => {
    await step('Ana signs in with her passkey', async () => {
      await press(canvas, 'Sign in with a passkey')
      await expectPasskeys(canvas, 1)
    })
    await step('adding one again on the same device: it already has one', async () => {
      await press(canvas, 'Add a passkey')
      await press(canvas, 'Create passkey')
      await expectShown(
        await canvas.findByText(say('This device already has a passkey for your account.')),
      )
      await press(canvas, 'Continue')
      await expectPasskeys(canvas, 1)
    })
    await step('on her second device, a second passkey', async () => {
      switchToNewDevice()
      await press(canvas, 'Add a passkey')
      await press(canvas, 'Create passkey')
    })
    await wayForward(step, canvas, args.failure, {
      backend: async () => {
        await press(canvas, 'Try again')
        await press(canvas, 'Create passkey')
      },
      promptCancelled: () => press(canvas, 'Create passkey'),
    })
    await step('the dashboard lists both', async () => {
      await press(canvas, 'Continue')
      await expectPasskeys(canvas, 2)
    })
  }),
}

/** J7: policy "required": no skip; the passkey comes first, then the code. */
export const J7Required: Story = {
  name: 'J7: rolling migration (passkey required)',
  args: { initialPath: '/login?conditionalUI=off&append=required' },
  argTypes: failureSwitch('J7Required'),
  parameters: journey({ failAt: 'registrationOptions' }),
  play: walk(async (canvas, step, args) => {
    await step('Lea enters her email and password', async () => {
      await enterIdentifier(canvas, 'lea@example.com')
      await enterPassword(canvas)
    })
    await wayForward(step, canvas, args.failure, () => press(canvas, 'Try again'))
    await step('no way past without a passkey', async () => {
      await canvas.findByRole('button', { name: say('Create passkey') })
      await expect(canvas.queryByRole('button', { name: say('Skip for now') })).toBeNull()
      await press(canvas, 'Create passkey')
      await press(canvas, 'Continue')
    })
    await step('the code by SMS', () => enterCode(canvas))
    await step('the dashboard lists the passkey', async () => {
      await expectDashboard(canvas, { passkeys: 1 })
    })
  }),
}

/** J8: the device remembers the last account (never a secret): one click to continue. */
export const J8ReturningUser: Story = {
  name: 'J8: returning user',
  argTypes: failureSwitch('J8ReturningUser'),
  parameters: journey({ failAt: 'password', given: 'rememberedAccount' }),
  play: walk(async (canvas, step, args) => {
    await step('welcome back: continue as Ana, or use another account', async () => {
      await expectShown(await canvas.findByRole('button', { name: say('Use another account') }))
      await press(canvas, continueAs('ana@example.com'))
    })
    if (args.failure === 'wrongPassword') {
      await step('J10: a wrong password says so and keeps her here', async () => {
        await enterPassword(canvas, 'not-my-password')
        await expectAlert(canvas, say('That password is not right. Check it and try again.'))
      })
    }
    await step('her password', () => enterPassword(canvas))
    // The password is still in its field: signing in again is the way forward.
    await wayForward(step, canvas, args.failure, () => press(canvas, 'Sign in'))
    await step('she skips the offer and enters the code', async () => {
      await press(canvas, 'Skip for now')
      await enterCode(canvas)
    })
    await step('the dashboard', () => expectDashboard(canvas))
  }),
}

/** J9: the dashboard: rename, delete with confirmation, add another, sign out. */
export const J9ManagePasskeys: Story = {
  name: 'J9: manage passkeys',
  argTypes: failureSwitch('J9ManagePasskeys'),
  parameters: journey({ failAt: 'passkeyRename', given: 'passkeyHere' }),
  play: walk(async (canvas, step, args) => {
    await step('Ana signs in with her passkey', async () => {
      await press(canvas, 'Sign in with a passkey')
      await expectPasskeys(canvas, 1)
    })
    await step('she renames it', async () => {
      await press(canvas, 'Rename')
      const field = await canvas.findByRole('textbox', { name: say('Passkey name') })
      await userEvent.clear(field)
      await userEvent.type(field, 'Work laptop')
      await press(canvas, 'Save')
    })
    await wayForward(step, canvas, args.failure, () => press(canvas, 'Save'))
    await step('the new name shows', async () => {
      await expectShown(await canvas.findByRole('heading', { name: 'Work laptop' }))
    })
    await step('she adds a passkey on another device', async () => {
      switchToNewDevice()
      await press(canvas, 'Add a passkey')
      await press(canvas, 'Create passkey')
      await press(canvas, 'Continue')
      await expectPasskeys(canvas, 2)
    })
    await step('she deletes the old one, after confirming', async () => {
      const old = await canvas.findByRole('heading', { name: 'Work laptop' })
      const item = old.closest('li')
      if (!item) throw new Error('the passkey is not in a list item')
      await press(within(item), 'Delete')
      const dialog = await canvas.findByRole('dialog', { name: say('Delete this passkey?') })
      await press(within(dialog), 'Delete passkey')
      await expectPasskeys(canvas, 1)
    })
    await step('she signs out, and the device remembers her', async () => {
      await press(canvas, 'Sign out')
      await expectShown(await canvas.findByRole('button', { name: continueAs('ana@example.com') }))
    })
  }),
}

/**
 * A host's own sensitive action: its "Change email" asks "Confirm it's you" first (`useStepUp`),
 * and goes ahead with the fresh session. The switch breaks the confirmation or cancels its prompt.
 */
export const StepUpChangeEmail: Story = {
  name: 'Step-up: a host confirms before changing the email',
  argTypes: failureSwitch('StepUpChangeEmail'),
  parameters: journey({ failAt: 'stepUpVerify', given: 'signedIn' }),
  render: ({ platform, onEvent }) => (
    <ChangeEmailExample
      session={signedInSession()}
      device={deviceOn(platform)}
      onSessionRenewed={keepSession}
      onEvent={onEvent}
    />
  ),
  play: walk(async (canvas, step, args) => {
    await step('Ana asks to change her email', async () => {
      await userEvent.type(
        await canvas.findByRole('textbox', { name: 'New email' }),
        'ana.new@example.com',
      )
      await press(canvas, HOST_CHANGE_EMAIL)
    })
    await step('"Confirm it’s you": she confirms with her passkey', async () => {
      await expectShown(await canvas.findByRole('dialog'))
      await press(canvas, confirmWith(args.platform))
    })
    await wayForward(step, canvas, args.failure, {
      backend: async () => {
        await press(canvas, 'Try again')
        await press(canvas, confirmWith(args.platform))
      },
      promptCancelled: () => press(canvas, confirmWith(args.platform)),
    })
    await step('the change goes ahead, and focus is back on the button', async () => {
      await expectShown(await canvas.findByText('Your email is now ana.new@example.com.'))
      await expect(canvas.queryByRole('dialog')).toBeNull()
      await expect(canvas.getByRole('button', { name: HOST_CHANGE_EMAIL })).toHaveFocus()
    })
  }),
}
