import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { copy } from '../../copy/en'
import { PasskeyLoginScreen } from './passkey-login-screen'

const meta = {
  title: 'Screens/Passkey login',
  component: PasskeyLoginScreen,
  args: {
    identifier: 'ana@example.com',
    phase: 'ready',
    biometric: 'touchId',
    canHybrid: false,
    suggestPassword: false,
    onStart: fn(),
    onUseOtherDevice: fn(),
    onUsePassword: fn(),
    onBack: fn(),
  },
  argTypes: {
    biometric: {
      control: 'select',
      options: ['touchId', 'windowsHello', 'faceIdOrTouchId', 'androidScreenLock', 'screenLock'],
    },
  },
} satisfies Meta<typeof PasskeyLoginScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const WithPhoneOrTablet: Story = { args: { canHybrid: true } }

export const Prompting: Story = { args: { phase: 'prompting' } }

export const PromptingWindows: Story = { args: { phase: 'prompting', biometric: 'windowsHello' } }

export const PromptingAndroid: Story = {
  args: { phase: 'prompting', biometric: 'androidScreenLock' },
}

export const Verifying: Story = { args: { phase: 'verifying' } }

/** After a failed check: a fresh challenge loads, the error stays, the button waits. */
export const PreparingAfterError: Story = {
  args: { phase: 'preparing', error: copy.errors.server },
}

export const PromptCancelled: Story = {
  args: { error: 'Signing in with your passkey was cancelled. You can try again.' },
}

export const SuggestPassword: Story = {
  args: {
    suggestPassword: true,
    canHybrid: true,
    error: 'Signing in with your passkey was cancelled. You can try again.',
  },
}
