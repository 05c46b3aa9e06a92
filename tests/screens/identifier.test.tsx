import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  IdentifierScreen,
  type IdentifierScreenProps,
} from '../../src/screens/identifier/identifier-screen'
import { setup } from '../support/render'
import { axeViolations } from './a11y'

function renderScreen(props: Partial<IdentifierScreenProps> = {}) {
  const callbacks = { onSubmit: vi.fn(), onPasskey: vi.fn() }
  const view = setup(<IdentifierScreen busy={null} canPasskey {...callbacks} {...props} />)
  return { ...view, ...callbacks }
}

const field = () => screen.getByRole('textbox', { name: 'Email or username' })
const button = (name: string) => screen.getByRole('button', { name })

describe('IdentifierScreen', () => {
  it('renders the contract names, focuses the heading and keeps passkey autofill on the field', () => {
    renderScreen()

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toHaveFocus()
    expect(field()).toHaveAttribute('autocomplete', 'username webauthn')
    expect(button('Continue')).toBeInTheDocument()
    expect(button('Sign in with a passkey')).toBeInTheDocument()
  })

  it('submits what was typed when Enter is pressed', async () => {
    const { user, onSubmit } = renderScreen()

    await user.type(field(), 'ana@example.com{Enter}')

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('ana@example.com')
  })

  it('submits the prefilled identifier on a click of Continue', async () => {
    const { user, onSubmit } = renderScreen({ defaultIdentifier: 'max@example.com' })

    await user.click(button('Continue'))

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('max@example.com')
  })

  it('asks for an identifier in an alert instead of submitting an empty one', async () => {
    const { user, onSubmit } = renderScreen()

    await user.click(button('Continue'))

    expect(screen.getByRole('alert')).toHaveTextContent('Enter your email or username.')
    expect(field()).toHaveAttribute('aria-invalid', 'true')
    expect(field()).toHaveFocus()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('starts a passkey sign-in from the keyboard', async () => {
    const { user, onPasskey } = renderScreen()

    button('Sign in with a passkey').focus()
    await user.keyboard('{Enter}')

    expect(onPasskey).toHaveBeenCalledOnce()
  })

  it('offers no passkey button where the browser cannot use passkeys', () => {
    renderScreen({ canPasskey: false })

    expect(screen.queryByRole('button', { name: 'Sign in with a passkey' })).not.toBeInTheDocument()
  })

  it('keeps the button name while the lookup runs and ignores a second submit', async () => {
    const { user, onSubmit, onPasskey } = renderScreen({
      defaultIdentifier: 'ana@example.com',
      busy: 'lookup',
    })

    await user.click(button('Continue'))
    await user.type(field(), '{Enter}')
    await user.click(button('Sign in with a passkey'))

    expect(button('Continue')).toHaveAttribute('aria-busy', 'true')
    expect(button('Continue')).toHaveAttribute('aria-disabled', 'true')
    expect(onSubmit).not.toHaveBeenCalled()
    // The other way in waits too, and says so.
    expect(button('Sign in with a passkey')).toHaveAttribute('aria-disabled', 'true')
    expect(onPasskey).not.toHaveBeenCalled()
  })

  it('marks the passkey button busy while the passkey prompt is open', async () => {
    const { user, onPasskey } = renderScreen({ busy: 'passkey' })

    await user.click(button('Sign in with a passkey'))

    expect(button('Sign in with a passkey')).toHaveAttribute('aria-busy', 'true')
    expect(onPasskey).not.toHaveBeenCalled()
  })

  it('shows a remote error in an alert with a Try again button when a retry is possible', async () => {
    const onRetry = vi.fn()
    const { user } = renderScreen({ error: 'Something went wrong on our side.', onRetry })

    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on our side.')
    await user.click(button('Try again'))

    expect(onRetry).toHaveBeenCalledOnce()
  })

  it('offers no Try again button when no retry callback is given', () => {
    renderScreen({ error: 'That passkey is no longer registered.' })

    expect(screen.getByRole('alert')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  })

  it('shows a notice as a polite status', () => {
    renderScreen({ notice: 'Your sign-in took too long and has expired. Please start again.' })

    expect(screen.getByRole('status')).toHaveTextContent('Your sign-in took too long')
  })

  it('has no axe violations, with or without an error', async () => {
    const { container, rerender } = renderScreen()
    expect(await axeViolations(container)).toEqual([])

    rerender(
      <IdentifierScreen
        busy="lookup"
        canPasskey
        error="Something went wrong."
        onRetry={vi.fn()}
        onSubmit={vi.fn()}
        onPasskey={vi.fn()}
      />,
    )
    expect(await axeViolations(container)).toEqual([])
  })
})
