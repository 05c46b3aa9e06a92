/**
 * No dead ends when something the page resumes is broken: a damaged saved flow starts afresh
 * with a notice (and stays fixed on reload), and a page that cannot be drawn at all offers
 * "Start over".
 */
import { QueryClient } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/app'
import { loadLazyActors } from '../../src/machines/lazy-logic'
import { defaultLoginMachine } from '../../src/machines/login/login.actors'
import { SESSION_KEY } from '../../src/app/session-store'
import {
  LOGIN_SNAPSHOT_KEY,
  loginSnapshotVersion,
} from '../../src/machines/login/login.persistence'
import { signIn } from '../support/backend'
import { renderApp } from '../support/app'
import { setup } from '../support/render'

// The stored version is the running machine's, read once its later steps have loaded.
beforeAll(() => loadLazyActors(defaultLoginMachine))

/** A saved flow as a crashed tab could leave it: the right version, a state that does not exist. */
function saveDamagedFlow(snapshot: Record<string, unknown>) {
  sessionStorage.setItem(
    LOGIN_SNAPSHOT_KEY,
    JSON.stringify({
      version: loginSnapshotVersion(defaultLoginMachine),
      savedAt: Date.now(),
      snapshot,
    }),
  )
}

describe('a damaged saved flow', () => {
  it.each([
    ['an unknown state', { status: 'active', value: 'noSuchStep', context: {}, children: {} }],
    [
      'the code step without its child',
      { status: 'active', value: 'code', context: {}, children: {} },
    ],
    ['a finished flow', { status: 'done', value: 'authenticated', context: {}, children: {} }],
  ])('with %s starts afresh at the first screen, saying so', async (_, snapshot) => {
    saveDamagedFlow(snapshot)

    renderApp()

    // The page first loads what restoring needs (the contract, the persistence chunk): the first
    // time in a test file, that is a cold module transform, slower than a browser's fetch.
    expect(
      await screen.findByRole('heading', { name: 'Sign in' }, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(screen.getByText(/could not pick up where you left off/)).toBeInTheDocument()
    expect(sessionStorage.getItem(LOGIN_SNAPSHOT_KEY)).toBeNull()
  })
})

describe('a page that cannot be drawn', () => {
  it('offers "Start over", which clears what the page was resuming and signs in afresh', async () => {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(await signIn('ana@example.com')))
    sessionStorage.setItem(LOGIN_SNAPSHOT_KEY, 'left over')
    vi.spyOn(console, 'error').mockImplementation(() => undefined) // React reports the crash
    const broken = () => {
      throw new Error('this device cannot be read')
    }
    const { user } = setup(
      <App
        initialPath="/dashboard"
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
        detectDevice={broken}
      />,
    )

    expect(
      await screen.findByRole('heading', { name: 'Something went wrong' }, { timeout: 8000 }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Start over' }))

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(sessionStorage.getItem(LOGIN_SNAPSHOT_KEY)).toBeNull()
  })
})
