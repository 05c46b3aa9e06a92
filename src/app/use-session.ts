import { useSyncExternalStore } from 'react'
import { useSessionStore } from './session-store'
import type { Session } from 'passkey-login'

/** The signed-in session, or null; re-renders on sign-in and sign-out (in any tab). */
export function useSession(): Session | null {
  const store = useSessionStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
