/**
 * The signed-in session, kept in localStorage so a reload stays signed in. An external store
 * (subscribe + getSnapshot) so React reads it with useSyncExternalStore and routes react to it.
 * A session past its expiry reads as none.
 */
import { sessionSchema, type Session } from '../api/contract'
import { readItem, writeItem } from '../storage/web-storage'

const KEY = 'passkey-login:session'
const listeners = new Set<() => void>()
let cached: { text: string | null; session: Session | null } = { text: null, session: null }

export const sessionStore = {
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener)
    const onStorage = (event: StorageEvent) => {
      if (event.key === KEY) listener() // signed in or out in another tab
    }
    window.addEventListener('storage', onStorage)
    return () => {
      listeners.delete(listener)
      window.removeEventListener('storage', onStorage)
    }
  },

  getSnapshot: (): Session | null => {
    const text = readItem('local', KEY)
    if (text !== cached.text) {
      let session: Session | null = null
      try {
        const parsed = sessionSchema.safeParse(JSON.parse(text ?? 'null'))
        session = parsed.success ? parsed.data : null
      } catch {
        session = null
      }
      cached = { text, session }
    }
    const { session } = cached
    return session && Date.parse(session.expiresAt) > Date.now() ? session : null
  },

  set: (session: Session | null): void => {
    const text = session ? JSON.stringify(session) : null
    // Storage blocked: the session then lasts as long as this page.
    if (!writeItem('local', KEY, text)) cached = { text, session }
    for (const listener of listeners) listener()
  },
}
