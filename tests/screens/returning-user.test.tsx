import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { ReturningUserScreen } from '../../src/screens/returning-user/returning-user-screen'
import { setup } from '../support/render'
import { axeViolations } from './a11y'

function renderScreen({ busy = false } = {}) {
  const callbacks = { onContinue: vi.fn(), onUseAnother: vi.fn() }
  return {
    ...setup(<ReturningUserScreen identifier="ana@example.com" busy={busy} {...callbacks} />),
    ...callbacks,
  }
}

describe('ReturningUserScreen', () => {
  it('greets the last account with focus on the heading', () => {
    renderScreen()

    expect(screen.getByRole('heading', { level: 1, name: 'Welcome back' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Continue as ana@example.com' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Use another account' })).toBeInTheDocument()
  })

  it('continues as the remembered account on a click', async () => {
    const { user, onContinue, onUseAnother } = renderScreen()

    await user.click(screen.getByRole('button', { name: 'Continue as ana@example.com' }))

    expect(onContinue).toHaveBeenCalledOnce()
    expect(onUseAnother).not.toHaveBeenCalled()
  })

  it('switches to another account from the keyboard', async () => {
    const { user, onUseAnother } = renderScreen()

    await user.tab()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Use another account' })).toHaveFocus()
    await user.keyboard(' ')

    expect(onUseAnother).toHaveBeenCalledOnce()
  })

  it('waits while the account is looked up: both buttons unavailable, and says so', async () => {
    const { user, onContinue, onUseAnother } = renderScreen({ busy: true })

    const continueAs = screen.getByRole('button', { name: 'Continue as ana@example.com' })
    const another = screen.getByRole('button', { name: 'Use another account' })
    expect(continueAs).toHaveAttribute('aria-busy', 'true')
    expect(another).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByText('Checking…')).toHaveAttribute('aria-live', 'polite')
    await user.click(continueAs)
    await user.click(another)

    expect(onContinue).not.toHaveBeenCalled()
    expect(onUseAnother).not.toHaveBeenCalled()
  })

  it('has no axe violations', async () => {
    const { container } = renderScreen()

    expect(await axeViolations(container)).toEqual([])
  })
})
