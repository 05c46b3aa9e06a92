/**
 * Model-based testing for our machines, which invoke actors and use delayed transitions.
 *
 * The model is the machine's own pure logic, walked by `xstate/graph` without running anything:
 * an invoked actor's result and a timer firing are plain events in that walk
 * (`xstate.done.actor.<id>` with `output`, `xstate.error.actor.<id>` with `error`,
 * `xstate.after.<delay>.<state id>`), taken wherever the machine listens for them. Each path the
 * model yields is then replayed on a real actor of the machine with controlled fake actors and
 * fake timers: a done event resolves the fake's pending call, an error event rejects it, an after
 * event advances the clock. After every step the real actor must be exactly where the model is
 * (state, context, status, output), and what it really took is recorded for coverage.
 *
 * Why `new TestModel(...)` and not `createTestModel(machine)`: in xstate 5.33 `createTestModel`
 * first validates the machine and throws "Invocations on test machines are not supported" /
 * "After events on test machines are not supported" for any `invoke` or `after`. The class it
 * returns takes the machine as is; this helper gives it what `createTestModel` would (events per
 * state, a transition-aware state serializer) plus `filterEvents` that keeps enabled events only.
 *
 * Usage (see tests/machines/code/code.model.test.ts):
 *
 *   const model = createMachineModel(machine, { input, events })
 *   const coverage = createCoverage(machine)
 *   for (const path of model.paths) await replayPath(path, { machine: withFakes, input, actors, coverage })
 *   expect(model.deadEnds()).toEqual([])
 *   expect(coverage.report().transitions.missing).toEqual([])
 */
import { expect, vi } from 'vitest'
import {
  createActor,
  pathToStateValue,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type AnyStateNode,
  type AnyTransitionDefinition,
  type EventFromLogic,
  type EventObject,
  type InputFrom,
  type InspectionEvent,
  type SnapshotFrom,
} from 'xstate'
import {
  TestModel,
  getStateNodes,
  serializeSnapshot,
  toDirectedGraph,
  type DirectedGraphNode,
  type SerializedEvent,
  type SerializedSnapshot,
  type TestPath,
} from 'xstate/graph'

/** An event of the model: the machine's own, an invoked actor's result, or a timer firing. */
export type ModelEvent<TMachine extends AnyStateMachine> =
  | EventFromLogic<TMachine>
  | { type: `xstate.done.actor.${string}`; output: unknown }
  | { type: `xstate.error.actor.${string}`; error: unknown }
  | { type: `xstate.after.${string}` }

/**
 * The events to explore, by type: a list, or a generator of the snapshot (for outputs that
 * depend on the state). Types left out are explored as `{ type }`, which suits events without
 * data and timers; actors' results carry data, so their types must be listed.
 */
export type ModelEvents<TMachine extends AnyStateMachine> = Partial<
  Record<ModelEvent<TMachine>['type'] | WildcardType, ModelEventSource<TMachine>>
>

/**
 * A wildcard the machine listens for, such as `'code.*'` to forward to a child: the model sends
 * the events listed under it (a machine's own events) instead of the wildcard itself.
 */
export type WildcardType = `${string}.*`

/** A fixed list, or a generator of the snapshot. */
export type ModelEventSource<TMachine extends AnyStateMachine> =
  | readonly ModelEvent<TMachine>[]
  | ((snapshot: SnapshotFrom<TMachine>) => readonly ModelEvent<TMachine>[])

export interface MachineModelOptions<TMachine extends AnyStateMachine> {
  input: InputFrom<TMachine>
  events: ModelEvents<TMachine>
}

export type ModelPath = TestPath<AnyMachineSnapshot, EventObject>

export interface MachineModel {
  testModel: TestModel<AnyMachineSnapshot, EventObject, unknown>
  /** Shortest paths to every (state, context, incoming transition) the model can reach. */
  paths: ModelPath[]
  /** Reachable snapshots (value and context) from which no final state can be reached. */
  deadEnds(): string[]
}

/** A fake actor the replay can settle: `controlledPromiseActor()` fits. */
export interface SettleableActor {
  latest(): {
    resolve(output: unknown): Promise<void>
    reject(error: unknown): Promise<void>
  }
}

const DONE = 'xstate.done.actor.'
const ERROR = 'xstate.error.actor.'
const AFTER = /^xstate\.after\.([^.]+)\./

/**
 * An event as JSON, errors included. A DOMException has no own enumerable field, so plain JSON
 * would make two different prompt failures one and the same edge, and the model would drop one.
 */
