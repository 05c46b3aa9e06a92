/**
 * The fault matrix: each remote call of the journeys (password, passkey created, code,
 * dashboard, passkey sign-in, rename, delete, skip, sign-out) × {HTTP 500, network error,
 * malformed body}: the UI shows a message in role="alert" with a way forward, and taking it
 * reaches where the user was going; and with every answer slow, the journey still ends on the
 * dashboard (no endless spinner).
 *
 * `npm test` runs one failure per call, turning through the three kinds (every call and every
 * kind meets a failure); `npm run test:exhaustive` (in CI) runs the other two of each call.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { EndpointName } from '../../src/api/contract'
import type { FailureKind } from '../../src/api/dev-contract'
import {
  DEMO_PASSWORD,
  devApi,
  latestCode,
  newAuthenticator,
  registerPasskey,
  signIn,
} from '../support/backend'
import { renderApp } from '../support/app'

/** Autofill off: nothing may sign in unasked while a fault is being shown. */
const START = '/login?conditionalUI=off'

type User = ReturnType<typeof renderApp>['user']

/** The element, once nothing on the page is busy (a busy screen has not finished arriving). */
const settled = (element: HTMLElement | null) =>
  element && !document.querySelector('[aria-busy="true"]') ? element : null

/** Does `act`, and when an alert shows instead of what comes next, takes the way it offers. */
async function step(
  act: () => Promise<void>,
  next: () => HTMLElement | null,
  recover: () => Promise<void>,
) {
  await act()
  const outcome = await waitFor(
    () => {
      const arrived = settled(next())
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
        expect(settled(next())).not.toBeNull()
      },
      { timeout: 3000 },
    )
  }
  return outcome
}

/** The injected failure was really met: the endpoint was called and answered with it. */
async function expectFailureConsumed() {
  expect((await devApi.call('devScenario', {})).scenario.failNext).toEqual([])
}

/** The next call to `endpoint` fails with `failure` (the fake backend's switch). */
const failNext = (endpoint: EndpointName, failure: FailureKind) =>
  devApi.call('devScenarioUpdate', { body: { failNext: [{ endpoint, failure }] } })

/** Ana with a passkey on a new authenticator, made while signed in. */
async function anaWithAPasskey() {
  const authenticator = newAuthenticator()
  await registerPasskey(authenticator, (await signIn('ana@example.com')).token)
  return authenticator
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
      // The code field shows even when sending failed; "Verify" only once a code is out.
      () => screen.queryByRole('button', { name: 'Verify' }),
      tryAgain(user),
    ),
    'otpSend',
  )
  // The screen can be ready before the (slow) send is done: wait for the code to arrive.
  const code = await waitFor(latestCode)
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

/** Every call under test, in a fixed order: the order turns the kinds of failure through them. */
const endpoints = [
  'identify',
  'password',
  'registrationOptions',
  'registrationVerify',
  'otpSend',
  'otpVerify',
  'passkeyList',
  'passkeyVerify',
  'passkeyRename',
  'passkeyDelete',
  'appendSkip',
  'logout',
  'passkeyOptions',
] as const satisfies readonly EndpointName[]
type Endpoint = (typeof endpoints)[number]
const failures: FailureKind[] = ['server_error', 'network_error', 'malformed']

/** `one per call`: the n-th call fails in the n-th kind (cycling); `the rest`: its other two. */
export type Slice = 'one per call' | 'the rest'

function failuresFor(endpoint: Endpoint, slice: Slice): FailureKind[] {
  const mine = failures[endpoints.indexOf(endpoint) % failures.length]
  return failures.filter((failure) => (failure === mine) === (slice === 'one per call'))
}

const journeyEndpoints: Endpoint[] = [
  'identify',
  'password',
  'registrationOptions',
  'registrationVerify',
  'otpSend',
  'otpVerify',
  'passkeyList',
]

