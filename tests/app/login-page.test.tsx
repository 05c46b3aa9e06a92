/** The running app's first screen against the fake backend (MSW's Node server). */
import { screen } from '@testing-library/react'
import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/app/app'
import { devApi, newAuthenticator, registerPasskey, signIn } from '../support/backend'
import { setup } from '../support/render'

const renderApp = () =>
  setup(<App queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })} />)

describe('the identifier screen', () => {
  it('looks the identifier up and says how the account signs in', async () => {
    const { user } = renderApp()

    await user.type(screen.getByRole('textbox', { name: 'Email or username' }), 'ana@example.com')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('status')).toHaveTextContent(
      'ana@example.com signs in with a password.',
    )
  })

  it('tells an account with a passkey apart', async () => {
    await registerPasskey(newAuthenticator(), (await signIn('ana@example.com')).token)
    const { user } = renderApp()

    await user.type(
      screen.getByRole('textbox', { name: 'Email or username' }),
      'ana@example.com{Enter}',
    )

    expect(await screen.findByRole('status')).toHaveTextContent('can sign in with a passkey')
  })

  it('asks for an identifier before calling the backend', async () => {
    const { user } = renderApp()

    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(screen.getByRole('alert')).toHaveTextContent('Enter your email or username.')
    expect(screen.getByRole('textbox', { name: 'Email or username' })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
  })

  it('shows a server failure in an alert and recovers on retry', async () => {
    await devApi.call('devScenarioUpdate', {
      body: { failNext: [{ endpoint: 'identify', failure: 'server_error' }] },
    })
    const { user } = renderApp()
    const field = screen.getByRole('textbox', { name: 'Email or username' })

    await user.type(field, 'ana@example.com{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('status')).toHaveTextContent('signs in with a password')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('moves focus to the heading and offers passkey autofill on the field', () => {
    renderApp()

    expect(screen.getByRole('heading', { name: 'Sign in' })).toHaveFocus()
    expect(screen.getByRole('textbox', { name: 'Email or username' })).toHaveAttribute(
      'autocomplete',
      'username webauthn',
    )
  })
})
