import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { LockedScreen, type LockedScreenProps } from '../../src/screens/locked/locked-screen'
import { setup } from '../support/render'
import { axeViolations } from './a11y'

function renderScreen(props: Partial<LockedScreenProps> = {}) {
  const callbacks = { onUsePasskey: vi.fn(), onBack: vi.fn() }
  const view = setup(
    <LockedScreen
      identifier="ana@example.com"
      retryAfterSeconds={900}
      hasPasskeys={false}
      {...callbacks}
      {...props}
    />,
  )
  return { ...view, ...callbacks }
}

describe('LockedScreen', () => {
  it('says the account is locked, with focus on the heading', () => {
    renderScreen()

    expect(
      screen.getByRole('heading', { level: 1, name: 'Account temporarily locked' }),
    ).toHaveFocus()
    expect(screen.getByText('Too many attempts. Try again in 15 minutes.')).toBeInTheDocument()
  })

  it.each([
    { retryAfterSeconds: 60, text: 'Try again in 1 minute.' },
    { retryAfterSeconds: 20, text: 'Try again in 1 minute.' },
    { retryAfterSeconds: 61, text: 'Try again in 2 minutes.' },
    { retryAfterSeconds: null, text: 'Try again later.' },
  ])('reads $retryAfterSeconds seconds as "$text"', ({ retryAfterSeconds, text }) => {
    renderScreen({ retryAfterSeconds })

    expect(screen.getByText(new RegExp(text.replace('.', '\\.')))).toBeInTheDocument()
  })

  it('offers the passkey, which still works, when the account has one', async () => {
    const { user, onUsePasskey } = renderScreen({ hasPasskeys: true })

    await user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }))

    expect(onUsePasskey).toHaveBeenCalledOnce()
  })

  it('offers no passkey when the account has none, only another account', async () => {
    const { user, onBack } = renderScreen()
    expect(screen.queryByRole('button', { name: 'Sign in with a passkey' })).not.toBeInTheDocument()

    screen.getByRole('button', { name: 'Use another account' }).focus()
    await user.keyboard('{Enter}')

    expect(onBack).toHaveBeenCalledOnce()
  })

  it('has no axe violations', async () => {
    const { container } = renderScreen({ hasPasskeys: true })

    expect(await axeViolations(container)).toEqual([])
  })
})
