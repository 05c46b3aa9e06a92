import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { copy } from '../../copy/en'
import { ReturningUserScreen } from './returning-user-screen'

const meta = {
  title: 'Screens/Returning user',
  component: ReturningUserScreen,
  args: { identifier: 'ana@example.com', onContinue: fn(), onUseAnother: fn() },
} satisfies Meta<typeof ReturningUserScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const LongIdentifier: Story = {
  args: { identifier: 'anastasia.konstantinopoulou-vandenberghe@example-enterprise.com' },
}

/** "Continue" tapped: the account is being looked up. */
export const LookingUp: Story = {
  args: { busy: true },
}

/** Back from a dashboard whose session the backend had ended (expired, or signed out elsewhere). */
export const SessionEnded: Story = {
  args: { notice: copy.errors.unauthorized },
}
