/** The fake backend's store: survives reloads, and a bad store is reset with a notice. */
import { describe, expect, it, vi } from 'vitest'
import { FakeDb, memoryPersistence, type Persistence } from '../../mocks/db/store'
import { STORE_VERSION } from '../../mocks/db/schema'

/** Two pages over the same storage: what the first wrote, the second (a reload) reads. */
function reloadable(storage: Persistence = memoryPersistence()) {
  const open = () => {
    const db = new FakeDb()
    db.usePersistence(storage)
    return db
  }
  return { storage, open }
}

describe('the store', () => {
  it('keeps data across a reload', async () => {
    const { open } = reloadable()
    await open().transact((data) => {
      data.accounts[0]!.displayName = 'Ana Reloaded'
    })

    const names = await open().read((data) => data.accounts.map((a) => a.displayName))

    expect(names[0]).toBe('Ana Reloaded')
  })

  it('is versioned', async () => {
    const { storage, open } = reloadable()
    await open().read(() => null)

    expect(JSON.parse(storage.read() ?? '{}')).toMatchObject({ version: STORE_VERSION })
  })

  it.each([
    ['corrupt JSON', '{"version": 1, "accounts": ['],
    ['an older version', JSON.stringify({ version: 0, accounts: [] })],
    ['a wrong shape', JSON.stringify({ version: STORE_VERSION, accounts: 'nope' })],
  ])('resets %s to the seed with a notice instead of crashing', async (_, stored) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const storage = memoryPersistence()
    storage.write(stored)
    const db = new FakeDb()
    db.usePersistence(storage)

    const identifiers = await db.read((data) => data.accounts.map((a) => a.identifier))

    expect(identifiers).toEqual(['ana@example.com', 'max@example.com', 'lea@example.com'])
    expect(db.notice).toMatch(/reset/)
    expect(JSON.parse(storage.read() ?? '{}')).toMatchObject({ version: STORE_VERSION })
  })

  it('runs from memory when storage refuses to be read or written', async () => {
    const db = new FakeDb()
    db.usePersistence({
      read: () => {
        throw new Error('SecurityError')
      },
      write: () => {
        throw new Error('QuotaExceededError')
      },
    })

    await db.transact((data) => {
      data.accounts[0]!.displayName = 'Still works'
    })

    expect(await db.read((data) => data.accounts[0]?.displayName)).toBe('Still works')
  })

  it('reset brings back the seed and clears the notice', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const storage = memoryPersistence()
    storage.write('garbage')
    const db = new FakeDb()
    db.usePersistence(storage)
    await db.read(() => null)

    await db.reset()

    expect(db.notice).toBeNull()
    expect(await db.read((data) => data.credentials)).toEqual([])
  })
})
