/** The model-based helper itself, on a toy machine with an actor, a timer and a dead end. */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { assign, fromPromise, setup } from 'xstate'
import { controlledPromiseActor } from './controlled-promise-actor'
import { createCoverage, createMachineModel, replayPath, type ModelEvents } from './machine-model'

const toy = setup({
  types: {
    context: {} as { tries: number },
    events: {} as { type: 'toy.giveUp' } | { type: 'toy.finish' },
  },
  actors: { load: fromPromise<string>(() => Promise.reject(new Error('not provided'))) },
  guards: { canRetry: ({ context }) => context.tries < 1 },
  delays: { pause: 500 },
}).createMachine({
  id: 'toy',
  context: { tries: 0 },
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        id: 'load',
        src: 'load',
        onDone: 'loaded',
        onError: [
          {
            guard: 'canRetry',
            target: 'waiting',
            actions: assign({ tries: ({ context }) => context.tries + 1 }),
          },
          { target: 'stuck' },
        ],
      },
    },
    waiting: { after: { pause: 'loading' }, on: { 'toy.giveUp': 'stuck' } },
    loaded: { on: { 'toy.finish': 'finished' } },
    // No way out: the dead end the model must find.
    stuck: {},
    finished: { type: 'final' },
  },
})

const events: ModelEvents<typeof toy> = {
  'xstate.done.actor.load': [{ type: 'xstate.done.actor.load', output: 'data' }],
  'xstate.error.actor.load': [{ type: 'xstate.error.actor.load', error: new Error('offline') }],
}

function fakes() {
  const load = controlledPromiseActor<string, unknown>()
  return { machine: toy.provide({ actors: { load: load.logic } }), actors: { load } }
}

describe('machine-model', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })

  it('finds the snapshots from which no final state is reachable', () => {
    const model = createMachineModel(toy, { input: undefined, events })

    const deadEnds = model.deadEnds()

    expect(deadEnds.length).toBeGreaterThan(0)
    for (const snapshot of deadEnds) expect(snapshot).toContain('"value":"stuck"')
  })

  it('replays every path, timers included, and counts what the real actor took', async () => {
    const model = createMachineModel(toy, { input: undefined, events })
    const coverage = createCoverage(toy)

    for (const path of model.paths) {
      await replayPath(path, { ...fakes(), input: undefined, coverage })
    }

    expect(coverage.report()).toMatchObject({
      states: { covered: 5, total: 5 },
      transitions: { covered: 6, total: 6 },
    })
  })

  it('reports the transitions no path took', async () => {
    const model = createMachineModel(toy, {
      input: undefined,
      events: { ...events, 'xstate.error.actor.load': [] },
    })
    const coverage = createCoverage(toy)

    for (const path of model.paths) {
      await replayPath(path, { ...fakes(), input: undefined, coverage })
    }

    expect(coverage.report().transitions.missing).toEqual([
      '#toy.loading xstate.error.actor.load[0] → #toy.waiting',
      '#toy.loading xstate.error.actor.load[1] → #toy.stuck',
      '#toy.waiting toy.giveUp[0] → #toy.stuck',
      '#toy.waiting xstate.after.pause.toy.waiting[0] → #toy.loading',
    ])
  })

  it('fails when the real actor is not where the model is', async () => {
    const model = createMachineModel(toy, { input: undefined, events })
    const { actors } = fakes()
    // The real actor never retries; the model does.
    const drifted = toy.provide({
      actors: { load: actors.load.logic },
      guards: { canRetry: () => false },
    })
    const [longest] = [...model.paths].sort((a, b) => b.steps.length - a.steps.length)

    await expect(
      replayPath(longest!, { machine: drifted, input: undefined, actors }),
    ).rejects.toThrow(/step \d+ \(xstate\.error\.actor\.load\)/)
  })

  it('asks for data for the actors’ results', () => {
    expect(() => createMachineModel(toy, { input: undefined, events: {} })).toThrow(
      'the model needs events for "xstate.done.actor.load"',
    )
  })
})
