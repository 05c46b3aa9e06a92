/**
 * The fault matrix (first part): for remote calls of the J1 journey (password, passkey created,
 * code, dashboard) × {HTTP 500, network error, malformed body}, the UI shows a message in
 * role="alert" with a way forward, and taking it reaches the dashboard. The other calls and the
 * slow-answer column are still to be added.
 */
import { QueryClient } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { installFakeWebAuthn } from '../../mocks/fake-webauthn'
import type { EndpointName } from '../../src/api/contract'
import type { FailureKind } from '../../src/api/dev-contract'
import { App } from '../../src/app/app'
import type { DeviceProfile } from '../../src/webauthn/capabilities'
import { DEMO_PASSWORD, devApi, newAuthenticator } from '../support/backend'
import { setup } from '../support/render'

const macBook: DeviceProfile = {
  platform: 'macos',
  biometric: 'touchId',
  canPasskey: true,
  canCreate: true,
  canConditional: false,
  canConditionalCreate: false,
  canHybrid: true,
}

let uninstall: (() => void) | undefined
afterEach(() => {
  uninstall?.()
  uninstall = undefined
})

type User = ReturnType<typeof setup>['user']

/** Does `act`, and when an alert shows instead of what comes next, takes the way it offers. */
async function step(
  act: () => Promise<void>,
  next: () => HTMLElement | null,
  recover: () => Promise<void>,
) {
  await act()
  const outcome = await waitFor(
    () => {
      const arrived = next()
      const alert = screen.queryByRole('alert')
      if (!arrived && !alert) throw new Error('still waiting')
      return arrived ? 'arrived' : 'alert'
    },
    { timeout: 3000 },
  )
  if (outcome === 'alert') {
    expect(screen.getByRole('alert').textContent).not.toBe('')
    await recover()
    await waitFor(
      () => {
        expect(next()).not.toBeNull()
      },
      { timeout: 3000 },
    )
  }
  return outcome
}

const tryAgain = (user: User) => () => user.click(screen.getByRole('button', { name: 'Try again' }))

async function journeyToDashboard(user: User) {
  const alerts: string[] = []
  const track = (outcome: string, name: string) => {
    if (outcome === 'alert') alerts.push(name)
  }

  const field = await screen.findByRole('textbox', { name: 'Email or username' })
  await user.type(field, 'ana@example.com')
  track(
    await step(
      () => user.click(screen.getByRole('button', { name: 'Continue' })),
      () => screen.queryByLabelText('Password', { selector: 'input' }),
      tryAgain(user),
    ),
    'identify',
  )
  await user.type(screen.getByLabelText('Password', { selector: 'input' }), DEMO_PASSWORD)
  track(
    await step(
      () => user.click(screen.getByRole('button', { name: 'Sign in' })),
      () => screen.queryByRole('button', { name: 'Create passkey' }),
      async () => {
        if (screen.queryByRole('button', { name: 'Try again' })) await tryAgain(user)()
        else await user.click(screen.getByRole('button', { name: 'Sign in' }))
      },
    ),
    'password/options',
  )
  track(
    await step(
      () => user.click(screen.getByRole('button', { name: 'Create passkey' })),
      () => screen.queryByRole('heading', { name: 'Passkey created' }),
      async () => {
        await tryAgain(user)()
        await user.click(await screen.findByRole('button', { name: 'Create passkey' }))
      },
    ),
    'registration',
  )
  track(
    await step(
      () => user.click(screen.getByRole('button', { name: 'Continue' })),
      () => screen.queryByRole('textbox', { name: 'Verification code' }),
      tryAgain(user),
    ),
    'otpSend',
  )
  const { messages } = await devApi.call('devInbox', {})
  const code = messages.at(-1)?.code ?? ''
  track(
    await step(
      () => user.type(screen.getByRole('textbox', { name: 'Verification code' }), code),
      () => screen.queryByRole('heading', { name: /Dashboard/ }),
      () => user.click(screen.getByRole('button', { name: 'Verify' })),
    ),
    'otpVerify',
  )
  const passkeys = await screen.findByRole('region', { name: 'Passkeys' })
  track(
    await step(
      () => Promise.resolve(),
      () => within(passkeys).queryAllByRole('listitem')[0] ?? null,
      tryAgain(user),
    ),
    'passkeyList',
  )
  return alerts
}

function renderApp() {
  uninstall = installFakeWebAuthn(newAuthenticator()).uninstall
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return setup(
    <App
      initialPath="/login?conditionalUI=off"
      queryClient={queryClient}
      detectDevice={() => Promise.resolve(macBook)}
    />,
  )
}

const endpoints: EndpointName[] = ['identify', 'password', 'registrationVerify', 'otpVerify']
const failures: FailureKind[] = ['server_error', 'network_error', 'malformed']
const cells = endpoints.flatMap((endpoint) => failures.map((failure) => ({ endpoint, failure })))

describe('the fault matrix', () => {
  it.each(cells)(
    '$endpoint failing with $failure shows an alert, and its way forward reaches the dashboard',
    async ({ endpoint, failure }) => {
      await devApi.call('devScenarioUpdate', { body: { failNext: [{ endpoint, failure }] } })
      const { user } = renderApp()

      const alerts = await journeyToDashboard(user)

      expect(alerts).toHaveLength(1)
      expect((await devApi.call('devScenario', {})).scenario.failNext).toEqual([])
    },
  )
})
