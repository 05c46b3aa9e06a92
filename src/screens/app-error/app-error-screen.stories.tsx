import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { AppErrorScreen } from './app-error-screen'

const meta = {
  title: 'Screens/App error',
  component: AppErrorScreen,
  args: { onStartOver: fn() },
} satisfies Meta<typeof AppErrorScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