function serializeEvent(event: EventObject): string {
  return JSON.stringify(event, (_key, value: unknown) =>
    value instanceof Error
      ? { ...Object.fromEntries(Object.entries(value)), name: value.name, message: value.message }
      : value,
  )
}

/** A vertex is the snapshot plus how it was reached, so every transition gets its own path. */
function serializeVertex(
  snapshot: AnyMachineSnapshot,
  event: EventObject | undefined,
  previous: AnyMachineSnapshot | undefined,
): string {
  const via =
    event && previous ? ` via ${serializeEvent(event)} from ${JSON.stringify(previous.value)}` : ''
  return serializeSnapshot(snapshot) + via
}

export function createMachineModel<TMachine extends AnyStateMachine>(
  machine: TMachine,
  { input, events }: MachineModelOptions<TMachine>,
): MachineModel {
  const eventTypes = [...new Set(machineGraph(machine).transitions.map((t) => t.eventType))].filter(
    (type) => type !== '',
  )
  for (const type of eventTypes) {
    if ((type.startsWith(DONE) || type.startsWith(ERROR)) && !(type in events)) {
      throw new Error(`the model needs events for "${type}": an actor's result carries data`)
    }
  }
  const eventsIn = (snapshot: AnyMachineSnapshot): EventObject[] =>
    eventTypes.flatMap((type): readonly EventObject[] => {
      const listed = (events as Partial<Record<string, ModelEventSource<TMachine>>>)[type]
      if (!listed) return [{ type }]
      // The snapshot comes from walking this very machine.
      return typeof listed === 'function' ? listed(snapshot as SnapshotFrom<TMachine>) : listed
    })

  const testModel = new TestModel<AnyMachineSnapshot, EventObject, unknown>(machine, {
    input,
    events: eventsIn,
    // Enabled events only: a guard that says no, or an event the state ignores, is no transition.
    // A finished actor takes no event at all, though `can()` and the pure transition still
    // answer from its final state (for instance with an `on` at the root).
    filterEvents: (snapshot, event) => snapshot.status === 'active' && snapshot.can(event),
    serializeState: serializeVertex,
    serializeEvent,
  })

  return {
    testModel,
    paths: testModel.getShortestPaths(),
    deadEnds() {
      const adjacency = testModel.getAdjacencyMap()
      const vertices = Object.keys(adjacency) as SerializedSnapshot[]
      const predecessors = new Map<string, string[]>()
      const canFinish = new Set<string>()
      for (const key of vertices) {
        const { state, transitions } = adjacency[key]!
        if (state.status === 'done') canFinish.add(key)
        for (const eventKey of Object.keys(transitions) as SerializedEvent[]) {
          const next = transitions[eventKey]!
          const nextKey = serializeVertex(next.state, next.event, state)
          predecessors.set(nextKey, [...(predecessors.get(nextKey) ?? []), key])
        }
      }
      // A Set iterates what is added during the loop: a backwards breadth-first walk.
      for (const key of canFinish) {
        for (const previous of predecessors.get(key) ?? []) canFinish.add(previous)
      }
      const stuck = vertices.filter((key) => !canFinish.has(key))
      return [...new Set(stuck.map((key) => serializeSnapshot(adjacency[key]!.state)))]
    },
  }
}

export interface ReplayOptions<TMachine extends AnyStateMachine> {
  /** The machine under test, provided with the fake actors below. */
  machine: TMachine
  input: InputFrom<TMachine>
  /** Fake actors by invoke id. */
  actors: Record<string, SettleableActor>
  coverage?: Coverage
}

/** Replays a model path on a real actor and checks it is where the model is after every step. */
export async function replayPath<TMachine extends AnyStateMachine>(
  path: ModelPath,
  { machine, input, actors, coverage }: ReplayOptions<TMachine>,
): Promise<void> {
  if (!vi.isFakeTimers())
    throw new Error('replayPath runs timers on the fake clock: vi.useFakeTimers()')
  const actor = createActor(machine, { input, inspect: coverage?.inspect })
  actor.start()
  try {
    for (const [index, step] of path.steps.entries()) {
      if (step.event.type !== 'xstate.init') await take(step.event)
      const actual = actor.getSnapshot()
      coverage?.visit(actual)
      expect(
        observable(actual),
        `step ${index} (${step.event.type}) of: ${describePath(path)}`,
      ).toEqual(observable(step.state))
    }
  } finally {
    actor.stop()
  }

  async function take(event: EventObject): Promise<void> {
    if (event.type.startsWith(DONE)) {
      await actorFor(event.type.slice(DONE.length)).latest().resolve(field(event, 'output'))
    } else if (event.type.startsWith(ERROR)) {
      await actorFor(event.type.slice(ERROR.length)).latest().reject(field(event, 'error'))
    } else if (AFTER.test(event.type)) {
      vi.advanceTimersByTime(delayOf(machine, event.type))
    } else {
      // Not an actor's result nor a timer: one of the machine's own events.
      actor.send(event as EventFromLogic<TMachine>)
    }
  }

  function actorFor(id: string): SettleableActor {
    const fake = actors[id]
    if (!fake) throw new Error(`no fake actor for the invoke id "${id}"`)
    return fake
  }
}

