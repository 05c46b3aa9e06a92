/**
 * Model-based test of the append machine (pattern in tests/machines/support/machine-model.ts,
 * as in tests/machines/code/code.model.test.ts): the machine's own logic is walked with every
 * enabled event from a small map, the actors' results included; every shortest path is replayed
 * on a real actor with fake actors. The input changes the graph (purpose, skip, device, silent
 * create), so the walk runs once per input; together the runs must reach every state and take
 * every transition, and no run may reach a snapshot from which the step cannot end.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CreationOptionsJSON, Passkey, RegistrationResponse } from '../../../src/api/contract'
import {
  appendMachine,
  type AppendInput,
  type CreatePasskeyInput,
  type FetchCreationOptionsInput,
  type RecordSkipInput,
  type VerifyPasskeyInput,
} from '../../../src/machines/append/append.machine'
import { CeremonyError, ceremonyFailure } from '../../../src/webauthn/errors'
import { fault, rejection } from '../support/api-errors'
import { controlledPromiseActor } from '../support/controlled-promise-actor'
import { creationOptions as options, passkey, registration } from '../support/fixtures'
import {
  actorResultEvents,
  actorsByInvokeId,
  createCoverage,
  createMachineModel,
  replayPath,
  unionOfReports,
  type CoverageReport,
  type MachineModel,
  type ModelEvents,
} from '../support/machine-model'

// ---------------------------------------------------------------------------------------------
// Fixtures: what the backend and the OS prompt answer.

/** How the createPasskey actor fails: the browser's DOMException, read by the WebAuthn adapter. */
const browserRejects = (name: string) =>
  new CeremonyError(
    ceremonyFailure(new DOMException(`create: ${name}`, name), { ceremony: 'create' }),
    {
      errorName: name,
    },
  )

const cancelled = browserRejects('NotAllowedError')

/**
 * Every failure of the prompt the machine tells apart: already registered, cancelled, timed out
 * (as the default ceremony reports it), aborted, and one it only shows (security).
 */
const promptFailures = [
  browserRejects('InvalidStateError'),
  cancelled,
  { failure: 'timedOut' },
  browserRejects('AbortError'),
  browserRejects('SecurityError'),
]

/**
 * One event per outcome the machine tells apart. Cancelling counts up (`cancels`) on every
 * prompt, so a cancel is offered while none was counted yet: the walk takes the
 * cancel → create → prompt loop once and stays finite.
 */
const events: ModelEvents<typeof appendMachine> = actorResultEvents(appendMachine, {
  fetchCreationOptions: {
    output: [{ options }],
    error: [
      rejection('registrationOptions', 'unauthorized'),
      fault('registrationOptions', 'network'),
    ],
  },
  createPasskey: {
    output: [registration],
    error: (snapshot) =>
      snapshot.context.cancels < 1
        ? promptFailures
        : promptFailures.filter((failure) => failure !== cancelled),
  },
  verifyPasskey: {
    output: [{ passkey, pending: true }],
    error: [
      rejection('registrationVerify', 'already_registered'),
      rejection('registrationVerify', 'verification_failed'),
      fault('registrationVerify', 'server'),
    ],
  },
  recordSkip: {
    output: [{ snoozedUntil: '2030-01-08T00:00:00.000Z', pending: true }],
    error: [fault('appendSkip', 'network')],
  },
})

// ---------------------------------------------------------------------------------------------
// Inputs: every combination of the four that change the graph.

interface Variant {
  name: string
  input: AppendInput
}

const variants: Variant[] = (['login', 'dashboard'] as const).flatMap((purpose) =>
  [true, false].flatMap((canSkip) =>
    [true, false].flatMap((canCreate) =>
      [false, true].map((tryConditionalCreate) => ({
        name: [
          purpose,
          canSkip ? 'may skip' : 'may not skip',
          canCreate ? 'can create' : 'cannot create',
          tryConditionalCreate ? 'silent create first' : 'offer first',
        ].join(', '),
        input: {
          token: 'pending-login-token',
          purpose,
          canSkip,
          canCreate,
          tryConditionalCreate,
          passkeyName: 'Touch ID on Mac',
        },
      })),
    ),
  ),
)

/** Fresh fakes for the four actors, and the machine provided with them. */
function appendFakes() {
  const fakes = {
    fetchCreationOptions: controlledPromiseActor<
      { options: CreationOptionsJSON },
      FetchCreationOptionsInput
    >(),
    createPasskey: controlledPromiseActor<RegistrationResponse, CreatePasskeyInput>(),
    verifyPasskey: controlledPromiseActor<
      { passkey: Passkey; pending: boolean },
      VerifyPasskeyInput
    >(),
    recordSkip: controlledPromiseActor<
      { snoozedUntil: string; pending: boolean },
      RecordSkipInput
    >(),
  }
  const machine = appendMachine.provide({
    actors: {
      fetchCreationOptions: fakes.fetchCreationOptions.logic,
      createPasskey: fakes.createPasskey.logic,
      verifyPasskey: fakes.verifyPasskey.logic,
      recordSkip: fakes.recordSkip.logic,
    },
  })
  return { machine, actors: actorsByInvokeId(appendMachine, fakes) }
}

// Each variant's model and replay are computed once, whichever test asks first.
const models = new Map<string, MachineModel>()
const runs = new Map<string, Promise<Run>>()

interface Run {
  paths: number
  report: CoverageReport
}

function modelOf({ name, input }: Variant): MachineModel {
  const model = models.get(name) ?? createMachineModel(appendMachine, { input, events })
  models.set(name, model)
  return model
}

function replayed(variant: Variant): Promise<Run> {
  const run = runs.get(variant.name) ?? replayAll(variant)
  runs.set(variant.name, run)
  return run
}

async function replayAll(variant: Variant): Promise<Run> {
  const coverage = createCoverage(appendMachine)
  const { paths } = modelOf(variant)
  for (const path of paths) {
    await replayPath(path, { ...appendFakes(), input: variant.input, coverage })
  }
  return { paths: paths.length, report: coverage.report() }
}

function describeRun(name: string, { paths, report }: Run): string {
  const { states, transitions } = report
  return (
    `append machine, ${name}: ${paths} paths; states covered ${states.covered}/${states.total}, ` +
    `transitions covered ${transitions.covered}/${transitions.total}`
  )
}

describe('the append machine as a model', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })

  for (const variant of variants) {
    describe(`for ${variant.name}`, () => {
      it('can end from every snapshot it can reach', () => {
        expect(modelOf(variant).deadEnds()).toEqual([])
      })

      it('is where the model is after every step of every path, on a real actor', async () => {
        const run = await replayed(variant)

        console.log(describeRun(variant.name, run))
        expect(run.paths).toBeGreaterThan(0)
      })
    })
  }

  it('reaches every state and takes every transition, over all inputs', async () => {
    const all = await Promise.all(variants.map(replayed))
    const union: Run = {
      paths: all.reduce((sum, run) => sum + run.paths, 0),
      report: unionOfReports(all.map((run) => run.report)),
    }

    console.log(describeRun(`all ${variants.length} inputs`, union))
    const { states, transitions } = union.report
    expect(states.missing).toEqual([])
    expect(transitions.missing).toEqual([])
    expect(states.covered).toBe(states.total)
    expect(transitions.covered).toBe(transitions.total)
  })
})
