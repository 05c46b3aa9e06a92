import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { AppendOfferScreen } from './append-offer-screen'

const meta = {
  title: 'Screens/Append offer',
  component: AppendOfferScreen,
  args: {
    phase: 'ready',
    biometric: 'faceIdOrTouchId',
    canSkip: true,
    suggestSkip: false,
    forThisDevice: false,
    onCreate: fn(),
    onSkip: fn(),
    onRetry: fn(),
  },
  argTypes: {
    biometric: {
      control: 'select',
      options: ['touchId', 'windowsHello', 'faceIdOrTouchId', 'androidScreenLock', 'screenLock'],
    },
  },
} satisfies Meta<typeof AppendOfferScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const Loading: Story = { args: { phase: 'loading' } }

export const Required: Story = { args: { canSkip: false } }

export const ForThisDevice: Story = { args: { forThisDevice: true, biometric: 'touchId' } }

export const Prompting: Story = { args: { phase: 'prompting' } }

export const PromptingWindows: Story = { args: { phase: 'prompting', biometric: 'windowsHello' } }

export const Verifying: Story = { args: { phase: 'verifying' } }

export const PromptCancelled: Story = { args: { phase: 'cancelled' } }

export const PromptTimedOut: Story = { args: { phase: 'timedOut' } }

export const SuggestSkip: Story = { args: { phase: 'cancelled', suggestSkip: true } }

export const Failed: Story = { args: { phase: 'failed' } }

export const OptionsFailed: Story = {
  args: {
    phase: 'failed',
    error: 'We could not reach the server. Check your connection and try again.',
  },
}

export const Saving: Story = { args: { phase: 'saving' } }
