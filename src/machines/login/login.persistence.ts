/**
 * Reload safety: the login actor's persisted snapshot lives in sessionStorage, so a reload in
 * the middle of the flow resumes at the same step, and restarts cleanly when the backend's
 * pending login (or session) has lapsed.
 *
 * Only resting steps are written, never a step with a request or an OS prompt in flight: an
 * in-flight actor's input would be persisted too, and for `password.checking` that input is the
 * password. Nothing stored lets anyone skip a step: the tokens are the backend's, and it judges.
 */
import type { AnyActorRef, Snapshot } from 'xstate'
import { observeLoginFlow } from './login.observe'
import type { LoginContext, LoginNotice } from './login.types'

export const LOGIN_SNAPSHOT_KEY = 'passkey-login:flow'
/** Bump when the machine's shape changes; an older stored flow is dropped, not migrated. */
export const LOGIN_SNAPSHOT_VERSION = 1

interface StoredFlow {
  version: number
  savedAt: number
  snapshot: unknown
}

/** Where a reload can resume (after the lookup: before it, a fresh start is the same thing). */
const restingSteps = [
  { passkeyLogin: 'ready' },
  { password: 'entering' },
  'locked',
  'code',
  'append',
  'appendToDevice',
] as const

/** Child steps with nothing in flight. */
const restingChildSteps = {
  code: ['choosingChannel', 'entering', 'expired', 'tooManyAttempts', 'sendFailed'],
  append: ['offer', 'cancelled', 'timedOut', 'failed', 'optionsFailed', 'created', 'alreadyExists'],
} as const

interface SnapshotLike {
  status: string
  value: unknown
  context: LoginContext
  matches(state: unknown): boolean
  children: Record<string, AnyActorRef | undefined>
}

function childRests(snapshot: SnapshotLike, id: 'code' | 'append'): boolean {
  const child = snapshot.children[id]?.getSnapshot() as
    { matches?: (s: string) => boolean } | undefined
  return restingChildSteps[id].some((step) => child?.matches?.(step) === true)
}

/** True when the flow is at a step a reload may resume. */
export function isResting(snapshot: SnapshotLike): boolean {
  if (snapshot.status !== 'active') return false
  if (!restingSteps.some((step) => snapshot.matches(step))) return false
  if (snapshot.matches('code')) return childRests(snapshot, 'code')
  if (snapshot.matches('append') || snapshot.matches('appendToDevice')) {
    return childRests(snapshot, 'append')
  }
  return true
}

/**
 * Keeps `storage` in step with the actor: resting steps are written, the end of the flow (or a
 * return to the identifier) clears it. Returns the unsubscribe function.
 */
export function persistLoginFlow(
  actor: AnyActorRef,
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  now: () => number = Date.now,
): () => void {
  const write = () => {
    const snapshot = actor.getSnapshot() as SnapshotLike
    try {
      if (snapshot.status !== 'active' || snapshot.matches('identifier')) {
        storage.removeItem(LOGIN_SNAPSHOT_KEY)
      } else if (isResting(snapshot)) {
        const stored: StoredFlow = {
          version: LOGIN_SNAPSHOT_VERSION,
          savedAt: now(),
          snapshot: actor.getPersistedSnapshot(),
        }
        storage.setItem(LOGIN_SNAPSHOT_KEY, JSON.stringify(stored))
      }
    } catch {
      // Storage full or blocked: a reload then starts over, which is safe.
    }
  }
  return observeLoginFlow(actor, write)
}

export function resumeRestoredFlow(actor: AnyActorRef): void {
  actor.send({ type: 'code.resume' })
}

export type RestoredFlow =
  { kind: 'resume'; snapshot: Snapshot<unknown> } | { kind: 'fresh'; notice: LoginNotice | null }

/**
 * What a new page should start from: the stored flow when it is still valid, else a fresh start
 * (with the `loginExpired` notice when a stored flow had lapsed).
 */
export function restoreLoginFlow(
  storage: Pick<Storage, 'getItem' | 'removeItem'>,
  now: number = Date.now(),
): RestoredFlow {
  let text: string | null
  try {
    text = storage.getItem(LOGIN_SNAPSHOT_KEY)
  } catch {
    return { kind: 'fresh', notice: null }
  }
  if (text === null) return { kind: 'fresh', notice: null }

  const stored = parse(text)
  const context = stored ? contextOf(stored.snapshot) : null
  if (!stored || !context) {
    storage.removeItem(LOGIN_SNAPSHOT_KEY)
    return { kind: 'fresh', notice: null }
  }
  const deadline = context.session?.expiresAt ?? context.pending?.expiresAt
  if (deadline !== undefined && Date.parse(deadline) <= now) {
    storage.removeItem(LOGIN_SNAPSHOT_KEY)
    return { kind: 'fresh', notice: 'loginExpired' }
  }
  return { kind: 'resume', snapshot: stored.snapshot as Snapshot<unknown> }
}

function parse(text: string): StoredFlow | null {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return null
    const stored = value as Partial<StoredFlow>
    if (stored.version !== LOGIN_SNAPSHOT_VERSION || typeof stored.snapshot !== 'object')
      return null
    return stored as StoredFlow
  } catch {
    return null
  }
}

function contextOf(snapshot: unknown): LoginContext | null {
  if (typeof snapshot !== 'object' || snapshot === null || !('context' in snapshot)) return null
  const context = snapshot.context
  if (typeof context !== 'object' || context === null || !('policy' in context)) return null
  return context as LoginContext
}
