import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ComponentProps } from 'react'
import { say, storyCopy } from '../../../.storybook/words'
import { expect, fn, within } from 'storybook/test'
import { stepsCopy } from '../../copy/steps'
import { CodeEntryContent } from '../code-entry/code-entry-screen'
import { StepUpChoice, StepUpDialog } from './step-up-dialog'

/**
 * "Confirm it's you": the step-up dialog, state by state and platform by platform. Its words
 * follow the device ("Confirm with Windows Hello"); the code is the way when the passkey is not.
 * `Flows/Journeys` has it running against the fake backend, in a host's "Change email".
 */
const meta = {
  title: 'Screens/Confirm it’s you',
  component: StepUpChoice,
  render: (args) => (
    <StepUpDialog heading={storyCopy().steps.stepUp.heading} onCancel={args.onCancel}>
      <StepUpChoice {...args} />
    </StepUpDialog>
  ),
  args: {
    phase: 'ready',
    biometric: 'touchId',
    canPasskey: true,
    canUseCode: true,
    onPasskey: fn(),
    onUseCode: fn(),
    onRetry: fn(),
    onCancel: fn(),
  },
  argTypes: {
    biometric: {
      control: 'select',
      options: ['touchId', 'windowsHello', 'faceIdOrTouchId', 'androidScreenLock', 'screenLock'],
    },
  },
} satisfies Meta<typeof StepUpChoice>

export default meta
type Story = StoryObj<typeof meta>

const prompt = stepsCopy.stepUp.ceremony

export const MacTouchId: Story = {
  play: async ({ canvasElement }) => {
    const dialog = within(canvasElement).getByRole('dialog', { name: say('Confirm it’s you') })
    await expect(
      within(dialog).getByRole('heading', { name: say('Confirm it’s you') }),
    ).toHaveFocus()
    await expect(
      within(dialog).getByRole('button', {
        name: storyCopy().steps.stepUp.passkey({
          platformName: storyCopy().login.platform.touchId.name,
        }),
      }),
    ).toBeInTheDocument()
  },
}

export const WindowsHello: Story = { args: { biometric: 'windowsHello' } }

export const IPhoneFaceId: Story = { args: { biometric: 'faceIdOrTouchId' } }

export const AndroidScreenLock: Story = { args: { biometric: 'androidScreenLock' } }

export const OtherScreenLock: Story = { args: { biometric: 'screenLock' } }

export const Loading: Story = { args: { phase: 'loading' } }

export const PromptingMac: Story = { args: { phase: 'prompting' } }

export const PromptingWindows: Story = { args: { phase: 'prompting', biometric: 'windowsHello' } }

export const PromptingAndroid: Story = {
  args: { phase: 'prompting', biometric: 'androidScreenLock' },
}

export const Verifying: Story = { args: { phase: 'verifying' } }

/** The person closed the OS prompt: information, and the same buttons to try again or use a code. */
export const PromptCancelled: Story = { args: { error: prompt.cancelled, errorTone: 'info' } }

export const PromptTimedOut: Story = { args: { error: prompt.timedOut, errorTone: 'info' } }

export const PromptBlocked: Story = { args: { error: prompt.security, errorTone: 'error' } }

/** The backend refused or could not be reached: an alert and "Try again". */
export const Failed: Story = {
  args: {
    phase: 'failed',
    error: 'We could not reach the server. Check your connection and try again.',
  },
}

/** No passkey of the account on this device: the code is the way (the dialog opens on it). */
export const CodeOnly: Story = { args: { canPasskey: false } }

/** An account with nowhere to send a code: the passkey or nothing. */
export const PasskeyOnly: Story = { args: { canUseCode: false } }

const codeArgs = {
  purpose: 'stepUp',
  phase: 'entering',
  destination: 'a•••@example.com',
  codeLength: 6,
  resendIn: 30,
  attemptsLeft: null,
  fieldError: null,
  canChangeChannel: false,
  onSubmit: fn(),
  onResend: fn(),
  onRetry: fn(),
  onChangeChannel: fn(),
  onBack: fn(),
} satisfies ComponentProps<typeof CodeEntryContent>

/** The code, inside the dialog ("Send me a code instead", or an account without a passkey). */
export const EnterCode: Story = {
  render: () => (
    <StepUpDialog heading={storyCopy().steps.stepUp.codeHeading} onCancel={fn()}>
      <CodeEntryContent {...codeArgs} />
    </StepUpDialog>
  ),
}

export const WrongCode: Story = {
  render: () => (
    <StepUpDialog heading={storyCopy().steps.stepUp.codeHeading} onCancel={fn()}>
      <CodeEntryContent {...codeArgs} attemptsLeft={4} resendIn={0} />
    </StepUpDialog>
  ),
}
