/**
 * The stand-ins for the later steps' machines: a machine set up with them runs and resumes like
 * one set up with the real logic, once loaded; before, using them fails loudly; a failed
 * download is tried again.
 */
import { describe, expect, it, vi } from 'vitest'
import { createActor, createMachine, setup } from 'xstate'
import {
  lazyActorsReady,
  lazyLogic,
  loadingActor,
  loadLazyActors,
  RELOAD_AFTER_MS,
} from '../../src/machines/lazy-logic'

const child = createMachine({
  id: 'child',
  initial: 'one',
  states: { one: { on: { next: 'two' } }, two: {} },
})

function parentWith(load: () => Promise<typeof child>) {
  const lazy = lazyLogic(load)
  const parent = setup({ actors: { step: lazy.logic } }).createMachine({
    initial: 'before',
    states: {
      before: { on: { go: 'inStep' } },
      inStep: {
        invoke: { id: 'step', src: 'step' },
        on: {
          next: { actions: ({ self }) => self.getSnapshot().children.step?.send({ type: 'next' }) },
        },
      },
    },
  })
  return { lazy, parent }
}

describe('lazyLogic', () => {
  it('runs the real logic once loaded, and the parent resumes its child from a snapshot', async () => {
    const { parent } = parentWith(() => Promise.resolve(child))
    expect(lazyActorsReady(parent)).toBe(false)
    await loadLazyActors(parent)
    expect(lazyActorsReady(parent)).toBe(true)

    const actor = createActor(parent).start()
    actor.send({ type: 'go' })
    actor.send({ type: 'next' })
    const persisted = actor.getPersistedSnapshot()
    actor.stop()

    const resumed = createActor(parent, { snapshot: persisted }).start()
    const step = resumed.getSnapshot().children.step
    expect(step?.getSnapshot().value).toBe('two')
  })

  it('fails loudly when the logic is used before it is loaded', () => {
    const { parent } = parentWith(() => new Promise(() => undefined))
    const actor = createActor(parent)
    const errors = vi.fn()
    actor.subscribe({ error: errors })
    actor.start()
    actor.send({ type: 'go' })
    expect(errors).toHaveBeenCalledTimes(1)
    expect(String(errors.mock.calls[0]?.[0])).toContain('before it was loaded')
  })

  it('tries a failed download again on the next load', async () => {
    const load = vi
      .fn<() => Promise<typeof child>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(child)
    const { parent } = parentWith(load)

    await expect(loadLazyActors(parent)).rejects.toThrow('Failed to fetch')
    await loadLazyActors(parent)

    expect(load).toHaveBeenCalledTimes(2)
    expect(lazyActorsReady(parent)).toBe(true)
  })

  it('loadingActor waits out a failed download and tries again until it loads', async () => {
    vi.useFakeTimers()
    try {
      const load = vi
        .fn<() => Promise<typeof child>>()
        .mockRejectedValueOnce(new TypeError('Failed to fetch'))
        .mockResolvedValue(child)
      const lazy = lazyLogic(load)
      const actor = createActor(loadingActor(lazy)).start()

      await vi.advanceTimersByTimeAsync(0)
      expect(actor.getSnapshot().status).toBe('active')
      await vi.advanceTimersByTimeAsync(RELOAD_AFTER_MS)

      expect(actor.getSnapshot().status).toBe('done')
      expect(load).toHaveBeenCalledTimes(2)
    } finally {
      vi.useRealTimers()
    }
  })
})
