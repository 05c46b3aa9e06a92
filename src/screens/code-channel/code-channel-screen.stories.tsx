import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { CodeChannelScreen } from './code-channel-screen'

const meta = {
  title: 'Screens/Code channel',
  component: CodeChannelScreen,
  args: {
    channels: [
      { channel: 'email', destination: 'm•••@example.com' },
      { channel: 'sms', destination: '+49 ••• ••• 42' },
    ],
    selected: 'email',
    busy: false,
    onSend: fn(),
    onBack: fn(),
  },
} satisfies Meta<typeof CodeChannelScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const Sending: Story = { args: { busy: true } }

export const SendFailed: Story = {
  args: { error: 'We could not reach the server. Check your connection and try again.' },
}
