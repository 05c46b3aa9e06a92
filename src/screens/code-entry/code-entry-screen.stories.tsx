import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { CodeEntryScreen } from './code-entry-screen'

const meta = {
  title: 'Screens/Code entry',
  component: CodeEntryScreen,
  args: {
    phase: 'entering',
    destination: 'a•••@example.com',
    codeLength: 6,
    resendIn: 24,
    attemptsLeft: null,
    fieldError: null,
    canChangeChannel: false,
    onSubmit: fn(),
    onResend: fn(),
    onRetry: fn(),
    onChangeChannel: fn(),
    onBack: fn(),
  },
} satisfies Meta<typeof CodeEntryScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

/** Policy "required" on a browser that cannot create a passkey: the code now, the passkey later. */
export const PasskeyLater: Story = {
  args: {
    notice:
      'Your account needs a passkey, but this browser cannot create one. Use the code for now: you will be asked again when you sign in on a device that can.',
  },
}

export const ResendAvailable: Story = { args: { resendIn: 0, canChangeChannel: true } }

export const Sending: Story = { args: { phase: 'sending' } }

export const Verifying: Story = { args: { phase: 'verifying' } }

export const WrongCode: Story = { args: { attemptsLeft: 3, resendIn: 0 } }

export const FormatError: Story = { args: { fieldError: 'format' } }

export const Expired: Story = { args: { phase: 'expired', resendIn: 0 } }

export const TooManyAttempts: Story = { args: { phase: 'tooManyAttempts', resendIn: 0 } }

/** The account's code budget is spent: says when codes work again, and offers to start again. */
export const Blocked: Story = {
  args: {
    phase: 'blocked',
    resendIn: 0,
    error: 'Too many codes were asked for or tried on this account. Try again in 42 minutes.',
  },
}

export const SendFailed: Story = {
  args: {
    phase: 'sendFailed',
    error: 'We could not reach the server. Check your connection and try again.',
  },
}
