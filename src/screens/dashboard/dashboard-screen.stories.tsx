import type { Meta, StoryObj } from '@storybook/react-vite'
import { say } from '../../../.storybook/words'
import { expect, fn, userEvent, within } from 'storybook/test'
import { AddPasskeyDone, AddPasskeyOffer } from '../add-passkey/add-passkey-panel'
import { StepUpChoice, StepUpDialog } from '../step-up/step-up-dialog'
import { DashboardScreen, type DashboardPasskey } from './dashboard-screen'

const base: Omit<DashboardPasskey, 'id' | 'name'> = {
  aaguid: '00000000-0000-0000-0000-000000000000',
  createdAt: '2025-03-01T10:00:00.000Z',
  lastUsedAt: null,
  deviceType: 'multiDevice',
  backedUp: true,
  transports: ['internal', 'hybrid'],
  providerName: null,
}

const passkeys: DashboardPasskey[] = [
  {
    ...base,
    id: 'bWFjYm9vaw',
    name: 'MacBook Air',
    aaguid: 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd',
    providerName: 'Apple Passwords',
    lastUsedAt: '2025-04-02T08:30:00.000Z',
  },
  {
    ...base,
    id: 'cGl4ZWw',
    name: 'Pixel 9',
    aaguid: 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4',
    providerName: 'Google Password Manager',
  },
  {
    ...base,
    id: 'eXViaWtleQ',
    name: 'Security key',
    deviceType: 'singleDevice',
    backedUp: false,
    transports: ['usb', 'nfc'],
  },
]

const meta = {
  title: 'Screens/Dashboard',
  component: DashboardScreen,
  args: {
    user: { displayName: 'Ana Example', identifier: 'ana@example.com' },
    passkeys,
    listState: 'ready',
    thisDeviceIds: ['bWFjYm9vaw'],
    onRename: fn(),
    onDelete: fn(),
    onAddPasskey: fn(),
    onSignOut: fn(),
    onSignOutEverywhere: fn(),
    onRetry: fn(),
  },
} satisfies Meta<typeof DashboardScreen>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}

export const Empty: Story = { args: { passkeys: [] } }

export const Loading: Story = { args: { passkeys: [], listState: 'loading' } }

export const LoadFailed: Story = {
  args: {
    passkeys: [],
    listState: 'error',
    listError: 'We could not reach the server. Check your connection and try again.',
  },
}

export const Deleting: Story = { args: { busyIds: ['cGl4ZWw'] } }

export const DeleteFailed: Story = {
  args: { errors: { cGl4ZWw: 'Something went wrong on our side. Please try again.' } },
}

const offer = {
  biometric: 'touchId',
  canSkip: true,
  suggestSkip: false,
  onCreate: fn(),
  onSkip: fn(),
  onRetry: fn(),
} as const

/** "Add a passkey" open: the offer as a section of the list, with "Cancel" as the way out. */
export const AddingPasskey: Story = {
  args: { addPasskeySlot: <AddPasskeyOffer phase="ready" {...offer} /> },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('heading', { name: say('Add a passkey') })).toHaveFocus()
    await expect(canvas.getByRole('button', { name: say('Cancel') })).toBeInTheDocument()
    await expect(canvas.queryByRole('button', { name: say('Skip for now') })).toBeNull()
    // One card, one brand: the step is part of the dashboard, not a second sign-in card.
    await expect(canvas.getAllByText(say('Acme'))).toHaveLength(1)
  },
}

export const AddingPasskeyPrompting: Story = {
  args: { addPasskeySlot: <AddPasskeyOffer phase="prompting" {...offer} /> },
}

export const AddingPasskeyCancelled: Story = {
  args: { addPasskeySlot: <AddPasskeyOffer phase="cancelled" {...offer} /> },
}

export const PasskeyAdded: Story = {
  args: {
    addPasskeySlot: <AddPasskeyDone outcome="created" biometric="touchId" onContinue={fn()} />,
  },
}

export const PasskeyAlreadyHere: Story = {
  args: {
    addPasskeySlot: (
      <AddPasskeyDone outcome="alreadyExists" biometric="touchId" onContinue={fn()} />
    ),
  },
}

export const SigningOut: Story = { args: { signingOut: true } }

/** A delete waits for "Confirm it's you": the step-up dialog over the dashboard. */
export const ConfirmItsYou: Story = {
  args: {
    stepUpSlot: (
      <StepUpDialog heading="Confirm it’s you" onCancel={fn()}>
        <StepUpChoice
          phase="ready"
          biometric="touchId"
          canPasskey
          canUseCode
          onPasskey={fn()}
          onUseCode={fn()}
          onRetry={fn()}
          onCancel={fn()}
        />
      </StepUpDialog>
    ),
  },
}

/** Confirming was cancelled: nothing was added, and the dashboard says why. */
export const AddDeclined: Story = {
  args: { addError: 'Nothing was changed: confirming it’s you was cancelled.' },
}

/** "Sign out everywhere" from an old sign-in waited for "Confirm it's you", which was cancelled. */
export const SignOutEverywhereDeclined: Story = {
  args: { signOutEverywhereError: 'Nothing was changed: confirming it’s you was cancelled.' },
}

/** A browser with no WebAuthn (WebKitGTK, say): why there is no "Add a passkey" here. */
export const CannotAddHere: Story = { args: { cannotAdd: true } }

export const Renaming: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(
      canvas.getByRole('button', { name: say('Rename'), description: 'MacBook Air' }),
    )
    await expect(canvas.getByRole('textbox', { name: say('Passkey name') })).toHaveValue(
      'MacBook Air',
    )
  },
}

export const EmptyName: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(
      canvas.getByRole('button', { name: say('Rename'), description: 'MacBook Air' }),
    )
    await userEvent.clear(canvas.getByRole('textbox', { name: say('Passkey name') }))
    await userEvent.click(canvas.getByRole('button', { name: say('Save') }))
    await expect(canvas.getByRole('alert')).toHaveTextContent(say('Give the passkey a name.'))
    await expect(args.onRename).not.toHaveBeenCalled()
  },
}

export const ConfirmDelete: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(
      canvas.getByRole('button', { name: say('Delete'), description: 'Pixel 9' }),
    )
    const dialog = canvas.getByRole('dialog', { name: say('Delete this passkey?') })
    await expect(within(dialog).getByRole('button', { name: say('Cancel') })).toHaveFocus()
  },
}
