/** The designers' docs pages are generated from the code: the machines and copy/. */
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { copy } from '../../src/copy/en'
import { CopyDeck, entriesOf } from '../../src/docs/copy-deck'
import { FlowChart, transitionsOf } from '../../src/docs/flow-chart'
import { loginMachine } from '../../src/machines/login/login.machine'

describe('the login flow page', () => {
  it('lists the machine’s transitions, including the way into "authenticated"', () => {
    render(<FlowChart machine={loginMachine} />)

    const rows = transitionsOf(loginMachine)
    expect(screen.getAllByRole('row')).toHaveLength(rows.length + 1)
    expect(rows.some((row) => row.target === 'authenticated')).toBe(true)
    expect(rows.some((row) => row.event === 'identifier.submit')).toBe(true)
  })
})

describe('the copy deck', () => {
  it('shows each platform’s wording and every sign-in string', () => {
    render(<CopyDeck />)

    const platforms = screen.getByRole('table', { name: 'Per platform' })
    expect(within(platforms).getByText('Windows Hello')).toBeInTheDocument()
    expect(within(platforms).getAllByRole('row')).toHaveLength(6)
    const signIn = screen.getByRole('table', { name: 'Sign-in' })
    expect(within(signIn).getByText('identifier.heading')).toBeInTheDocument()
    expect(within(signIn).getAllByText(copy.identifier.heading).length).toBeGreaterThan(0)
    const laterSteps = screen.getByRole('table', { name: 'Later steps' })
    expect(within(laterSteps).getByText('codeEntry.heading')).toBeInTheDocument()
  })

  it('fills values into sentences with placeholders', () => {
    const entries = entriesOf({ greet: (name: string) => `Hello ${name}` })

    expect(entries).toEqual([{ key: 'greet(…)', text: 'Hello {1}' }])
  })
})
