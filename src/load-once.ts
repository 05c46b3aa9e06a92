/**
 * A chunk (or anything async) fetched at most once at a time: every caller shares the pending
 * load, `current` reads the result synchronously once it is in, and a failed load (offline) is
 * tried again by the next call. Imports nothing, so every layer may use it.
 */
export interface LoadOnce<T> {
  load: () => Promise<T>
  readonly current: T | undefined
}

export function loadOnce<T>(load: () => Promise<T>): LoadOnce<T> {
  let loaded: T | undefined
  let loading: Promise<T> | undefined
  return {
    load: () => {
      loading ??= load().then(
        (value) => (loaded = value),
        (error: unknown) => {
          loading = undefined
          throw error
        },
      )
      return loading
    },
    get current() {
      return loaded
    },
  }
}
