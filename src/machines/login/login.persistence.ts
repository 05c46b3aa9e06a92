/**
 * Reload safety: the login actor's persisted snapshot lives in sessionStorage, so a reload in
 * the middle of the flow resumes at the same step, and restarts cleanly when the backend's
 * pending login (or session) has lapsed, or when what is stored cannot be resumed.
 *
 * Only resting steps are written, never a step with a request or an OS prompt in flight: an
 * in-flight actor's input would be persisted too, and for `password.checking` that input is the
 * password. Nothing stored lets anyone skip a step: the tokens are the backend's, and it judges.
 */
import { createActor, type AnyActorRef, type AnyStateMachine, type Snapshot } from 'xstate'
import { loadedContract } from '../../api/contract-loader'
import { LOGIN_SNAPSHOT_KEY } from './login.saved-flow'
import { lazyActorsReady } from '../lazy-logic'
import { machineVersion } from '../machine-version'
import { defaultPolicy } from '../policy'
import { loginMachine, type LoginMachine } from './login.machine'
import { observeFlow } from '../observe-flow'
import { selectLoginView, type LoginSnapshot } from './login.selectors'
import type { LoginNotice } from './login.types'

export {
  clearLoginFlow,
  hasSavedLoginFlow,
  LOGIN_SNAPSHOT_KEY,
  resumeRestoredFlow,
} from './login.saved-flow'

const versions = new WeakMap<AnyStateMachine, string>()

/**
 * Derived from the machines' definitions, the steps' child machines included: a stored flow of
 * another shape is dropped. The children load later (`loadLazyActors`), and so does this.
 */
export function loginSnapshotVersion(machine: AnyStateMachine = loginMachine): string {
  let version = versions.get(machine)
  if (version === undefined) {
    version = machineVersion(machine)
    versions.set(machine, version)
  }
  return version
}

interface StoredFlow {
  version: string
  savedAt: number
  snapshot: unknown
}

/**
 * True when the flow is at a step a reload may resume: after the lookup (before it, a fresh start
 * is the same thing), with nothing in flight.
 */
export function isResting(snapshot: LoginSnapshot): boolean {
  if (snapshot.status !== 'active') return false
  if (
    snapshot.matches({ passkeyLogin: 'ready' }) ||
    snapshot.matches({ password: 'entering' }) ||
    snapshot.matches({ password: 'locked' })
  ) {
    return true
  }
  if (snapshot.matches('code')) {
    const code = snapshot.children.code?.getSnapshot()
    return (
      code !== undefined &&
      (code.matches('choosingChannel') ||
        code.matches('sendFailed') ||
        code.matches('codeSent') ||
        code.matches('tooManyAttempts') ||
        code.matches('blocked'))
    )
  }
  if (snapshot.matches('append')) {
    const append = snapshot.children.append?.getSnapshot()
    return (
      append !== undefined &&
      (append.matches({ offering: 'ready' }) ||
        append.matches({ offering: 'failed' }) ||
        append.matches('created') ||
        append.matches('alreadyExists'))
    )
  }
  return false
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
  const { machine } = actor.getSnapshot() as LoginSnapshot
  const write = () => {
    // Nothing worth resuming comes before the later steps have loaded (they follow a network
    // answer); until then the version cannot be read, and a reload starts over, safely.
    if (!lazyActorsReady(machine)) return
    const snapshot = actor.getSnapshot() as LoginSnapshot
    try {
      if (snapshot.status !== 'active' || snapshot.matches('identifier')) {
        storage.removeItem(LOGIN_SNAPSHOT_KEY)
      } else if (isResting(snapshot)) {
        const stored: StoredFlow = {
          version: loginSnapshotVersion(machine),
          savedAt: now(),
          snapshot: actor.getPersistedSnapshot(),
        }
        storage.setItem(LOGIN_SNAPSHOT_KEY, JSON.stringify(stored))
      }
    } catch {
      // Storage full or blocked: a reload then starts over, which is safe.
    }
  }
  const stop = observeFlow(actor, write)
  write() // attached late (its code loads on idle), it catches up with where the flow is
  return stop
}

export type RestoredFlow =
  { kind: 'resume'; snapshot: Snapshot<unknown> } | { kind: 'fresh'; notice: LoginNotice | null }

export interface RestoreOptions {
  /** The machine the flow will run (the stored snapshot is resolved against it). */
  machine?: LoginMachine
  now?: number
}

/**
 * What a new page should start from: the stored flow when it is still valid, else a fresh start:
 * with `loginExpired` when the stored flow had lapsed, with `flowLost` when what was stored
 * cannot be resumed (damaged, or from another version of the app). Such a key is cleared, so a
 * reload never meets it again. When something is stored, the contract and the machine's later
 * steps must be loaded first (`loadContract()`, `loadLazyActors(machine)`).
 */
export function restoreLoginFlow(
  storage: Pick<Storage, 'getItem' | 'removeItem'>,
  { machine = loginMachine, now = Date.now() }: RestoreOptions = {},
): RestoredFlow {
  let text: string | null
  try {
    text = storage.getItem(LOGIN_SNAPSHOT_KEY)
  } catch {
    return { kind: 'fresh', notice: null }
  }
  if (text === null) return { kind: 'fresh', notice: null }
  // Outside the checks below: not loaded is a bug in the caller, not damage to the stored flow.
  const contract = loadedContract()
  const version = loginSnapshotVersion(machine)

  const start = (notice: LoginNotice): RestoredFlow => {
    try {
      storage.removeItem(LOGIN_SNAPSHOT_KEY)
    } catch {
      // Blocked storage: nothing was read either, next time.
    }
    return { kind: 'fresh', notice }
  }

  const stored = parse(text, version)
  if (!stored) return start('flowLost')
  const snapshot = resolve(machine, stored.snapshot, contract)
  if (!snapshot) return start('flowLost')
  const { session, pending } = snapshot.context
  const deadline = session?.expiresAt ?? pending?.expiresAt
  if (deadline !== undefined && Date.parse(deadline) <= now) return start('loginExpired')
  return { kind: 'resume', snapshot: stored.snapshot as Snapshot<unknown> }
}

function parse(text: string, version: string): StoredFlow | null {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return null
    const stored = value as Partial<StoredFlow>
    if (stored.version !== version || typeof stored.snapshot !== 'object') {
      return null
    }
    return stored as StoredFlow
  } catch {
    return null
  }
}

/**
 * The stored snapshot resolved by the machine itself (an unknown state throws), checked to be a
 * resting step the flow can start from, with the backend's answers in the shape of the contract
 * and a view the screens can draw. Null when any of that fails.
 */
function resolve(
  machine: LoginMachine,
  persisted: unknown,
  { sessionSchema, pendingLoginSchema }: ReturnType<typeof loadedContract>,
): LoginSnapshot | null {
  try {
    const snapshot = createActor(machine, {
      snapshot: persisted as Snapshot<unknown>,
      input: { policy: defaultPolicy }, // not read: a snapshot brings its own context
    }).getSnapshot()
    const { session, pending } = snapshot.context
    if (!isResting(snapshot)) return null
    if (session !== null && !sessionSchema.safeParse(session).success) return null
    if (pending !== null && !pendingLoginSchema.safeParse(pending).success) return null
    selectLoginView(snapshot)
    return snapshot
  } catch {
    return null
  }
}
