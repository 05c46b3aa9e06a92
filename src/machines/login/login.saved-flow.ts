/**
 * What the page needs to know of a saved flow before the persistence code has loaded: where it
 * is kept, whether there is one, how to clear it, and how to wake a resumed one. Saving and
 * restoring (`login.persistence.ts`) are a chunk of their own, loaded on idle, or before the
 * first screen when there is something to restore.
 */
import type { AnyActorRef } from 'xstate'

export const LOGIN_SNAPSHOT_KEY = 'passkey-login:flow'

/**
 * True when `storage` holds a flow to resume. Restoring one checks it against the contract, so
 * its schemas must be loaded first (`loadContract()`); `LoginFlow` waits for them then.
 */
export function hasSavedLoginFlow(storage: Pick<Storage, 'getItem'>): boolean {
  try {
    return storage.getItem(LOGIN_SNAPSHOT_KEY) !== null
  } catch {
    return false
  }
}

/** Clears a stored flow (the app's "Start over"). */
export function clearLoginFlow(storage: Pick<Storage, 'removeItem'>): void {
  try {
    storage.removeItem(LOGIN_SNAPSHOT_KEY)
  } catch {
    // Blocked storage holds nothing to clear.
  }
}

/** After a restored (or remounted) actor starts: timers are not persisted, so restart them. */
export function resumeRestoredFlow(actor: AnyActorRef): void {
  actor.send({ type: 'code.resume' })
}
