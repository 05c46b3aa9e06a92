import type { Meta, StoryObj } from '@storybook/react-vite'
import { say } from '../../../.storybook/words'
import { expect, fn, userEvent, within } from 'storybook/test'
import { IdentifierScreen } from './identifier-screen'

const meta = {
  title: 'Screens/Identifier',
  component: IdentifierScreen,
  args: { busy: null, canPasskey: true, onSubmit: fn(), onPasskey: fn() },
} satisfies Meta<typeof IdentifierScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const NoPasskeySupport: Story = { args: { canPasskey: false } }

export const LookingUp: Story = {
  args: { defaultIdentifier: 'ana@example.com', busy: 'lookup' },
}

export const PasskeyPrompting: Story = { args: { busy: 'passkey' } }

export const NetworkError: Story = {
  args: {
    defaultIdentifier: 'ana@example.com',
    error: 'We could not reach the server. Check your connection and try again.',
    onRetry: fn(),
  },
}

export const PasskeyCancelled: Story = {
  args: { error: 'Signing in with your passkey was cancelled. You can try again.' },
}

export const LoginExpired: Story = {
  args: { notice: 'Your sign-in took too long and has expired. Please start again.' },
}

export const EmptyIdentifier: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: say('Continue') }))
    await expect(canvas.getByRole('alert')).toHaveTextContent(say('Enter your email or username.'))
    await expect(canvas.getByRole('textbox', { name: say('Email or username') })).toHaveFocus()
    await expect(args.onSubmit).not.toHaveBeenCalled()
  },
}
