/**
 * Actor logic from a chunk that loads later. The sign-in page names the code and append steps'
 * machines in `setup({ actors })` now and downloads them while the user types; the stand-in
 * delegates every use to the real logic, so XState sees the machine itself. It must not be used
 * before its `load()` has settled, and the login machine makes sure of that: it waits in
 * `afterPassword` and `afterPasskey` (invoking `loadLaterSteps`) before it enters a step, and a
 * saved flow is restored only after `loadLazyActors(machine)` (see `LoginFlow`).
 */
import { fromPromise, type AnyActorLogic, type AnyStateMachine } from 'xstate'
import { loadOnce } from '../load-once'

const LAZY = Symbol('lazy actor logic')

interface LazyControl {
  load: () => Promise<unknown>
  isLoaded: () => boolean
}

export interface LazyLogic<T extends AnyActorLogic> {
  /** The stand-in, typed as the logic it stands for. */
  logic: T
  /** Downloads the logic once (again after a failure) and resolves when it can be used. */
  load: () => Promise<T>
}

export function lazyLogic<T extends AnyActorLogic>(load: () => Promise<T>): LazyLogic<T> {
  const logic = loadOnce(load)
  const control = { load: logic.load, isLoaded: () => logic.current !== undefined }

  const real = (): T => {
    if (!logic.current) {
      throw new Error('Actor logic used before it was loaded: await its load() first')
    }
    return logic.current
  }

  const standIn = new Proxy({} as T, {
    get: (_, key) => {
      if (key === LAZY) return control
      const target = real()
      const value: unknown = Reflect.get(target, key)
      // Methods run on the real logic, whatever `this` XState calls them with.
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value
    },
    has: (_, key) => key === LAZY || Reflect.has(real(), key),
  })

  return { logic: standIn, load: logic.load }
}

function lazyControlOf(logic: unknown): LazyControl | undefined {
  if (typeof logic !== 'object' || logic === null || !(LAZY in logic)) return undefined
  return (logic as Record<typeof LAZY, LazyControl>)[LAZY]
}

const lazyControlsOf = (machine: AnyStateMachine): LazyControl[] =>
  Object.values(machine.implementations.actors as Record<string, unknown>).flatMap(
    (logic) => lazyControlOf(logic) ?? [],
  )

/** True once every lazy actor logic `machine` was set up or provided with has loaded. */
export function lazyActorsReady(machine: AnyStateMachine): boolean {
  return lazyControlsOf(machine).every((control) => control.isLoaded())
}

const preparing = new WeakMap<AnyStateMachine, Promise<void>>()

/**
 * Loads every lazy actor logic of `machine`: the same promise for the same machine (so React's
 * `use()` can wait on it), a new one after a failure.
 */
export function loadLazyActors(machine: AnyStateMachine): Promise<void> {
  let promise = preparing.get(machine)
  if (!promise) {
    promise = Promise.all(lazyControlsOf(machine).map((control) => control.load())).then(
      () => undefined,
      (error: unknown) => {
        preparing.delete(machine)
        throw error
      },
    )
    preparing.set(machine, promise)
  }
  return promise
}

/** How long to wait before trying a failed download again. */
export const RELOAD_AFTER_MS = 2000

/**
 * An actor that loads the given logic. A failed download (offline) is tried again every
 * `RELOAD_AFTER_MS` until it succeeds or the state is left: the flow waits, showing it is busy,
 * until the network is back, and never has to tell a missing chunk from a failed request.
 */
export function loadingActor(...lazy: LazyLogic<AnyActorLogic>[]) {
  return fromPromise<undefined>(async ({ signal }) => {
    for (;;) {
      try {
        await Promise.all(lazy.map((logic) => logic.load()))
        return undefined
      } catch {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, RELOAD_AFTER_MS)
          signal.addEventListener('abort', () => {
            clearTimeout(timer)
            resolve()
          })
        })
        if (signal.aborted) return undefined
      }
    }
  })
}
