/**
 * The fake backend's database: one versioned JSON document, kept in memory and written through
 * to a `Persistence` (localStorage in the browser, nothing in Node). Mutations run inside
 * `transact`, synchronously, so no two requests interleave half-way through a change.
 */
import { now, resetClock } from '../config'
import { credentialRecord, seedData, type SeedCredential } from './seed'
import { dbSchema, type DbData } from './schema'

export interface Persistence {
  read(): string | null
  write(text: string): void
}

export function memoryPersistence(): Persistence {
  let text: string | null = null
  return {
    read: () => text,
    write: (value) => {
      text = value
    },
  }
}

export function localStoragePersistence(key = 'passkey-login:fake-backend'): Persistence {
  return {
    read: () => localStorage.getItem(key),
    write: (text) => localStorage.setItem(key, text),
  }
}

const INBOX_LIMIT = 50

export class FakeDb {
  #persistence: Persistence = memoryPersistence()
  #loading: Promise<DbData> | undefined
  /** Set when a stored document could not be used and the seed replaced it. */
  notice: string | null = null

  /** Switch storage (the browser entry point does this once, before any request). */
  usePersistence(persistence: Persistence): void {
    this.#persistence = persistence
    this.#loading = undefined
  }

  /** Runs `change` on the current data, then saves. `change` must not await. */
  async transact<T>(change: (data: DbData, now: number) => T): Promise<T> {
    const data = await this.#load()
    const at = now()
    purgeExpired(data, at)
    const result = change(data, at)
    this.#save(data)
    return result
  }

  /** Read-only access (expired records are still purged, as every read of a real store would). */
  read<T>(look: (data: DbData, now: number) => T): Promise<T> {
    return this.transact(look)
  }

  /** Everything back to the demo seed. */
  async reset(): Promise<void> {
    resetClock()
    const fresh = await seedData()
    this.#loading = Promise.resolve(fresh)
    this.notice = null
    this.#save(fresh)
  }

  /** Tests: give an account a passkey whose private key the test holds. */
  async seedCredential(identifier: string, seed: SeedCredential): Promise<void> {
    await this.transact((data, now) => {
      const account = data.accounts.find((a) => a.identifier === identifier)
      if (!account) throw new Error(`no demo account ${identifier}`)
      data.credentials.push(credentialRecord(account.id, seed, now))
    })
  }

  #load(): Promise<DbData> {
    this.#loading ??= this.#restore()
    return this.#loading
  }

  async #restore(): Promise<DbData> {
    let text: string | null
    try {
      text = this.#persistence.read()
    } catch {
      text = null // storage blocked (private mode, quota): run from memory
    }
    if (text !== null) {
      const parsed = parseStored(text)
      if (parsed) return parsed
      this.notice =
        'The demo data in this browser was unreadable or from an older version, so it was reset.'
      console.warn(`[fake backend] ${this.notice}`)
    }
    const fresh = await seedData()
    this.#save(fresh)
    return fresh
  }

  #save(data: DbData): void {
    try {
      this.#persistence.write(JSON.stringify(data))
    } catch {
      // Storage full or blocked: the data lives on in memory for this page.
    }
  }
}

function parseStored(text: string): DbData | null {
  try {
    const result = dbSchema.safeParse(JSON.parse(text))
    return result.success ? result.data : null
  } catch {
    return null
  }
}

/** Drops what has expired; an abandoned login takes its not-yet-activated passkeys with it. */
function purgeExpired(data: DbData, now: number): void {
  const abandoned = new Set(
    data.pendingLogins.filter((p) => p.expiresAt <= now).map((p) => p.token),
  )
  if (abandoned.size > 0) {
    data.pendingLogins = data.pendingLogins.filter((p) => !abandoned.has(p.token))
    data.credentials = data.credentials.filter(
      (c) => c.pendingLoginToken === null || !abandoned.has(c.pendingLoginToken),
    )
  }
  data.sessions = data.sessions.filter((s) => s.expiresAt > now)
  // Codes and challenges die with whatever they were bound to, and with their own lifetime.
  const alive = new Set([
    ...data.pendingLogins.map((p) => p.token),
    ...data.sessions.map((s) => s.token),
  ])
  data.codes = data.codes.filter((c) => alive.has(c.boundTo))
  data.challenges = data.challenges.filter((c) => c.expiresAt > now && alive.has(c.boundTo))
  data.usedChallenges = data.usedChallenges.filter((c) => c.expiresAt > now)
  data.inbox = data.inbox.slice(-INBOX_LIMIT)
}

/** The one database the handlers use. */
export const db = new FakeDb()
