/** The pure dashboard screen: every state from props, every action a callback. */
import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  DashboardScreen,
  type DashboardPasskey,
  type DashboardScreenProps,
} from '../../src/screens/dashboard/dashboard-screen'
import { setup } from '../support/render'

const passkey = (overrides: Partial<DashboardPasskey> = {}): DashboardPasskey => ({
  id: 'cGFzc2tleS0x',
  name: 'MacBook',
  aaguid: '00000000-0000-0000-0000-000000000000',
  createdAt: '2025-03-01T10:00:00.000Z',
  lastUsedAt: null,
  deviceType: 'multiDevice',
  backedUp: true,
  transports: ['internal', 'hybrid'],
  providerName: null,
  ...overrides,
})

const macbook = passkey({ providerName: 'iCloud Keychain' })
const yubikey = passkey({
  id: 'cGFzc2tleS0y',
  name: 'YubiKey',
  lastUsedAt: '2025-04-02T08:30:00.000Z',
  deviceType: 'singleDevice',
  backedUp: false,
})

function renderScreen(props: Partial<DashboardScreenProps> = {}) {
  const callbacks = {
    onRename: vi.fn<DashboardScreenProps['onRename']>(),
    onDelete: vi.fn<DashboardScreenProps['onDelete']>(),
    onAddPasskey: vi.fn<DashboardScreenProps['onAddPasskey']>(),
    onSignOut: vi.fn<DashboardScreenProps['onSignOut']>(),
    onSignOutEverywhere: vi.fn<DashboardScreenProps['onSignOutEverywhere']>(),
    onRetry: vi.fn<DashboardScreenProps['onRetry']>(),
  }
  const view = setup(
    <DashboardScreen
      user={{ displayName: 'Ana', identifier: 'ana@example.com' }}
      passkeys={[macbook, yubikey]}
      listState="ready"
      {...callbacks}
      {...props}
    />,
  )
  return { ...view, ...callbacks }
}

const item = (name: string) =>
  screen.getAllByRole('listitem').find((li) => within(li).queryByRole('heading', { name }))!

