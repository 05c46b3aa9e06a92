/**
 * Model-based test of the code machine (pattern in tests/machines/support/machine-model.ts):
 * the machine's own logic is walked with every enabled event from a small map, including the
 * actors' results and the countdown's ticks as events; every shortest path is replayed on a
 * real actor with fake actors and a fake clock. Together the runs must reach every state, take
 * every transition, and find no state from which the step cannot end.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestModel } from 'xstate/graph'
import { codeMachine, type CodeInput } from '../../../src/machines/code/code.machine'
import { fault, rejection } from '../support/api-errors'
import {
  createCoverage,
  createMachineModel,
  replayPath,
  type ModelEvents,
} from '../support/machine-model'
import { codeFakes, codeSent, oneChannel, session, twoChannels } from './code-harness'

/**
 * One event per outcome the machine tells apart. The backend's countdowns are 1 s here, which
 * keeps the walk small (the 30 s countdown has its unit test); ticks and data-free events are
 * generated from the machine's own transitions.
 */
const events: ModelEvents<typeof codeMachine> = {
  'code.choose': [
    { type: 'code.choose', channel: 'email' },
    { type: 'code.choose', channel: 'sms' },
  ],
  'code.submit': [
    { type: 'code.submit', code: '123456' },
    { type: 'code.submit', code: '12 34' },
  ],
  // A generator: the answer names the channel the snapshot is sending to.
  'xstate.done.actor.sendCode': (snapshot) => [
    { type: 'xstate.done.actor.sendCode', output: codeSent(snapshot.context.channel, 1) },
  ],
  'xstate.error.actor.sendCode': [
    rejection('otpSend', 'resend_cooldown', { retryAfterSeconds: 1 }),
    rejection('otpSend', 'unauthorized'),
    rejection('otpSend', 'too_many_attempts'),
    rejection('otpSend', 'code_rate_limited', { retryAfterSeconds: 3600 }),
    fault('otpSend', 'network'),
  ].map((error) => ({ type: 'xstate.error.actor.sendCode' as const, error })),
  'xstate.done.actor.verifyCode': [{ type: 'xstate.done.actor.verifyCode', output: session }],
  'xstate.error.actor.verifyCode': [
    rejection('otpVerify', 'code_invalid', { attemptsLeft: 4 }),
    rejection('otpVerify', 'code_expired'),
    rejection('otpVerify', 'too_many_attempts'),
    rejection('otpVerify', 'code_rate_limited', { retryAfterSeconds: 3600 }),
    rejection('otpVerify', 'unauthorized'),
    fault('otpVerify', 'server'),
  ].map((error) => ({ type: 'xstate.error.actor.verifyCode' as const, error })),
}

// With one channel the choice is skipped (an `always` transition); with two it is offered.
const inputs: { name: string; input: CodeInput }[] = [
  { name: 'one channel', input: oneChannel },
  { name: 'two channels', input: twoChannels },
]

describe('the code machine as a model', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })

  it('cannot go through createTestModel, which refuses machines that invoke actors', () => {
    // The reason machine-model.ts builds the TestModel itself.
    expect(() => createTestModel(codeMachine)).toThrow(
      'Invocations on test machines are not supported',
    )
  })

  it.each(inputs)('can end from every snapshot it can reach, with $name', ({ input }) => {
    const model = createMachineModel(codeMachine, { input, events })

    // The two stops the code step cannot leave by itself: the parent's "Start again" (back) does.
    const stops = model
      .deadEnds()
      .filter((end) => !/^\{"value":"(tooManyAttempts|blocked)"/.test(end))
    expect(stops).toEqual([])
  })

  it('reaches every state and takes every transition on a real actor', async () => {
    const coverage = createCoverage(codeMachine)
    let paths = 0

    for (const { input } of inputs) {
      for (const path of createMachineModel(codeMachine, { input, events }).paths) {
        const { machine, sendCode, verifyCode } = codeFakes()
        await replayPath(path, { machine, input, actors: { sendCode, verifyCode }, coverage })
        paths++
      }
    }

    const { states, transitions } = coverage.report()
    console.log(
      `code machine: ${paths} paths; states ${states.covered}/${states.total}, ` +
        `transitions ${transitions.covered}/${transitions.total}`,
    )
    expect(states.missing).toEqual([])
    expect(transitions.missing).toEqual([])
    expect(states.covered).toBe(states.total)
    expect(transitions.covered).toBe(transitions.total)
  })
})
