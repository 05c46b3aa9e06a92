/**
 * Screens the first one does not need, in a chunk of their own: fetched when the browser is idle
 * (`preload`), then drawn at once, with no fallback, when the flow gets there. Only a user faster
 * than an idle browser sees the Suspense fallback, for as long as the chunk takes.
 */
import { createElement, use, type ComponentType } from 'react'
import { loadOnce } from '../load-once'

export function deferred<M extends object>(load: () => Promise<M>) {
  const chunk = loadOnce(load)
  const preload = chunk.load

  /** A component of the chunk, by its export name, that suspends only while the chunk is not in. */
  function component<K extends keyof M>(name: K) {
    type Props = M[K] extends ComponentType<infer P> ? P & object : never
    function Deferred(props: Props) {
      // `use` only when the chunk is not in yet: a loaded chunk renders in the same pass.
      const module = chunk.current ?? use(preload())
      const Component = module[name] as ComponentType<Props>
      return createElement(Component, props)
    }
    Deferred.displayName = String(name)
    return Deferred
  }

  return { preload, component }
}
