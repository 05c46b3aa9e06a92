import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  PasswordScreen,
  type PasswordScreenProps,
} from '../../src/screens/password/password-screen'
import { setup } from '../support/render'
import { axeViolations } from './a11y'

const callbacks = () => ({ onSubmit: vi.fn(), onUsePasskey: vi.fn(), onBack: vi.fn() })

function screenElement(props: Partial<PasswordScreenProps>) {
  return (
    <PasswordScreen
      identifier="ana@example.com"
      busy={false}
      hasPasskeys={false}
      {...callbacks()}
      {...props}
    />
  )
}

function renderScreen(props: Partial<PasswordScreenProps> = {}) {
  const spies = callbacks()
  const view = setup(screenElement({ ...spies, ...props }))
  return { ...view, ...spies }
}

const password = () => screen.getByLabelText('Password')
const button = (name: string) => screen.getByRole('button', { name })

describe('PasswordScreen', () => {
  it('renders the contract names, with focus on the heading', () => {
    renderScreen()

    expect(screen.getByRole('heading', { level: 1, name: 'Enter your password' })).toHaveFocus()
    expect(password()).toHaveAttribute('type', 'password')
    expect(password()).toHaveAttribute('autocomplete', 'current-password')
    expect(button('Sign in')).toBeInTheDocument()
    expect(button('Use another account')).toBeInTheDocument()
    expect(screen.getByText('ana@example.com')).toBeInTheDocument()
  })

  it('gives password managers the username in a hidden field', () => {
    const { container } = renderScreen()

    const username = container.querySelector('input[autocomplete="username"]')
    expect(username).toHaveValue('ana@example.com')
    expect(username).not.toBeVisible()
  })

  it('submits the typed password on Enter', async () => {
    const { user, onSubmit } = renderScreen()

    await user.type(password(), 'demo-password{Enter}')

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('demo-password')
  })

  it('asks for the password in an alert instead of submitting an empty one', async () => {
    const { user, onSubmit } = renderScreen()

    await user.click(button('Sign in'))

    expect(screen.getByRole('alert')).toHaveTextContent('Enter your password.')
    expect(password()).toHaveAttribute('aria-invalid', 'true')
    expect(password()).toHaveFocus()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('shows and hides the password with a toggle named for what it does', async () => {
    const { user } = renderScreen()
    await user.type(password(), 'secret')

    await user.click(button('Show password'))
    expect(password()).toHaveAttribute('type', 'text')

    await user.click(button('Hide password'))
    expect(password()).toHaveAttribute('type', 'password')
    expect(password()).toHaveValue('secret')
  })

  it('keeps the typed password when the backend says it is wrong', async () => {
    const spies = callbacks()
    const { user, rerender } = setup(screenElement(spies))
    await user.type(password(), 'wrong-password{Enter}')

    rerender(screenElement({ ...spies, error: 'That password is not right.' }))

    expect(screen.getByRole('alert')).toHaveTextContent('That password is not right.')
    expect(password()).toHaveValue('wrong-password')
  })

  it('does not submit twice while the password is being checked', async () => {
    const { user, onSubmit } = renderScreen({ busy: true })
    await user.type(password(), 'demo-password{Enter}')
    await user.click(button('Sign in'))

    expect(button('Sign in')).toHaveAttribute('aria-busy', 'true')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('offers the passkey instead when the account has one', async () => {
    const { user, onUsePasskey } = renderScreen({ hasPasskeys: true })

    button('Sign in with a passkey instead').focus()
    await user.keyboard('{Enter}')

    expect(onUsePasskey).toHaveBeenCalledOnce()
  })

  it('offers no passkey when the account has none', () => {
    renderScreen()

    expect(
      screen.queryByRole('button', { name: 'Sign in with a passkey instead' }),
    ).not.toBeInTheDocument()
  })

  it('goes back to another account', async () => {
    const { user, onBack } = renderScreen()

    await user.click(button('Use another account'))

    expect(onBack).toHaveBeenCalledOnce()
  })

  it('has no axe violations, with or without an error', async () => {
    const { container } = renderScreen({ hasPasskeys: true, error: 'That password is not right.' })
    expect(await axeViolations(container)).toEqual([])
  })
})
