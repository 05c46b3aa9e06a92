/**
 * Where the signed-in session's bearer token is kept: the embedder's choice (`tokenStore`), with
 * the trade-off stated plainly:
 *
 * - `memory`: gone on reload and in other tabs. A script injected into the page can use the
 *   token while the page is open, but cannot read it from storage afterwards. The safest.
 * - `session` (the default): sessionStorage. Survives a reload in the same tab, ends with the
 *   tab. An injected script can read it while the tab lives.
 * - `local`: localStorage. Survives restarts and is shared by every tab (signing out in one
 *   signs out all). An injected script can read it, and it stays on the device for the session's
 *   12 hours. The most convenient, the most exposed.
 *
 * Whatever the choice, a Content-Security-Policy that forbids injected scripts is what keeps
 * any of them safe (see the README). An external store (subscribe + getSnapshot) so React reads
 * it with useSyncExternalStore; a session past its expiry reads as none. A saved session is
 * checked against the contract, whose schemas load after the first screen: the app waits for
 * them before its first render only when `hasSaved()` (see `App`).
 */
import { createContext, useContext } from 'react'
import {
  isContractLoaded,
  loadContract,
  loadedContract,
  readItem,
  type Session,
  type StorageArea,
  webStorage,
  writeItem,
} from 'passkey-login'

export type TokenStore = 'memory' | 'session' | 'local'

export const DEFAULT_TOKEN_STORE: TokenStore = 'session'

export const SESSION_KEY = 'passkey-login:session'

export interface SessionStore {
  readonly kind: TokenStore
  subscribe: (listener: () => void) => () => void
  getSnapshot: () => Session | null
  set: (session: Session | null) => void
  /** True when storage holds a saved session, which reading checks against the contract. */
  hasSaved: () => boolean
}

function parse(text: string | null): Session | null {
  if (text === null) return null
  try {
    const parsed = loadedContract().sessionSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function createSessionStore(kind: TokenStore = DEFAULT_TOKEN_STORE): SessionStore {
  // Blocked or full storage falls back to memory for this page, instead of signing out.
  let area: StorageArea | null = kind === 'memory' || !webStorage(kind) ? null : kind
  const listeners = new Set<() => void>()
  let held: { text: string | null; session: Session | null } = { text: null, session: null }

  const notify = () => {
    for (const listener of listeners) listener()
  }

  const read = (): { text: string | null; session: Session | null } => {
    if (area === null) return held
    const text = readItem(area, SESSION_KEY)
    if (text === held.text) return held
    if (text !== null && !isContractLoaded()) {
      // Saved by another tab before this one has its schemas: read it once they are in.
      void loadContract().then(notify, () => undefined)
      return { text: null, session: null }
    }
    held = { text, session: parse(text) }
    return held
  }

  return {
    kind,
    subscribe: (listener) => {
      listeners.add(listener)
      // Signed in or out in another tab (localStorage only fires this across tabs).
      const onStorage = (event: StorageEvent) => {
        if (event.key === SESSION_KEY) listener()
      }
      if (kind === 'local') window.addEventListener('storage', onStorage)
      return () => {
        listeners.delete(listener)
        if (kind === 'local') window.removeEventListener('storage', onStorage)
      }
    },
    getSnapshot: () => {
      const { session } = read()
      return session && Date.parse(session.expiresAt) > Date.now() ? session : null
    },
    set: (session) => {
      const text = session ? JSON.stringify(session) : null
      held = { text, session }
      if (area !== null && !writeItem(area, SESSION_KEY, text)) area = null
      notify()
    },
    hasSaved: () => area !== null && readItem(area, SESSION_KEY) !== null,
  }
}

export const SessionStoreContext = createContext<SessionStore | null>(null)

/** The app's session store (App provides it). */
export function useSessionStore(): SessionStore {
  const store = useContext(SessionStoreContext)
  if (!store) throw new Error('useSessionStore: render inside <App> (SessionStoreContext)')
  return store
}
