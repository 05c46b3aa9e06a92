import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { StartingScreen } from '../../src/screens/starting/starting-screen'
import { setup } from '../support/render'
import { axeViolations } from './a11y'

describe('StartingScreen', () => {
  it('shows the sign-in heading with focus and a polite loading status', () => {
    setup(<StartingScreen />)

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent('Loading…')
  })

  it('has no axe violations', async () => {
    const { container } = setup(<StartingScreen />)

    expect(await axeViolations(container)).toEqual([])
  })
})
