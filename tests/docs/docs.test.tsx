/** The designers' docs pages are generated from the code: the machines and copy/. */
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CopyDeck, messagesOf } from '../../src/docs/copy-deck'
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
  it('shows every message in English, German and Arabic side by side, with each platform’s wording', () => {
    render(<CopyDeck />)

    const platforms = screen.getByRole('table', { name: 'Per platform' })
    expect(within(platforms).getByText('Waiting for Windows Hello…')).toBeInTheDocument()
    expect(within(platforms).getByText('Warten auf Windows Hello …')).toBeInTheDocument()
    expect(within(platforms).getAllByRole('row')).toHaveLength(1 + 5 * 2)
    const signIn = screen.getByRole('table', { name: 'Sign-in' })
    const heading = within(signIn).getByText('identifier.heading').closest('tr')
    expect(heading).toHaveTextContent(/Sign in.*Anmelden.*تسجيل الدخول/)
    expect(within(signIn).getByText('تسجيل الدخول')).toHaveAttribute('dir', 'rtl')
    const laterSteps = screen.getByRole('table', { name: 'Later steps' })
    expect(within(laterSteps).getByText('codeEntry.heading')).toBeInTheDocument()
  })

  it('lists a catalog’s messages by dotted key', () => {
    expect(messagesOf({ a: { b: 'one', c: '{n, plural, one {#} other {#}}' } })).toEqual([
      ['a.b', 'one'],
      ['a.c', '{n, plural, one {#} other {#}}'],
    ])
  })
})
