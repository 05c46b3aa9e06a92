import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  CodeEntryScreen,
  type CodeEntryScreenProps,
} from '../../src/screens/code-entry/code-entry-screen'
import { setup } from '../support/render'
import { axeViolations } from './a11y'

const callbacks = () => ({
  onSubmit: vi.fn(),
  onResend: vi.fn(),
  onRetry: vi.fn(),
  onChangeChannel: vi.fn(),
  onBack: vi.fn(),
})

function screenElement(props: Partial<CodeEntryScreenProps>) {
  return (
    <CodeEntryScreen
      phase="entering"
      destination="a•••@example.com"
      codeLength={6}
      resendIn={0}
      attemptsLeft={null}
      fieldError={null}
      canChangeChannel={false}
      {...callbacks()}
      {...props}
    />
  )
}

function renderScreen(props: Partial<CodeEntryScreenProps> = {}) {
  const spies = callbacks()
  const view = setup(screenElement({ ...spies, ...props }))
  return { ...view, ...spies }
}

const codeField = () => screen.getByRole('textbox', { name: 'Verification code' })
const button = (name: string) => screen.getByRole('button', { name })

describe('CodeEntryScreen', () => {
  it('renders the contract names and says where the code went', () => {
    renderScreen()

    expect(screen.getByRole('heading', { level: 1, name: 'Enter verification code' })).toHaveFocus()
    expect(codeField()).toHaveAttribute('autocomplete', 'one-time-code')
    expect(codeField()).toHaveAttribute('inputmode', 'numeric')
    expect(codeField()).toHaveAttribute('maxlength', '6')
    expect(button('Verify')).toBeInTheDocument()
    expect(button('Resend code')).toBeInTheDocument()
    expect(screen.getByText('We sent a code to a•••@example.com')).toBeInTheDocument()
  })

  it('submits once, by itself, when the sixth digit is typed', async () => {
    const { user, onSubmit } = renderScreen()

    await user.type(codeField(), '123456')

    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('123456')
  })

  it('submits a pasted code', async () => {
    const { user, onSubmit } = renderScreen()

    await user.click(codeField())
    await user.paste('123456')

    expect(codeField()).toHaveValue('123456')
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('123456')
  })

  it('takes a code pasted anywhere on the card, even before the field has focus', async () => {
    const { user, onSubmit } = renderScreen()
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus()

    await user.paste('Your code: 654 321')

    expect(codeField()).toHaveValue('654321')
    expect(codeField()).toHaveFocus()
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith('654321')
  })

  it('submits a new pasted code over a full wrong one', async () => {
    const { user, onSubmit } = renderScreen()
    await user.type(codeField(), '111111')

    await user.paste('222222')

    expect(onSubmit.mock.calls).toEqual([['111111'], ['222222']])
  })

  it('ignores letters', async () => {
    const { user } = renderScreen()

    await user.type(codeField(), 'a1b2')

    expect(codeField()).toHaveValue('12')
  })

  it('verifies the typed code with Enter once it is complete', async () => {
    const { user, onSubmit } = renderScreen()
    await user.type(codeField(), '123456')

    await user.type(codeField(), '{Enter}')

    expect(onSubmit.mock.calls).toEqual([['123456'], ['123456']])
  })

  it('asks for all six digits in an alert instead of verifying a short code', async () => {
    const { user, onSubmit } = renderScreen()
    await user.type(codeField(), '123')

    await user.click(button('Verify'))

    expect(screen.getByRole('alert')).toHaveTextContent('Enter the 6-digit code.')
    expect(codeField()).toHaveAttribute('aria-invalid', 'true')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('shows the flow’s format error', () => {
    renderScreen({ fieldError: 'format' })

    expect(screen.getByRole('alert')).toHaveTextContent('Enter the 6-digit code.')
  })

  it('says how many tries are left after a wrong code', () => {
    renderScreen({ attemptsLeft: 3 })

    expect(screen.getByRole('alert')).toHaveTextContent('That code is not right. 3 tries left.')
  })

  it('does not verify again while the code is being checked', async () => {
    const { user, onSubmit } = renderScreen({ phase: 'verifying' })

    await user.click(button('Verify'))

    expect(button('Verify')).toHaveAttribute('aria-busy', 'true')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('disables Resend code during the countdown and says how long in words', async () => {
    const spies = callbacks()
    const { user, rerender } = setup(screenElement({ ...spies, resendIn: 24 }))

    expect(button('Resend code')).toBeDisabled()
    expect(screen.getByText('Resend code in 24 s')).toBeInTheDocument()
    expect(button('Resend code')).toHaveAccessibleDescription('Resend code in 24 s')

    rerender(screenElement({ ...spies, resendIn: 0 }))
    expect(screen.queryByText(/Resend code in/)).not.toBeInTheDocument()
    await user.click(button('Resend code'))

    expect(spies.onResend).toHaveBeenCalledOnce()
  })

  it('offers a new code as the way forward when the code expired', async () => {
    const { user, onResend } = renderScreen({ phase: 'expired' })

    expect(screen.getByRole('alert')).toHaveTextContent('That code has expired.')
    expect(codeField()).toBeDisabled()
    expect(screen.getAllByRole('button')[0]).toHaveAccessibleName('Resend code')
    await user.click(button('Resend code'))

    expect(onResend).toHaveBeenCalledOnce()
  })

  it.each([
    { phase: 'tooManyAttempts', text: 'Too many wrong codes. Start again' },
    { phase: 'blocked', text: 'Too many codes were asked for or tried' },
  ] as const)('offers to start again, and no new code, when $phase', async ({ phase, text }) => {
    const { user, onBack, onResend } = renderScreen({ phase })

    expect(screen.getByRole('alert')).toHaveTextContent(text)
    expect(codeField()).toBeDisabled()
    expect(screen.queryByRole('button', { name: 'Resend code' })).toBeNull()
    await user.click(button('Start again'))

    expect(onBack).toHaveBeenCalledOnce()
    expect(onResend).not.toHaveBeenCalled()
  })

  it('offers Try again when the code could not be sent', async () => {
    const { user, onRetry } = renderScreen({
      phase: 'sendFailed',
      error: 'We could not reach the server.',
    })

    expect(screen.getByRole('alert')).toHaveTextContent(
      'We could not send your code. We could not reach the server.',
    )
    await user.click(button('Try again'))

    expect(onRetry).toHaveBeenCalledOnce()
  })

  it('says the code is on its way while sending', () => {
    renderScreen({ phase: 'sending' })

    expect(screen.getByRole('status')).toHaveTextContent('Sending your code…')
  })

  it('offers another channel only when the account has one', async () => {
    const { user, onChangeChannel, rerender } = renderScreen({ canChangeChannel: true })

    button('Use another channel').focus()
    await user.keyboard('{Enter}')
    expect(onChangeChannel).toHaveBeenCalledOnce()

    rerender(screenElement(callbacks()))
    expect(screen.queryByRole('button', { name: 'Use another channel' })).not.toBeInTheDocument()
  })

  it('goes back to another account', async () => {
    const { user, onBack } = renderScreen()

    await user.click(button('Use another account'))

    expect(onBack).toHaveBeenCalledOnce()
  })

  it('has no axe violations while entering and after an error', async () => {
    const { container, rerender } = renderScreen({ resendIn: 12, canChangeChannel: true })
    expect(await axeViolations(container)).toEqual([])

    rerender(
      screenElement({ ...callbacks(), attemptsLeft: 2, notice: 'A new code is on its way.' }),
    )
    expect(await axeViolations(container)).toEqual([])

    rerender(screenElement({ ...callbacks(), phase: 'expired' }))
    expect(await axeViolations(container)).toEqual([])
  })

  describe('a code the device reads by itself (WebOTP)', () => {
    /** A listener the test hands codes through, as the flow's WebOTP listener does. */
    function deviceListener() {
      let receive: ((code: string) => void) | undefined
      const unsubscribe = vi.fn()
      const listen = vi.fn((onCode: (code: string) => void) => {
        receive = onCode
        return unsubscribe
      })
      return { listen, unsubscribe, deliver: (code: string) => receive?.(code) }
    }

    it('fills and submits the code it is handed', async () => {
      const device = deviceListener()
      const { onSubmit } = renderScreen({ listenForCode: device.listen })

      device.deliver('246810')

      await vi.waitFor(() => {
        expect(onSubmit).toHaveBeenCalledExactlyOnceWith('246810')
      })
      expect(codeField()).toHaveValue('246810')
    })

    it('does not listen while no code is expected', () => {
      const device = deviceListener()

      renderScreen({ phase: 'expired', listenForCode: device.listen })

      expect(device.listen).not.toHaveBeenCalled()
    })

    it('stops listening when the screen goes away', () => {
      const device = deviceListener()
      const { unmount } = renderScreen({ listenForCode: device.listen })

      unmount()

      // StrictMode subscribes twice; every subscription ends.
      expect(device.unsubscribe).toHaveBeenCalledTimes(device.listen.mock.calls.length)
    })
  })
})