describe('the dashboard screen', () => {
  it('shows provider, dates and a "This device" badge, and ties each action to its passkey', () => {
    renderScreen({ thisDeviceIds: [macbook.id] })

    expect(screen.getByRole('heading', { name: 'Dashboard' })).toHaveFocus()
    const mac = item('MacBook')
    expect(mac).toHaveTextContent('iCloud Keychain')
    expect(mac).toHaveTextContent('This device')
    expect(mac).toHaveTextContent('Never used')
    const key = item('YubiKey')
    expect(key).not.toHaveTextContent('This device')
    expect(within(key).getByText(/^Last used /)).toHaveAttribute(
      'datetime',
      '2025-04-02T08:30:00.000Z',
    )
    expect(within(mac).getByRole('button', { name: 'Rename' })).toHaveAccessibleDescription(
      'MacBook',
    )
    expect(within(key).getByRole('button', { name: 'Delete' })).toHaveAccessibleDescription(
      'YubiKey',
    )
  })

  it('shows a loading state, then an error with "Try again"', async () => {
    const { rerender, user, onRetry } = renderScreen({ passkeys: [], listState: 'loading' })
    expect(screen.getByRole('status')).toHaveTextContent('Loading your passkeys…')

    rerender(
      <DashboardScreen
        user={{ displayName: 'Ana', identifier: 'ana@example.com' }}
        passkeys={[]}
        listState="error"
        listError="We could not reach the server."
        onRename={vi.fn()}
        onDelete={vi.fn()}
        onAddPasskey={vi.fn()}
        onSignOut={vi.fn()}
        onSignOutEverywhere={vi.fn()}
        onRetry={onRetry}
      />,
    )
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('We could not load your passkeys.')
    expect(alert).toHaveTextContent('We could not reach the server.')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
  })

  it('rejects a name that is too long without calling back', async () => {
    const { user, onRename } = renderScreen()

    await user.click(within(item('MacBook')).getByRole('button', { name: 'Rename' }))
    const field = screen.getByRole('textbox', { name: 'Passkey name' })
    await user.clear(field)
    await user.type(field, 'x'.repeat(65))
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(screen.getByRole('alert')).toHaveTextContent('Keep the name under 64 characters.')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(onRename).not.toHaveBeenCalled()
  })

  it('keeps the form and the typed name while a rename is rejected', async () => {
    const { user, onRename } = renderScreen({ errors: { [macbook.id]: 'That did not work.' } })
    onRename.mockRejectedValueOnce(new Error('server'))

    await user.click(within(item('MacBook')).getByRole('button', { name: 'Rename' }))
    const field = screen.getByRole('textbox', { name: 'Passkey name' })
    await user.clear(field)
    await user.type(field, 'Work Mac{Enter}')

    expect(onRename).toHaveBeenCalledWith(macbook.id, 'Work Mac')
    expect(await screen.findByRole('button', { name: 'Save' })).toBeEnabled()
    expect(field).toHaveValue('Work Mac')
    expect(within(item('MacBook')).getByRole('alert')).toHaveTextContent('That did not work.')
  })

  it('cancels a rename with Escape and returns focus to Rename', async () => {
    const { user, onRename } = renderScreen()
    const rename = within(item('YubiKey')).getByRole('button', { name: 'Rename' })

    await user.click(rename)
    await user.type(screen.getByRole('textbox', { name: 'Passkey name' }), ' 5C{Escape}')

    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(within(item('YubiKey')).getByRole('button', { name: 'Rename' })).toHaveFocus()
    expect(onRename).not.toHaveBeenCalled()
  })

  it('confirms a delete in a dialog that Escape dismisses', async () => {
    const { user, onDelete } = renderScreen()
    const remove = within(item('YubiKey')).getByRole('button', { name: 'Delete' })

    await user.click(remove)
    const dialog = screen.getByRole('dialog', { name: 'Delete this passkey?' })
    expect(dialog).toHaveAccessibleDescription(/“YubiKey” will be removed/)
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(remove).toHaveFocus()

    await user.click(remove)
    await user.click(screen.getByRole('button', { name: 'Delete passkey' }))
    expect(onDelete).toHaveBeenCalledExactlyOnceWith(yubikey.id)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  it('disables the actions of a passkey that is being changed', () => {
    renderScreen({ busyIds: [yubikey.id] })

    const key = item('YubiKey')
    expect(within(key).getByRole('button', { name: 'Rename' })).toBeDisabled()
    expect(within(key).getByRole('button', { name: 'Delete' })).toBeDisabled()
    expect(within(key).getByRole('status')).toHaveTextContent('Updating…')
    expect(within(item('MacBook')).getByRole('button', { name: 'Delete' })).toBeEnabled()
  })

  it('puts the add step in place of "Add a passkey" while it is open', async () => {
    const { user, onAddPasskey, onSignOut, rerender } = renderScreen()
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }))
    await user.click(screen.getByRole('button', { name: 'Sign out' }))
    expect(onAddPasskey).toHaveBeenCalledOnce()
    expect(onSignOut).toHaveBeenCalledOnce()

    const props = {
      user: { displayName: 'Ana', identifier: 'ana@example.com' },
      passkeys: [macbook],
      listState: 'ready' as const,
      onRename: vi.fn(),
      onDelete: vi.fn(),
      onAddPasskey,
      onSignOut,
      onSignOutEverywhere: vi.fn(),
      onRetry: vi.fn(),
    }
    rerender(<DashboardScreen {...props} addPasskeySlot={null} />)
    expect(screen.queryByRole('button', { name: 'Add a passkey' })).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Getting ready…')

    rerender(<DashboardScreen {...props} addPasskeySlot={<button type="button">Later</button>} />)
    const later = within(screen.getByRole('region', { name: 'Passkeys' })).getByRole('button', {
      name: 'Later',
    })
    await user.click(later)

    // The step closes with focus inside it: focus lands back on the button that opened it.
    rerender(<DashboardScreen {...props} />)
    expect(screen.getByRole('button', { name: 'Add a passkey' })).toHaveFocus()
  })
})
