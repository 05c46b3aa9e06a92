/** The demo panel's event log: what the app reports through `onEvent`, as a host would get it. */
import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { recordEvent } from '../../src/demo/event-log'
import { renderApp } from '../support/app'

it('lists the funnel events of the sign-in as they come, newest first', async () => {
  const { user } = renderApp('/login?conditionalUI=off', { onEvent: recordEvent })
  await user.type(
    await screen.findByRole('textbox', { name: 'Email or username' }),
    'ana@example.com',
  )
  await user.click(screen.getByRole('button', { name: 'Continue' }))
  await user.click(screen.getByRole('button', { name: /Open demo panel/ }))

  const log = await screen.findByRole('region', { name: 'Events (onEvent)' })
  const first = await within(log).findByRole('listitem')
  expect(first).toHaveTextContent('identifier.submitted returning: false')
})
