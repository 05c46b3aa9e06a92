import type { Meta, StoryObj } from '@storybook/react-vite'
import { StartingScreen } from './starting-screen'

const meta = {
  title: 'Screens/Starting',
  component: StartingScreen,
} satisfies Meta<typeof StartingScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
