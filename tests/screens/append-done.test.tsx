import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { AppendDoneScreen } from '../../src/screens/append-done/append-done-screen'
import { setup } from '../support/render'
import { axeViolations } from './a11y'
import { biometrics } from './biometrics'

describe('AppendDoneScreen', () => {
  it('confirms a created passkey, with focus on the heading', () => {
    setup(<AppendDoneScreen outcome="created" biometric="touchId" onContinue={vi.fn()} />)

    expect(screen.getByRole('heading', { level: 1, name: 'Passkey created' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument()
  })

  it.each(biometrics)('says the next sign-in uses $name ($biometric)', ({ biometric, name }) => {
    setup(<AppendDoneScreen outcome="created" biometric={biometric} onContinue={vi.fn()} />)

    expect(screen.getByText(`Next time, sign in with ${name}.`)).toBeInTheDocument()
  })

  it('falls back to "your passkey" when the platform is not given', () => {
    setup(<AppendDoneScreen outcome="created" onContinue={vi.fn()} />)

    expect(screen.getByText('Next time, sign in with your passkey.')).toBeInTheDocument()
  })

  it('says an existing passkey on this device is fine, not an error', () => {
    setup(<AppendDoneScreen outcome="alreadyExists" biometric="touchId" onContinue={vi.fn()} />)

    expect(
      screen.getByRole('heading', { level: 1, name: 'You already have a passkey here' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText('This device already has a passkey for your account.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('continues from the keyboard', async () => {
    const onContinue = vi.fn()
    const { user } = setup(<AppendDoneScreen outcome="created" onContinue={onContinue} />)

    await user.tab()
    await user.keyboard('{Enter}')

    expect(onContinue).toHaveBeenCalledOnce()
  })

  it('has no axe violations for either outcome', async () => {
    const { container, rerender } = setup(
      <AppendDoneScreen outcome="created" biometric="faceIdOrTouchId" onContinue={vi.fn()} />,
    )
    expect(await axeViolations(container)).toEqual([])

    rerender(<AppendDoneScreen outcome="alreadyExists" onContinue={vi.fn()} />)
    expect(await axeViolations(container)).toEqual([])
  })
})
