import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { AppendDoneScreen } from './append-done-screen'

const meta = {
  title: 'Screens/Append done',
  component: AppendDoneScreen,
  args: { outcome: 'created', biometric: 'touchId', onContinue: fn() },
} satisfies Meta<typeof AppendDoneScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Created: Story = {}

export const AlreadyExists: Story = { args: { outcome: 'alreadyExists' } }
