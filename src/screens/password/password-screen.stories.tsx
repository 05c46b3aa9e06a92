import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { PasswordScreen } from './password-screen'

const meta = {
  title: 'Screens/Password',
  component: PasswordScreen,
  args: {
    identifier: 'ana@example.com',
    busy: false,
    hasPasskeys: false,
    onSubmit: fn(),
    onUsePasskey: fn(),
    onBack: fn(),
  },
} satisfies Meta<typeof PasswordScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const AccountWithPasskeys: Story = { args: { hasPasskeys: true } }

export const Checking: Story = { args: { busy: true } }

export const WrongPassword: Story = {
  args: { error: 'That password is not right. Check it and try again.' },
}
