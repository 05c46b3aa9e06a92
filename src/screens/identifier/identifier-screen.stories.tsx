import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { IdentifierScreen } from './identifier-screen'

const meta = {
  title: 'Screens/Identifier',
  component: IdentifierScreen,
  args: { onSubmit: fn() },
} satisfies Meta<typeof IdentifierScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const Submitting: Story = {
  args: { defaultIdentifier: 'ana@example.com', submitting: true },
}

export const NetworkError: Story = {
  args: {
    defaultIdentifier: 'ana@example.com',
    error: 'We could not reach the server. Check your connection and try again.',
  },
}

export const EmptyIdentifier: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }))
    await expect(canvas.getByRole('alert')).toHaveTextContent('Enter your email or username.')
    await expect(args.onSubmit).not.toHaveBeenCalled()
  },
}
