/**
 * `<PasskeyManager>` as a host mounts it: a session it was handed, the host's QueryClient and API
 * client, the browser's passkeys. It adds a passkey in place and says when the user signed out.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createApiClient, type ApiClient } from 'passkey-login'
import { PasskeyManager } from 'passkey-login/react'
import { expect, it, vi } from 'vitest'
import { api, newAuthenticator, signIn } from '../support/backend'
import { macBook, switchAuthenticator } from '../support/app'
import { setup } from '../support/render'

it('adds a passkey for the signed-in user, then signs out', async () => {
  const session = await signIn('ana@example.com')
  switchAuthenticator(newAuthenticator())
  const onSignedOut = vi.fn()
  // The host's client (say, for another origin): every call of the list, the add and the
  // sign-out must go through it.
  const hostApi = createApiClient({ baseUrl: 'http://localhost' })
  const called: string[] = []
  const recording: ApiClient = {
    call: (name, input) => {
      called.push(name)
      return hostApi.call(name, input)
    },
  }
  const { user } = setup(
    <QueryClientProvider client={new QueryClient()}>
      <PasskeyManager
        session={session}
        detectDevice={() => Promise.resolve(macBook)}
        onSignedOut={onSignedOut}
        onSessionEnded={() => undefined}
        onSessionRenewed={() => undefined}
        api={recording}
      />
    </QueryClientProvider>,
  )

  const passkeys = await screen.findByRole('region', { name: 'Passkeys' })
  await user.click(await within(passkeys).findByRole('button', { name: 'Add a passkey' }))
  await user.click(await within(passkeys).findByRole('button', { name: 'Create passkey' }))
  await user.click(await within(passkeys).findByRole('button', { name: 'Continue' }))

  expect(await within(passkeys).findByRole('heading', { name: 'Passkey on Mac' })).toBeVisible()
  const { passkeys: saved } = await api.call('passkeyList', { token: session.token })
  expect(saved).toHaveLength(1)

  await user.click(screen.getByRole('button', { name: 'Sign out' }))
  await waitFor(() => {
    expect(onSignedOut).toHaveBeenCalledOnce()
  })
  expect(new Set(called)).toEqual(
    new Set(['session', 'passkeyList', 'registrationOptions', 'registrationVerify', 'logout']),
  )
})
