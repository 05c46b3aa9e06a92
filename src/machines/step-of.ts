/**
 * The top-level state of a snapshot as a union of its state names, so a selector can `switch` on
 * it exhaustively: a state added or renamed in a machine is a type error in its selector, not a
 * screen that silently falls back to another.
 */
import type { StateValue } from 'xstate'

export type StepOf<TValue extends StateValue> = TValue extends string
  ? TValue
  : keyof TValue & string

export function stepOf<TValue extends StateValue>(value: TValue): StepOf<TValue> {
  const step = typeof value === 'string' ? value : Object.keys(value)[0]
  if (step === undefined) throw new Error('A snapshot without a state')
  return step as StepOf<TValue>
}

/** For the `default` of an exhaustive switch: reaching it is a bug in the selector. */
export function unknownStep(step: never): never {
  throw new Error(`No view for the state "${String(step)}"`)
}
