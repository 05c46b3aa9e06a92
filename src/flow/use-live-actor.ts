/**
 * A flow's actor for React that survives being mounted, unmounted and mounted again (StrictMode
 * in development does exactly that on every mount; `<Activity>` does it for real).
 *
 * Why not `useActorRef` from @xstate/react: its unmount stops the actor and its next mount
 * restarts the *same* actor objects with their old snapshots. A request that the stop aborted
 * then settles into the restarted actor, so the abort ("We could not reach the server") reaches
 * the live flow while the second request's answer is dropped. Here every mount starts a *fresh*
 * actor from the previous one's persisted snapshot: whatever the stopped actor still receives
 * stays with it. Views observe the live actor through `observe`, so they follow each restart and
 * never stay bound to a stopped actor.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import {
  createActor,
  type Actor,
  type ActorOptions,
  type AnyActorLogic,
  type AnyActorRef,
  type EventFromLogic,
  type Snapshot,
  type SnapshotFrom,
} from 'xstate'

export interface LiveActor<TLogic extends AnyActorLogic> {
  /** The actor of the current mount (not started before the first mount). */
  current: () => Actor<TLogic>
  send: (event: EventFromLogic<TLogic>) => void
  /** Calls `onChange` on every change of the live actor, and when a fresh actor takes over. */
  observe: (onChange: () => void) => () => void
  /** Starts the live actor (a fresh one after a stop). Returns the stop. */
  start: () => () => void
}

export interface LiveActorHooks<TLogic extends AnyActorLogic> {
  /** How to watch one actor; by default its own snapshots (the login flow also follows its steps). */
  observe?: (actor: Actor<TLogic>, onChange: () => void) => () => void
  /** Runs each time an actor starts, with that actor; what it returns runs when it stops. */
  onStart?: (actor: Actor<TLogic>) => (() => void) | undefined
}

function subscribeTo(actor: AnyActorRef, onChange: () => void): () => void {
  // Errors surface in the flow's own state; here they only must not go unhandled.
  const subscription = actor.subscribe({ next: onChange, error: () => undefined })
  return () => {
    subscription.unsubscribe()
  }
}

export function createLiveActor<TLogic extends AnyActorLogic>(
  logic: TLogic,
  options: ActorOptions<TLogic>,
  { observe = subscribeTo, onStart }: LiveActorHooks<TLogic> = {},
): LiveActor<TLogic> {
  const create = (snapshot?: Snapshot<unknown>): Actor<TLogic> =>
    createActor(logic, { ...options, ...(snapshot ? { snapshot } : {}) })

  let actor = create()
  /** The persisted snapshot of the last stopped actor: where the next mount resumes. */
  let resumeFrom: Snapshot<unknown> | undefined
  const observers = new Set<{ onChange: () => void; stop: () => void }>()

  function takeOver(next: Actor<TLogic>) {
    actor = next
    for (const observer of observers) {
      observer.stop()
      observer.stop = observe(next, observer.onChange)
      observer.onChange()
    }
  }

  return {
    current: () => actor,
    send: (event) => {
      actor.send(event)
    },
    observe: (onChange) => {
      const observer = { onChange, stop: observe(actor, onChange) }
      observers.add(observer)
      return () => {
        observer.stop()
        observers.delete(observer)
      }
    },
    start: () => {
      if (resumeFrom) {
        takeOver(create(resumeFrom))
        resumeFrom = undefined
      }
      const started = actor
      started.start()
      const cleanup = onStart?.(started)
      return () => {
        cleanup?.()
        resumeFrom = started.getPersistedSnapshot()
        started.stop()
      }
    },
  }
}

/**
 * The live actor of a component: created once, started on mount, stopped on unmount, and
 * resumed by a fresh actor on the next mount. `logic`, `options` and `hooks` are read once.
 */
export function useLiveActor<TLogic extends AnyActorLogic>(
  logic: TLogic,
  options: ActorOptions<TLogic>,
  hooks?: LiveActorHooks<TLogic>,
): LiveActor<TLogic> {
  const [live] = useState(() => createLiveActor(logic, options, hooks))
  useEffect(() => live.start(), [live])
  return live
}

/**
 * The live actor's current snapshot, re-read on every change the actor's `observe` reports (for
 * the flows, also their code and append steps, whose changes leave the parent's snapshot as it
 * was). Read while rendering, so a snapshot no screen can draw throws into the error element.
 */
export function useLiveSnapshot<TLogic extends AnyActorLogic>(
  live: LiveActor<TLogic>,
): SnapshotFrom<TLogic> {
  const changes = useRef(0)
  const subscribe = useCallback(
    (notify: () => void) =>
      live.observe(() => {
        changes.current += 1
        notify()
      }),
    [live],
  )
  useSyncExternalStore(subscribe, () => changes.current)
  return live.current().getSnapshot()
}
