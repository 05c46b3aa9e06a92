/**
 * Waiting for an actor in machine tests, failing with what was expected and where the actor is
 * (a bare `waitFor` times out with "Timeout of 10000 ms exceeded" and nothing else).
 */
import { waitFor, type AnyActorRef, type AnyMachineSnapshot, type SnapshotFrom } from 'xstate'

export async function waitWithReason<TActor extends AnyActorRef>(
  actor: TActor,
  predicate: (snapshot: SnapshotFrom<TActor>) => boolean,
  expected: string,
  timeout = 3000,
): Promise<SnapshotFrom<TActor>> {
  try {
    return await waitFor(actor, predicate, { timeout })
  } catch (error) {
    const { value, status } = actor.getSnapshot() as { value?: unknown; status: string }
    throw new Error(
      `Expected ${expected} within ${timeout} ms; the actor is ${status} at ${JSON.stringify(value)}`,
      { cause: error },
    )
  }
}

/** Waits until a machine's actor is in `state`. */
export function reach<TActor extends AnyActorRef>(
  actor: TActor,
  state: SnapshotFrom<TActor> extends AnyMachineSnapshot
    ? Parameters<SnapshotFrom<TActor>['matches']>[0]
    : never,
): Promise<SnapshotFrom<TActor>> {
  return waitWithReason(
    actor,
    (snapshot) => (snapshot as AnyMachineSnapshot).matches(state as never),
    `the state ${JSON.stringify(state)}`,
  )
}