function field(event: EventObject, name: 'output' | 'error'): unknown {
  return (event as Partial<Record<typeof name, unknown>>)[name]
}

function observable(snapshot: AnyMachineSnapshot) {
  const { value, context, status, output } = snapshot as {
    value: unknown
    context: unknown
    status: string
    output: unknown
  }
  return { value, context, status, output }
}

/** Milliseconds of `xstate.after.<delay>.<state id>`: a number, or a named delay set to one. */
function delayOf(machine: AnyStateMachine, type: string): number {
  const delay = AFTER.exec(type)?.[1] ?? ''
  if (/^\d+$/.test(delay)) return Number(delay)
  const named: unknown = machine.implementations.delays[delay]
  if (typeof named !== 'number') {
    throw new Error(`delay "${delay}" is not a fixed number of milliseconds`)
  }
  return named
}

/** "entering via code.submit → xstate.done.actor.verifyCode" */
export function describePath(path: ModelPath): string {
  const events = path.steps.slice(1).map((step) => step.event.type)
  return `${JSON.stringify(path.state.value)} via ${events.join(' → ') || '(start)'}`
}

// ---------------------------------------------------------------------------------------------
// The machine's definition as a graph: its totals, and what a run covered of it.

export interface GraphTransition {
  /** Stable across `machine.provide()` copies: source, event, position among its candidates. */
  key: string
  eventType: string
}

/** Every state node (root excluded) and every transition: `on`, `after`, invoke results, `always`. */
export function machineGraph(machine: AnyStateMachine): {
  states: AnyStateNode[]
  transitions: GraphTransition[]
} {
  const transitions: GraphTransition[] = []
  const seen = new Set<AnyTransitionDefinition>()
  const visit = (node: DirectedGraphNode) => {
    // toDirectedGraph has one edge per target; `always` transitions are not edges there.
    for (const { transition } of node.edges) {
      if (seen.has(transition)) continue
      seen.add(transition)
      transitions.push({ key: transitionKey(transition), eventType: eventTypeOf(transition) })
    }
    const always: AnyTransitionDefinition[] = node.stateNode.always ?? []
    for (const transition of always) {
      transitions.push({ key: transitionKey(transition), eventType: eventTypeOf(transition) })
    }
    node.children.forEach(visit)
  }
  visit(toDirectedGraph(machine))
  return { states: getStateNodes(machine), transitions }
}

/** '' for `always` transitions. */
const eventTypeOf = (transition: AnyTransitionDefinition) => transition.eventType as string

function transitionKey(transition: AnyTransitionDefinition): string {
  const source: AnyStateNode = transition.source
  const eventType = eventTypeOf(transition)
  const candidates: AnyTransitionDefinition[] | undefined =
    eventType === '' ? source.always : source.transitions.get(eventType)
  const index = candidates?.indexOf(transition) ?? -1
  const targets = transition.target?.map((node) => `#${node.id}`).join(',') ?? '(stays)'
  return `#${source.id} ${eventType === '' ? 'always' : eventType}[${index}] → ${targets}`
}

export interface CoverageReport {
  states: { covered: number; total: number; missing: string[] }
  transitions: { covered: number; total: number; missing: string[] }
}

export interface Coverage {
  /** Pass to `createActor(..., { inspect })`: records the transitions the root actor takes. */
  inspect(event: InspectionEvent): void
  /** Records the states a settled snapshot is in. */
  visit(snapshot: AnyMachineSnapshot): void
  report(): CoverageReport
}

