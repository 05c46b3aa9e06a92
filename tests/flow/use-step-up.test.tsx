/**
 * `useStepUp()` as a host uses it: "Change email" asks "Confirm it's you" first, changes nothing
 * when the person declines, and puts focus back on the button either way.
 */
import { screen, waitFor, within } from '@testing-library/react'
import type { Session } from 'passkey-login'
import { useStepUp, type OnFunnelEvent } from 'passkey-login/react'
import { useState } from 'react'
import { expect, it, vi } from 'vitest'
import { macBook, switchAuthenticator } from '../support/app'
import { newAuthenticator, registerPasskey, signIn } from '../support/backend'
import { setup } from '../support/render'

function ChangeEmail({ session, onEvent }: { session: Session; onEvent?: OnFunnelEvent }) {
  const { confirm, dialog } = useStepUp({ session, device: macBook, onEvent })
  const [said, setSaid] = useState('')
  return (
    <main>
      <button
        type="button"
        onClick={() => {
          void confirm('email.change').then((result) => {
            setSaid(result.kind === 'verified' ? 'Email changed' : 'Email not changed')
          })
        }}
      >
        Change email
      </button>
      <p role="status">{said}</p>
      {dialog}
    </main>
  )
}

async function renderForAna(onEvent?: OnFunnelEvent) {
  const authenticator = newAuthenticator()
  const session = await signIn('ana@example.com')
  await registerPasskey(authenticator, session.token)
  const fake = switchAuthenticator(authenticator)
  return { ...setup(<ChangeEmail session={session} onEvent={onEvent} />), fake }
}

it('confirms with the passkey, then the action goes ahead and focus is back on the button', async () => {
  const onEvent = vi.fn<OnFunnelEvent>()
  const { user } = await renderForAna(onEvent)
  const button = screen.getByRole('button', { name: 'Change email' })

  await user.click(button)
  const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' })
  await user.click(await within(dialog).findByRole('button', { name: 'Confirm with Touch ID' }))

  expect(await screen.findByText('Email changed')).toBeInTheDocument()
  expect(screen.queryByRole('dialog')).toBeNull()
  await waitFor(() => {
    expect(button).toHaveFocus()
  })
  expect(onEvent.mock.calls.map(([event]) => event)).toEqual([
    { type: 'stepUp.shown' },
    { type: 'stepUp.passed', method: 'passkey' },
  ])
})

it('changes nothing when the person cancels, and says so', async () => {
  const { user } = await renderForAna()
  const button = screen.getByRole('button', { name: 'Change email' })

  await user.click(button)
  const dialog = await screen.findByRole('dialog', { name: 'Confirm it’s you' })
  await user.click(await within(dialog).findByRole('button', { name: 'Cancel' }))

  expect(await screen.findByText('Email not changed')).toBeInTheDocument()
  expect(button).toHaveFocus()
})
