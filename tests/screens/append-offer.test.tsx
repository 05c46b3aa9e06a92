import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  AppendOfferScreen,
  type AppendOfferScreenProps,
} from '../../src/screens/append-offer/append-offer-screen'
import { setup } from '../support/render'
import { axeViolations } from './a11y'
import { biometrics } from './biometrics'

const callbacks = () => ({ onCreate: vi.fn(), onSkip: vi.fn(), onRetry: vi.fn() })

function renderScreen(props: Partial<AppendOfferScreenProps> = {}) {
  const spies = callbacks()
  const view = setup(
    <AppendOfferScreen
      phase="ready"
      biometric="touchId"
      canSkip
      suggestSkip={false}
      forThisDevice={false}
      {...spies}
      {...props}
    />,
  )
  return { ...view, ...spies }
}

const button = (name: string) => screen.getByRole('button', { name })
const buttonNames = () => screen.getAllByRole('button').map((element) => element.textContent)

describe('AppendOfferScreen', () => {
  it('renders the contract names, with focus on the heading', () => {
    renderScreen()

    expect(screen.getByRole('heading', { level: 1, name: 'Create a passkey' })).toHaveFocus()
    expect(buttonNames()).toEqual(['Create passkey', 'Skip for now'])
  })

  it.each(biometrics)(
    'explains the benefit and what happens next in $name words ($biometric)',
    ({ biometric, name }) => {
      renderScreen({ biometric })

      expect(screen.getByText(`Sign in with ${name} instead of your password`)).toBeInTheDocument()
      expect(screen.getByRole('status')).toHaveTextContent(
        `Your device will ask you to confirm with ${name}.`,
      )
    },
  )

  it.each(biometrics)(
    'waits calmly for $name while the prompt is open ($biometric)',
    ({ biometric, name }) => {
      renderScreen({ biometric, phase: 'prompting' })

      expect(screen.getByRole('status')).toHaveTextContent(`Waiting for ${name}…`)
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    },
  )

  it('shows a decorative passkey icon', () => {
    const { container } = renderScreen()

    const icon = container.querySelector('svg')
    expect(icon).toHaveAttribute('aria-hidden', 'true')
  })

  it('creates the passkey on a click', async () => {
    const { user, onCreate } = renderScreen()

    await user.click(button('Create passkey'))

    expect(onCreate).toHaveBeenCalledOnce()
  })

  it('skips from the keyboard', async () => {
    const { user, onSkip } = renderScreen()

    button('Skip for now').focus()
    await user.keyboard('{Enter}')

    expect(onSkip).toHaveBeenCalledOnce()
  })

  it('offers no skip when a passkey is required, and says why', () => {
    renderScreen({ canSkip: false })

    expect(screen.queryByRole('button', { name: 'Skip for now' })).not.toBeInTheDocument()
    expect(screen.getByText('Your account needs a passkey to continue.')).toBeInTheDocument()
  })

  it('asks to add a passkey to this device after a phone sign-in, with the same button', () => {
    renderScreen({ forThisDevice: true })

    expect(
      screen.getByRole('heading', { level: 1, name: 'Add a passkey to this device' }),
    ).toBeInTheDocument()
    expect(button('Create passkey')).toBeInTheDocument()
  })

  it.each(['loading', 'prompting', 'verifying'] as const)(
    'keeps Create passkey busy and ignores clicks while %s',
    async (phase) => {
      const { user, onCreate } = renderScreen({ phase })

      await user.click(button('Create passkey'))

      expect(button('Create passkey')).toHaveAttribute('aria-busy', 'true')
      // Assistive tech (and tests that wait for a usable button) must hear it as unavailable.
      expect(button('Create passkey')).toHaveAttribute('aria-disabled', 'true')
      expect(onCreate).not.toHaveBeenCalled()
    },
  )

  it('ignores both buttons while the step is being saved', async () => {
    const { user, onCreate, onSkip } = renderScreen({ phase: 'saving' })

    await user.click(button('Create passkey'))
    await user.click(button('Skip for now'))

    expect(onCreate).not.toHaveBeenCalled()
    expect(onSkip).not.toHaveBeenCalled()
  })

  it('reads a cancelled prompt and a timed-out one differently, as information', () => {
    const { rerender } = renderScreen({ phase: 'cancelled' })
    const cancelled = screen.getByText('The request was cancelled. You can try again.')
    expect(cancelled).toHaveAttribute('role', 'status')

    rerender(
      <AppendOfferScreen
        phase="timedOut"
        biometric="touchId"
        canSkip
        suggestSkip={false}
        forThisDevice={false}
        {...callbacks()}
      />,
    )

    expect(screen.getByText(/The request timed out before you confirmed\./)).toHaveAttribute(
      'role',
      'status',
    )
    expect(screen.queryByText(/was cancelled/)).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('lets the user create again after a cancel', async () => {
    const { user, onCreate } = renderScreen({ phase: 'cancelled' })

    await user.click(button('Create passkey'))

    expect(onCreate).toHaveBeenCalledOnce()
  })

  it.each(['We could not create your passkey.', 'We could not reach the server.'])(
    'shows an alert and a Try again button when it failed: %s',
    async (error) => {
      const { user, onRetry } = renderScreen({ phase: 'failed', error })

      expect(screen.getByRole('alert')).toHaveTextContent(error)
      await user.click(button('Try again'))

      expect(onRetry).toHaveBeenCalledOnce()
    },
  )

  it('suggests skipping after repeated cancels and makes it the first action', () => {
    renderScreen({ phase: 'cancelled', suggestSkip: true })

    expect(screen.getByText('No problem — you can skip and do this later.')).toBeInTheDocument()
    expect(buttonNames()).toEqual(['Skip for now', 'Create passkey'])
  })

  it('does not suggest a skip the policy forbids', () => {
    renderScreen({ phase: 'cancelled', suggestSkip: true, canSkip: false })

    expect(screen.queryByText(/you can skip/)).not.toBeInTheDocument()
    expect(buttonNames()).toEqual(['Create passkey'])
  })

  it('has no axe violations when ready, prompting and failed', async () => {
    const { container, rerender } = renderScreen()
    expect(await axeViolations(container)).toEqual([])

    rerender(
      <AppendOfferScreen
        phase="prompting"
        biometric="windowsHello"
        canSkip={false}
        suggestSkip={false}
        forThisDevice
        {...callbacks()}
      />,
    )
    expect(await axeViolations(container)).toEqual([])

    rerender(
      <AppendOfferScreen
        phase="failed"
        biometric="windowsHello"
        canSkip
        suggestSkip
        forThisDevice={false}
        {...callbacks()}
      />,
    )
    expect(await axeViolations(container)).toEqual([])
  })
})