/** What real actors of `machine` (or of its `provide()` copies) took, against its totals. */
export function createCoverage(machine: AnyStateMachine): Coverage {
  const graph = machineGraph(machine)
  const states = new Set<string>()
  const transitions = new Set<string>()
  const missing = (all: string[], covered: Set<string>) => all.filter((key) => !covered.has(key))
  return {
    inspect(event) {
      // Only the machine's own microsteps, not those of machines it invokes.
      if (event.type !== '@xstate.microstep' || event.actorRef.sessionId !== event.rootId) return
      for (const transition of event._transitions) {
        transitions.add(transitionKey(transition))
        states.add(transition.source.id)
        for (const target of transition.target ?? []) states.add(target.id)
      }
    },
    visit(snapshot) {
      for (const node of graph.states) {
        if (snapshot.matches(pathToStateValue(node.path))) states.add(node.id)
      }
    },
    report() {
      const stateIds = graph.states.map((node) => node.id)
      const transitionKeys = graph.transitions.map((t) => t.key)
      return {
        states: {
          covered: stateIds.length - missing(stateIds, states).length,
          total: stateIds.length,
          missing: missing(stateIds, states),
        },
        transitions: {
          covered: transitionKeys.length - missing(transitionKeys, transitions).length,
          total: transitionKeys.length,
          missing: missing(transitionKeys, transitions),
        },
      }
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Invoked actors by source. An invoke without an `id` is named `0.<state id>` by xstate, so a
// source invoked in several states (or in any unnamed one) has several ids. These give one set
// of results, and one fake, per source, under every id it is invoked with.

/** Every invoke id of the machine, by the name of the actor source it invokes. */
export function invokeIdsBySource(machine: AnyStateMachine): Map<string, string[]> {
  const ids = new Map<string, string[]>()
  for (const node of getStateNodes(machine)) {
    for (const invoke of node.invoke) {
      if (typeof invoke.src !== 'string') continue
      ids.set(invoke.src, [...(ids.get(invoke.src) ?? []), invoke.id])
    }
  }
  return ids
}

/** What an actor source answers in the model: outputs and errors, fixed or by snapshot. */
export interface ActorResults<TMachine extends AnyStateMachine> {
  output?: readonly unknown[] | ((snapshot: SnapshotFrom<TMachine>) => readonly unknown[])
  error?: readonly unknown[] | ((snapshot: SnapshotFrom<TMachine>) => readonly unknown[])
}

/** The done and error events of every invoke of each source, for `createMachineModel`. */
export function actorResultEvents<TMachine extends AnyStateMachine>(
  machine: TMachine,
  results: Record<string, ActorResults<TMachine>>,
): ModelEvents<TMachine> {
  const idsBySource = invokeIdsBySource(machine)
  const events: Partial<Record<string, ModelEventSource<TMachine>>> = {}
  const listOf =
    (values: ActorResults<TMachine>['output'], toEvent: (value: unknown) => ModelEvent<TMachine>) =>
    (snapshot: SnapshotFrom<TMachine>) =>
      (typeof values === 'function' ? values(snapshot) : (values ?? [])).map(toEvent)
  for (const [source, { output, error }] of Object.entries(results)) {
    const ids = idsBySource.get(source)
    if (!ids) throw new Error(`the machine invokes no actor source "${source}"`)
    for (const id of ids) {
      events[`${DONE}${id}`] = listOf(output, (value) => ({ type: `${DONE}${id}`, output: value }))
      events[`${ERROR}${id}`] = listOf(error, (value) => ({ type: `${ERROR}${id}`, error: value }))
    }
  }
  return events
}

/** Fakes by invoke id, for `replayPath`, from fakes by the name of the source they stand for. */
export function actorsByInvokeId(
  machine: AnyStateMachine,
  fakes: Record<string, SettleableActor>,
): Record<string, SettleableActor> {
  const byId: Record<string, SettleableActor> = {}
  for (const [source, ids] of invokeIdsBySource(machine)) {
    const fake = fakes[source]
    if (!fake) continue
    for (const id of ids) byId[id] = fake
  }
  return byId
}

/** What several runs of one machine covered together: missing only what every run missed. */
export function unionOfReports(reports: readonly CoverageReport[]): CoverageReport {
  const [first, ...rest] = reports
  if (!first) throw new Error('no coverage reports to unite')
  const unite = (part: keyof CoverageReport) => {
    const missing = rest.reduce(
      (left, report) => left.filter((key) => report[part].missing.includes(key)),
      first[part].missing,
    )
    return { covered: first[part].total - missing.length, total: first[part].total, missing }
  }
  return { states: unite('states'), transitions: unite('transitions') }
}
