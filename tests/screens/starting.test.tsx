import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { StartingScreen } from '../../src/screens/starting/starting-screen'
import { setup } from '../support/render'
import { axeViolations } from './a11y'

describe('StartingScreen', () => {
  it('announces no heading (the next screen decides it) and says it is loading', () => {
    setup(<StartingScreen />)

    expect(screen.queryByRole('heading')).toBeNull()
    expect(document.body).toHaveFocus()
    expect(screen.getByRole('status')).toHaveTextContent('Loading…')
  })

  it('has no axe violations', async () => {
    const { container } = setup(<StartingScreen />)

    expect(await axeViolations(container)).toEqual([])
  })
})