export function faultMatrix(slice: Slice) {
  describe('the fault matrix', () => {
    it.each(
      journeyEndpoints.flatMap((endpoint) =>
        failuresFor(endpoint, slice).map((failure) => ({ endpoint, failure })),
      ),
    )(
      '$endpoint failing with $failure shows an alert, and its way forward reaches the dashboard',
      async ({ endpoint, failure }) => {
        await failNext(endpoint, failure)
        const { user } = renderApp(START)

        const alerts = await journeyToDashboard(user)

        expect(alerts).toHaveLength(1)
        await expectFailureConsumed()
      },
    )

    if (slice === 'one per call') {
      it('a slow backend (every answer 250 ms late) still ends on the dashboard, with no alert', async () => {
        await devApi.call('devScenarioUpdate', { body: { latencyMs: 250 } })
        const { user } = renderApp(START)

        const alerts = await journeyToDashboard(user)

        expect(alerts).toEqual([])
      })
    }
  })

  describe('the fault matrix, passkey sign-in and dashboard', () => {
    it.each(failuresFor('passkeyVerify', slice))(
      'passkey verification failing with %s shows an alert, and trying again signs in',
      async (failure) => {
        const authenticator = await anaWithAPasskey()
        await failNext('passkeyVerify', failure)
        const { user } = renderApp(START, { authenticator })
        await user.type(
          await screen.findByRole('textbox', { name: 'Email or username' }),
          'ana@example.com',
        )
        await user.click(screen.getByRole('button', { name: 'Continue' }))

        // The account's passkey screen, not the first screen's button (disabled during the lookup).
        await screen.findByRole('heading', { name: 'Sign in with your passkey' })
        await user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }))
        expect(await screen.findByRole('alert')).not.toBeEmptyDOMElement()
        await waitFor(() => {
          expect(
            settled(screen.queryByRole('button', { name: 'Sign in with a passkey' })),
          ).not.toBeNull()
        })
        await user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }))

        expect(await screen.findByRole('heading', { name: /Dashboard/ })).toBeInTheDocument()
      },
    )

    async function onDashboardWithAPasskey() {
      const { user } = renderApp(START)
      await journeyToDashboard(user)
      const passkeys = await screen.findByRole('region', { name: 'Passkeys' })
      await within(passkeys).findAllByRole('listitem')
      return { user, passkeys }
    }

    it.each(failuresFor('passkeyRename', slice))(
      'renaming failing with %s shows an alert, keeps the typed name, and saving again works',
      async (failure) => {
        const { user, passkeys } = await onDashboardWithAPasskey()
        await failNext('passkeyRename', failure)

        await user.click(within(passkeys).getByRole('button', { name: 'Rename' }))
        const name = within(passkeys).getByRole('textbox', { name: 'Passkey name' })
        await user.clear(name)
        await user.type(name, 'Work laptop')
        await user.click(within(passkeys).getByRole('button', { name: 'Save' }))
        expect(await within(passkeys).findByRole('alert')).not.toBeEmptyDOMElement()
        expect(within(passkeys).getByRole('textbox', { name: 'Passkey name' })).toHaveValue(
          'Work laptop',
        )
        await user.click(within(passkeys).getByRole('button', { name: 'Save' }))

        expect(await within(passkeys).findByText('Work laptop')).toBeInTheDocument()
      },
    )

    it.each(failuresFor('passkeyDelete', slice))(
      'deleting failing with %s shows an alert, and deleting again removes the passkey',
      async (failure) => {
        const { user, passkeys } = await onDashboardWithAPasskey()
        await failNext('passkeyDelete', failure)
        const remove = async () => {
          await user.click(within(passkeys).getByRole('button', { name: 'Delete' }))
          await user.click(await screen.findByRole('button', { name: 'Delete passkey' }))
        }

        await remove()
        expect(await screen.findByRole('alert')).not.toBeEmptyDOMElement()
        await waitFor(() => {
          expect(settled(within(passkeys).queryByRole('button', { name: 'Delete' }))).not.toBeNull()
        })
        await remove()

        expect(await screen.findByText(/No passkeys yet/)).toBeInTheDocument()
      },
    )
  })

  describe('calls that may fail without holding anyone up', () => {
    it.each(failuresFor('appendSkip', slice))(
      'recording the skip failing with %s still goes on to the code and the dashboard',
      async (failure) => {
        await failNext('appendSkip', failure)
        const { user } = renderApp(START)
        await user.type(
          await screen.findByRole('textbox', { name: 'Email or username' }),
          'ana@example.com',
        )
        await user.click(screen.getByRole('button', { name: 'Continue' }))
        await user.type(
          await screen.findByLabelText('Password', { selector: 'input' }),
          DEMO_PASSWORD,
        )
        await user.click(screen.getByRole('button', { name: 'Sign in' }))
        await user.click(await screen.findByRole('button', { name: 'Skip for now' }))
        await screen.findByRole('button', { name: 'Verify' })
        // The screen can be ready before the send is done: wait for the code to arrive.
        const code = await waitFor(latestCode)
        await user.type(screen.getByRole('textbox', { name: 'Verification code' }), code)

        expect(await screen.findByRole('heading', { name: /Dashboard/ })).toBeInTheDocument()
        await expectFailureConsumed()
      },
    )

    it.each(failuresFor('logout', slice))(
      'signing out with the logout call failing (%s) still signs out',
      async (failure) => {
        const { user } = renderApp(START)
        await journeyToDashboard(user)
        await failNext('logout', failure)

        await user.click(screen.getByRole('button', { name: 'Sign out' }))

        expect(
          await screen.findByRole('button', { name: 'Continue as ana@example.com' }),
        ).toBeInTheDocument()
        await expectFailureConsumed()
      },
    )

    it.each(failuresFor('passkeyOptions', slice))(
      'the passkey options for the first screen failing with %s still let the passkey button work',
      async (failure) => {
        const authenticator = await anaWithAPasskey()
        await failNext('passkeyOptions', failure)
        const { user } = renderApp(START, { authenticator })

        await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }))

        expect(await screen.findByRole('heading', { name: /Dashboard/ })).toBeInTheDocument()
        await expectFailureConsumed()
      },
    )
  })
}
