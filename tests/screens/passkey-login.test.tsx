import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  PasskeyLoginScreen,
  type PasskeyLoginScreenProps,
} from '../../src/screens/passkey-login/passkey-login-screen'
import { setup } from '../support/render'
import { axeViolations } from './a11y'
import { biometrics } from './biometrics'

function renderScreen(props: Partial<PasskeyLoginScreenProps> = {}) {
  const callbacks = {
    onStart: vi.fn(),
    onUseOtherDevice: vi.fn(),
    onUsePassword: vi.fn(),
    onBack: vi.fn(),
  }
  const view = setup(
    <PasskeyLoginScreen
      identifier="ana@example.com"
      phase="ready"
      biometric="touchId"
      canHybrid={false}
      suggestPassword={false}
      {...callbacks}
      {...props}
    />,
  )
  return { ...view, ...callbacks }
}

const button = (name: string) => screen.getByRole('button', { name })
const buttonNames = () => screen.getAllByRole('button').map((element) => element.textContent)

describe('PasskeyLoginScreen', () => {
  it('renders the contract names for the account, with focus on the heading', () => {
    renderScreen()

    expect(
      screen.getByRole('heading', { level: 1, name: 'Sign in with your passkey' }),
    ).toHaveFocus()
    expect(screen.getByText('ana@example.com')).toBeInTheDocument()
    expect(buttonNames()).toEqual([
      'Sign in with a passkey',
      'Use password instead',
      'Use another account',
    ])
  })

  it('starts the passkey prompt on a click', async () => {
    const { user, onStart } = renderScreen()

    await user.click(button('Sign in with a passkey'))

    expect(onStart).toHaveBeenCalledOnce()
  })

  it('switches to the password from the keyboard', async () => {
    const { user, onUsePassword } = renderScreen()

    button('Use password instead').focus()
    await user.keyboard('{Enter}')

    expect(onUsePassword).toHaveBeenCalledOnce()
  })

  it('goes back to another account', async () => {
    const { user, onBack } = renderScreen()

    await user.click(button('Use another account'))

    expect(onBack).toHaveBeenCalledOnce()
  })

  it('offers a phone or tablet (hybrid) only where it can work', async () => {
    const { user, onUseOtherDevice, rerender } = renderScreen({ canHybrid: true })

    await user.click(button('Use a phone or tablet'))
    expect(onUseOtherDevice).toHaveBeenCalledOnce()

    rerender(
      <PasskeyLoginScreen
        identifier="ana@example.com"
        phase="ready"
        biometric="touchId"
        canHybrid={false}
        suggestPassword={false}
        onStart={vi.fn()}
        onUseOtherDevice={vi.fn()}
        onUsePassword={vi.fn()}
        onBack={vi.fn()}
      />,
    )
    expect(screen.queryByRole('button', { name: 'Use a phone or tablet' })).not.toBeInTheDocument()
  })

  it.each(biometrics)(
    'says "Waiting for $name…" politely while the prompt is open ($biometric)',
    ({ biometric, name }) => {
      renderScreen({ biometric, phase: 'prompting' })

      expect(screen.getByRole('status')).toHaveTextContent(`Waiting for ${name}…`)
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    },
  )

  it.each(biometrics)('names $name before the prompt opens ($biometric)', ({ biometric, name }) => {
    renderScreen({ biometric })

    expect(screen.getByRole('status')).toHaveTextContent(`Use ${name} to confirm it is you.`)
  })

  it('keeps the passkey button busy and ignores clicks while prompting or verifying', async () => {
    const { user, onStart, rerender } = renderScreen({ phase: 'prompting' })

    await user.click(button('Sign in with a passkey'))
    expect(button('Sign in with a passkey')).toHaveAttribute('aria-busy', 'true')

    rerender(
      <PasskeyLoginScreen
        identifier="ana@example.com"
        phase="verifying"
        biometric="touchId"
        canHybrid={false}
        suggestPassword={false}
        onStart={onStart}
        onUseOtherDevice={vi.fn()}
        onUsePassword={vi.fn()}
        onBack={vi.fn()}
      />,
    )
    await user.click(button('Sign in with a passkey'))

    expect(screen.getByRole('status')).toHaveTextContent('Signing you in…')
    expect(onStart).not.toHaveBeenCalled()
  })

  it('holds both passkey buttons while a fresh challenge loads after a failure', async () => {
    const { user, onStart, onUseOtherDevice } = renderScreen({
      phase: 'preparing',
      canHybrid: true,
      error: 'Something went wrong on our side. Please try again.',
    })

    await user.click(button('Sign in with a passkey'))
    await user.click(button('Use a phone or tablet'))

    expect(button('Sign in with a passkey')).toHaveAttribute('aria-disabled', 'true')
    expect(button('Use a phone or tablet')).toHaveAttribute('aria-disabled', 'true')
    expect(onStart).not.toHaveBeenCalled()
    expect(onUseOtherDevice).not.toHaveBeenCalled()
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong')
  })

  it('holds the phone option while a prompt is open, and says so', async () => {
    const { user, onUseOtherDevice } = renderScreen({ phase: 'prompting', canHybrid: true })

    await user.click(button('Use a phone or tablet'))

    expect(button('Use a phone or tablet')).toHaveAttribute('aria-disabled', 'true')
    expect(onUseOtherDevice).not.toHaveBeenCalled()
  })

  it('makes the password the first way in after repeated cancels, and says so', () => {
    renderScreen({ suggestPassword: true, canHybrid: true })

    expect(buttonNames()).toEqual([
      'Use password instead',
      'Sign in with a passkey',
      'Use a phone or tablet',
      'Use another account',
    ])
    expect(screen.getByText(/You can sign in with your password instead/)).toBeInTheDocument()
  })

  it('shows an error in an alert', () => {
    renderScreen({ error: 'Signing in with your passkey was cancelled. You can try again.' })

    expect(screen.getByRole('alert')).toHaveTextContent('was cancelled')
  })

  it('has no axe violations while ready, prompting and after an error', async () => {
    const { container } = renderScreen({ canHybrid: true, suggestPassword: true, error: 'Oops.' })
    expect(await axeViolations(container)).toEqual([])
  })

  it('has no axe violations while the prompt is open', async () => {
    const { container } = renderScreen({ phase: 'prompting', notice: 'Heads up.' })
    expect(await axeViolations(container)).toEqual([])
  })
})
