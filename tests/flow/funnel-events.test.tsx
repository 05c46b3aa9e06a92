/** `<PasskeyLogin onEvent>`: the host hears the funnel of a sign-in, under StrictMode's remount. */
import { screen, waitFor } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import { LoginFlow } from '../../src/flow/login-flow'
import type { FunnelEvent } from '../../src/machines/funnel'
import { createLoginMachine } from '../../src/machines/login/login.actors'
import { defaultPolicy } from '../../src/machines/policy'
import { describeDevice, noCapabilities } from '../../src/webauthn/capabilities'
import { DEMO_PASSWORD, latestCode } from '../support/backend'
import { setup } from '../support/render'

it('reports the sign-in as it happens: identifier, code sent and verified, signed in by password', async () => {
  // A browser without passkeys: the password and the code, no offer.
  const machine = createLoginMachine({
    detectDevice: () => Promise.resolve(describeDevice('other', noCapabilities)),
  })
  const onEvent = vi.fn<(event: FunnelEvent) => void>()
  const { user } = setup(
    <LoginFlow
      machine={machine}
      policy={defaultPolicy}
      storage={null}
      onSignedIn={() => undefined}
      onEvent={onEvent}
    />,
  )

  await user.type(
    await screen.findByRole('textbox', { name: 'Email or username' }),
    'ana@example.com',
  )
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await user.type(await screen.findByLabelText('Password', { selector: 'input' }), DEMO_PASSWORD)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
  const code = await waitFor(latestCode)
  await user.type(await screen.findByRole('textbox', { name: 'Verification code' }), code)

  await waitFor(() => {
    expect(onEvent).toHaveBeenLastCalledWith({ type: 'authenticated', method: 'password' })
  })
  expect(onEvent.mock.calls.map(([event]) => event)).toEqual([
    { type: 'identifier.submitted', returning: false },
    { type: 'code.sent', channel: 'email' },
    { type: 'code.verified' },
    { type: 'authenticated', method: 'password' },
  ])
})
