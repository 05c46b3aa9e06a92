/** Where the session token lives is the embedder's choice; each choice keeps its promise. */
import { describe, expect, it, vi } from 'vitest'
import type { Session } from '../../src/api/contract'
import { createSessionStore, SESSION_KEY } from '../../src/app/session-store'
import { memoryStorage } from '../support/memory-storage'

const session: Session = {
  token: 'session-token',
  expiresAt: new Date(Date.now() + 60_000).toISOString(),
  user: { id: 'dXNlcg', identifier: 'ana@example.com', displayName: 'Ana' },
}

function withStorage() {
  const local = memoryStorage()
  const tab = memoryStorage()
  vi.stubGlobal('localStorage', local)
  vi.stubGlobal('sessionStorage', tab)
  vi.stubGlobal('window', { addEventListener: vi.fn(), removeEventListener: vi.fn() })
  return { local, tab }
}

describe('the session store', () => {
  it('keeps the token in sessionStorage by default: a reload in the tab stays signed in', async () => {
    const { local, tab } = withStorage()

    createSessionStore().set(session)

    expect(tab.items.has(SESSION_KEY)).toBe(true)
    expect(local.items.has(SESSION_KEY)).toBe(false)
    // The new page (fresh modules) checks the saved session against the contract, whose schemas
    // load after the first screen (held here until released): it says there is one to wait for,
    // and tells its readers once it is read.
    let releaseSchemas: () => void = () => undefined
    const schemasArrive = new Promise<void>((resolve) => {
      releaseSchemas = resolve
    })
    vi.resetModules()
    vi.doMock('../../src/api/contract', async (original) => {
      await schemasArrive
      return original()
    })
    try {
      const newPage = await import('../../src/app/session-store')
      const reloaded = newPage.createSessionStore()
      expect(reloaded.hasSaved()).toBe(true)
      const changed = vi.fn()
      reloaded.subscribe(changed)
      expect(reloaded.getSnapshot()).toBeNull()

      releaseSchemas()

      await vi.waitFor(() => expect(changed).toHaveBeenCalled())
      expect(reloaded.getSnapshot()?.token).toBe('session-token')
    } finally {
      vi.doUnmock('../../src/api/contract')
      vi.resetModules()
    }
  })

  it('keeps it in memory only when asked: nothing is written, a new page starts signed out', () => {
    const { local, tab } = withStorage()
    const store = createSessionStore('memory')

    store.set(session)

    expect(store.getSnapshot()?.token).toBe('session-token')
    expect([...local.items.keys(), ...tab.items.keys()]).toEqual([])
    expect(createSessionStore('memory').getSnapshot()).toBeNull()
  })

  it('keeps it in localStorage when asked: shared by tabs, signed out in all at once', () => {
    const { local } = withStorage()

    createSessionStore('local').set(session)

    expect(local.items.has(SESSION_KEY)).toBe(true)
    createSessionStore('local').set(null)
    expect(local.items.has(SESSION_KEY)).toBe(false)
  })

  it('falls back to memory where storage is blocked, instead of signing the user out', () => {
    withStorage()
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('SecurityError')
      },
      removeItem: () => undefined,
    })
    const store = createSessionStore('session')

    store.set(session)

    expect(store.getSnapshot()?.token).toBe('session-token')
  })

  it('reads an expired session as none', () => {
    withStorage()
    const store = createSessionStore('memory')

    store.set({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() })

    expect(store.getSnapshot()).toBeNull()
  })
})
