/**
 * A `fromPromise` fake for machine tests: every call waits until the test settles it, so a test
 * decides when (and how) a request ends without sleeps or real I/O. Each call keeps the actor's
 * `signal`, so a test can check the request was aborted when the machine left the state.
 *
 *   const sendCode = controlledPromiseActor<CodeSent, SendCodeInput>()
 *   const actor = createActor(codeMachine.provide({ actors: { sendCode: sendCode.logic } }), ...)
 *   await sendCode.latest().resolve(sent)   // the machine has taken the done event here
 */
import { fromPromise, type PromiseActorLogic } from 'xstate'

export interface ControlledCall<TOutput, TInput> {
  input: TInput
  signal: AbortSignal
  /** Fulfils the call; resolves once the machine has taken `xstate.done.actor.*`. */
  resolve(output: TOutput): Promise<void>
  /** Rejects the call; resolves once the machine has taken `xstate.error.actor.*`. */
  reject(error: unknown): Promise<void>
}

export interface ControlledPromiseActor<TOutput, TInput> {
  logic: PromiseActorLogic<TOutput, TInput>
  /** Every call so far, oldest first. */
  calls: ControlledCall<TOutput, TInput>[]
  /** The newest call; throws when the actor was never invoked. */
  latest(): ControlledCall<TOutput, TInput>
}

export function controlledPromiseActor<TOutput, TInput>(): ControlledPromiseActor<TOutput, TInput> {
  const calls: ControlledCall<TOutput, TInput>[] = []
  const logic = fromPromise<TOutput, TInput>(({ input, signal }) => {
    let fulfil!: (output: TOutput) => void
    let fail!: (error: unknown) => void
    const promise = new Promise<TOutput>((resolve, reject) => {
      fulfil = resolve
      fail = reject
    })
    // fromPromise subscribed to `promise` when it started the actor, before any test code could,
    // so by the time the test's own reaction runs the machine has taken the event.
    const settled = () =>
      promise.then(
        () => undefined,
        () => undefined,
      )
    calls.push({
      input,
      signal,
      resolve: (output) => {
        fulfil(output)
        return settled()
      },
      reject: (error) => {
        fail(error)
        return settled()
      },
    })
    return promise
  })
  return {
    logic,
    calls,
    latest() {
      const call = calls.at(-1)
      if (!call) throw new Error('the actor was never invoked')
      return call
    },
  }
}
