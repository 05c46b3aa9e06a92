import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { LockedScreen } from './locked-screen'

const meta = {
  title: 'Screens/Locked',
  component: LockedScreen,
  args: {
    identifier: 'ana@example.com',
    retryAfterSeconds: 900,
    hasPasskeys: false,
    onUsePasskey: fn(),
    onBack: fn(),
  },
} satisfies Meta<typeof LockedScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const WithPasskey: Story = { args: { hasPasskeys: true } }

export const UnknownDuration: Story = { args: { retryAfterSeconds: null } }
