/**
 * The flows' actor across a remount (what StrictMode does to every mount in development): the
 * first mount's aborted request must never reach the flow, and observers follow the new actor.
 */
import { describe, expect, it } from 'vitest'
import { assign, fromPromise, setup } from 'xstate'
import { createLiveActor } from '../../src/flow/use-live-actor'
import { controlledPromiseActor } from '../machines/support/controlled-promise-actor'

function loaderMachine(load: ReturnType<typeof controlledPromiseActor<string, undefined>>) {
  return setup({
    types: { context: {} as { result: string } },
    actors: { load: load.logic as ReturnType<typeof fromPromise<string>> },
  }).createMachine({
    context: { result: '' },
    initial: 'loading',
    states: {
      loading: {
        invoke: {
          src: 'load',
          onDone: { target: 'loaded', actions: assign({ result: ({ event }) => event.output }) },
          onError: { target: 'failed' },
        },
      },
      loaded: {},
      failed: {},
    },
  })
}

describe('a live actor', () => {
  it('keeps the answer of the second mount, not the abort of the first', async () => {
    const load = controlledPromiseActor<string, undefined>()
    const live = createLiveActor(loaderMachine(load), {})

    const stopFirst = live.start()
    stopFirst() // unmount: the first request is aborted
    live.start() // mount again
    const [first, second] = load.calls
    expect(first?.signal.aborted).toBe(true)
    expect(second?.signal.aborted).toBe(false)

    await first?.reject(new DOMException('aborted', 'AbortError'))
    expect(live.current().getSnapshot().value).toBe('loading')
    await second?.resolve('options')

    expect(live.current().getSnapshot().value).toBe('loaded')
    expect(live.current().getSnapshot().context.result).toBe('options')
  })

  it('moves its observers to the fresh actor of a new mount, and sends events there', async () => {
    const load = controlledPromiseActor<string, undefined>()
    const live = createLiveActor(loaderMachine(load), {})
    const seen: string[] = []
    live.observe(() => {
      seen.push(live.current().getSnapshot().value)
    })

    live.start()()
    const firstActor = live.current()
    live.start()
    expect(live.current()).not.toBe(firstActor)
    await load.latest().resolve('options')

    expect(seen.at(-1)).toBe('loaded')
  })

  it('runs onStart for every started actor and its cleanup when that actor stops', () => {
    const load = controlledPromiseActor<string, undefined>()
    const events: string[] = []
    const live = createLiveActor(
      loaderMachine(load),
      {},
      {
        onStart: (actor) => {
          events.push(`start ${actor.sessionId}`)
          return () => events.push(`stop ${actor.sessionId}`)
        },
      },
    )

    live.start()()
    live.start()

    expect(events).toHaveLength(3)
    expect(events[0]?.startsWith('start')).toBe(true)
    expect(events[1]?.startsWith('stop')).toBe(true)
    expect(events[2]).not.toBe(events[0])
  })
})
