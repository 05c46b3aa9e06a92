/**
 * Screens the first one does not need, in a chunk of their own: fetched when the browser is idle
 * (`preload`), then drawn at once, with no fallback, when the flow gets there. Only a user faster
 * than an idle browser sees the Suspense fallback, for as long as the chunk takes.
 */
import { createElement, use, type ComponentType } from 'react'

export function deferred<M extends object>(load: () => Promise<M>) {
  let loaded: M | undefined
  let loading: Promise<M> | undefined

  /** Fetches the chunk once; a failed fetch (offline) is tried again next time. */
  function preload(): Promise<M> {
    loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined
        throw error
      },
    )
    return loading
  }

  /** A component of the chunk, by its export name, that suspends only while the chunk is not in. */
  function component<K extends keyof M>(name: K) {
    type Props = M[K] extends ComponentType<infer P> ? P & object : never
    function Deferred(props: Props) {
      // `use` only when the chunk is not in yet: a loaded chunk renders in the same pass.
      const module = loaded ?? use(preload())
      const Component = module[name] as ComponentType<Props>
      return createElement(Component, props)
    }
    Deferred.displayName = String(name)
    return Deferred
  }

  return { preload, component }
}
