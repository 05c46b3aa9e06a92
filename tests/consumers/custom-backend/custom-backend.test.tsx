/**
 * Consumer (b), custom backend: `<PasskeyLogin>` from the package, its effects replaced for
 * Acme's API (`acme-actors.ts`), against Acme's backend double. Every request must go to Acme:
 * none may reach the product contract's paths, and the session is Acme's cookie.
 */
import { screen, waitFor } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import {
  createLoginMachine,
  defaultPolicy,
  describeDevice,
  noCapabilities,
  type Session,
} from 'passkey-login'
import { SoftAuthenticator, installFakeWebAuthn } from 'passkey-login/msw'
import { PasskeyLogin } from 'passkey-login/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { server } from '../../../mocks/node'
import { setup } from '../../support/render'
import { acmeActors, COOKIE_SESSION } from './acme-actors'
import { ACME_API, ACME_CODE, ACME_PASSWORD, acmeHandlers, resetAcme } from './acme-backend'

const requested: string[] = []
const record = ({ request }: { request: Request }) => {
  requested.push(request.url)
}
let uninstallWebAuthn: () => void = () => undefined
beforeEach(() => {
  resetAcme()
  requested.length = 0
  server.use(...acmeHandlers)
  server.events.on('request:start', record)
  uninstallWebAuthn = installFakeWebAuthn(new SoftAuthenticator(location.origin)).uninstall
})
afterEach(() => {
  server.events.removeListener('request:start', record)
  uninstallWebAuthn()
})

function renderAcmeLogin() {
  const machine = createLoginMachine({
    actors: acmeActors(ACME_API),
    // jsdom has no platform authenticator of its own: say this is a Mac with Touch ID.
    detectDevice: () =>
      Promise.resolve(
        describeDevice('macos', {
          ...noCapabilities,
          webauthn: true,
          platformAuthenticator: true,
          hybrid: true,
        }),
      ),
  })
  const onSignedIn = vi.fn<(session: Session) => void>()
  const view = setup(
    <PasskeyLogin
      machine={machine}
      policy={defaultPolicy}
      storage={null}
      onSignedIn={onSignedIn}
    />,
  )
  return { ...view, onSignedIn }
}

async function enterEmail(user: UserEvent) {
  await user.type(
    await screen.findByRole('textbox', { name: 'Email or username' }),
    'kim@acme.test',
  )
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

it('signs in with password and code, makes a passkey, then signs in with it: all against Acme', async () => {
  const first = renderAcmeLogin()
  await enterEmail(first.user)
  await first.user.type(
    await screen.findByLabelText('Password', { selector: 'input' }),
    ACME_PASSWORD,
  )
  await first.user.click(screen.getByRole('button', { name: 'Sign in' }))
  await first.user.type(
    await screen.findByRole('textbox', { name: 'Verification code' }),
    ACME_CODE,
  )
  await first.user.click(await screen.findByRole('button', { name: 'Create passkey' }))
  await screen.findByRole('heading', { name: 'Passkey created' })
  await first.user.click(screen.getByRole('button', { name: 'Continue' }))

  await waitFor(() => {
    expect(first.onSignedIn).toHaveBeenCalledOnce()
  })
  expect(first.onSignedIn).toHaveBeenCalledWith(
    expect.objectContaining({
      token: COOKIE_SESSION,
      user: { id: 'YWNtZS0x', identifier: 'kim@acme.test', displayName: 'Kim' },
    }),
  )
  // The session is Acme's cookie: Acme knows who asks.
  const me = await fetch(`${ACME_API}/me`, { credentials: 'include' })
  expect(me.status).toBe(200)
  first.unmount()

  // Next visit: the device remembers the account; the passkey, no password and no code.
  const second = renderAcmeLogin()
  await second.user.click(await screen.findByRole('button', { name: 'Continue as kim@acme.test' }))
  await second.user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }))
  await waitFor(() => {
    expect(second.onSignedIn).toHaveBeenCalledOnce()
  })

  expect(requested.length).toBeGreaterThan(0)
  expect(requested.filter((url) => !url.startsWith(ACME_API))).toEqual([])
})

it("reads Acme's problems as the flow's own: a wrong password says so and keeps the email", async () => {
  const { user, onSignedIn } = renderAcmeLogin()
  await enterEmail(user)
  await user.type(await screen.findByLabelText('Password', { selector: 'input' }), 'guess')
  await user.click(screen.getByRole('button', { name: 'Sign in' }))

  expect(await screen.findByRole('alert')).toHaveTextContent('That password is not right.')
  expect(screen.getByText('kim@acme.test')).toBeInTheDocument()
  expect(onSignedIn).not.toHaveBeenCalled()
  expect(requested).toContain(`${ACME_API}/password`)
})
