/**
 * Model-based test of the login machine (pattern in tests/machines/support/machine-model.ts, as
 * in tests/machines/code/code.model.test.ts). The code and append steps are actors of the login
 * machine here, like its remote calls: their results are `xstate.done.actor.code` and
 * `xstate.done.actor.append` events (the child machines have model tests of their own). The
 * device and the last account are the detection actor's output, so every walk starts on a
 * capable and on an incapable device, with and without a remembered account.
 *
 * The policy changes the graph, so the walk runs once per policy; together the runs must reach
 * every state and take every transition that can be taken, and no run may reach a snapshot
 * from which no sign-in is possible.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { NonReducibleUnknown } from 'xstate'
import type {
  AuthenticationResponse,
  PendingLogin,
  RequestOptionsJSON,
  ResponseBody,
  Session,
} from '../../../src/api/contract'
import type {
  AppendInput,
  AppendOutcome,
  AppendOutput,
  appendMachine,
} from '../../../src/machines/append/append.machine'
import type { CodeInput, CodeOutput, codeMachine } from '../../../src/machines/code/code.machine'
import { loginMachine, type GetPasskeyInput } from '../../../src/machines/login/login.machine'
import type { EnvironmentOutput } from '../../../src/machines/login/login.types'
import { defaultPolicy, type Policy } from '../../../src/machines/policy'
import { CeremonyError } from '../../../src/webauthn/errors'
import { fault, rejection } from '../support/api-errors'
import { controlledPromiseActor } from '../support/controlled-promise-actor'
import { capableDevice, incapableDevice } from '../support/login-harness'
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
// Fixtures: what detection, the backend, the OS prompt and the two steps answer.

const IDENTIFIER = 'ana@example.com'

const session: Session = {
  token: 'session-token',
  expiresAt: '2030-01-01T00:00:00.000Z',
  user: { id: 'dXNlcg', identifier: IDENTIFIER, displayName: 'Ana' },
}

/** For the passkey button and autofill on the identifier screen: no allowCredentials. */
const discoverableOptions: RequestOptionsJSON = { challenge: 'ZGlzY292ZXI', rpId: 'localhost' }

/** For the account's two-step passkey login: its credentials. */
const accountOptions: RequestOptionsJSON = {
  challenge: 'YWNjb3VudA',
  rpId: 'localhost',
  allowCredentials: [{ id: 'Y3JlZA', type: 'public-key' }],
}

const assertion: AuthenticationResponse = {
  id: 'Y3JlZA',
  rawId: 'Y3JlZA',
  type: 'public-key',
  clientExtensionResults: {},
  response: { clientDataJSON: 'e30', authenticatorData: 'YQ', signature: 'cw' },
}

const environments: EnvironmentOutput[] = [capableDevice, incapableDevice].flatMap((device) =>
  [null, IDENTIFIER].map((lastAccount) => ({ device, lastAccount })),
)

const lookups: ResponseBody<'identify'>[] = [
  { identifier: IDENTIFIER, passkey: null },
  { identifier: IDENTIFIER, passkey: { options: accountOptions } },
]

/** A password login: MFA first or not, and the backend offering a passkey or not (snoozed). */
const pendingLogins: PendingLogin[] = [true, false].flatMap((mfa) =>
  (['offer', 'snoozed'] as const).map((append) => ({
    token: 'pending-login-token',
    expiresAt: '2030-01-01T00:00:00.000Z',
    user: { identifier: IDENTIFIER, displayName: 'Ana' },
    mfa,
    channels: [{ channel: 'email' as const, destination: 'a•••@example.com' }],
    hasPasskeys: false,
    append,
  })),
)

const codeOutputs: CodeOutput[] = [{ kind: 'verified', session }, { kind: 'loginExpired' }]

const appendOutcomes: AppendOutcome[] = [
  'created',
  'alreadyExists',
  'skipped',
  'unsupported',
  'dismissed',
]
const appendOutputs: AppendOutput[] = appendOutcomes.map((outcome) => ({ outcome, passkey: null }))

/** The user closed the OS prompt: the NotAllowedError as the WebAuthn adapter reads it. */
const cancelled = new CeremonyError('cancelled', { errorName: 'NotAllowedError' })

/**
 * One result per outcome the machine tells apart. Cancelling counts up (`cancels`) on every
 * prompt, so a cancel is offered while none was counted yet: the walk takes the
 * cancel → start → prompt loop once and stays finite.
 */
const events: ModelEvents<typeof loginMachine> = {
  ...actorResultEvents(loginMachine, {
    detectEnvironment: { output: environments, error: [new Error('no WebAuthn here')] },
    identify: {
      output: lookups,
      error: [rejection('identify', 'validation_error'), fault('identify', 'network')],
    },
    // The same call serves the identifier screen and the account's refresh.
    fetchRequestOptions: {
      output: (snapshot) => [
        { options: snapshot.matches('passkeyLogin') ? accountOptions : discoverableOptions },
      ],
      error: [fault('passkeyOptions', 'network')],
    },
    getPasskey: {
      output: [assertion],
      error: (snapshot) => [
        ...(snapshot.context.cancels < 1 ? [cancelled] : []),
        { failure: 'timedOut' },
      ],
    },
    verifyAssertion: {
      output: [session],
      error: [
        rejection('passkeyVerify', 'unknown_credential', { credentialId: 'Y3JlZA' }),
        rejection('passkeyVerify', 'challenge_invalid'),
        fault('passkeyVerify', 'network'),
      ],
    },
    checkPassword: {
      output: pendingLogins,
      error: [
        rejection('password', 'invalid_credentials'),
        rejection('password', 'account_locked', { retryAfterSeconds: 900 }),
        fault('password', 'network'),
      ],
    },
    code: { output: codeOutputs },
    append: { output: appendOutputs },
    // The later steps' chunk: it never fails (a failed download is tried again until it loads).
    loadLaterSteps: { output: [undefined] },
  }),
  'identifier.submit': [{ type: 'identifier.submit', identifier: ` ${IDENTIFIER} ` }],
  'password.submit': [{ type: 'password.submit', password: 'correct horse' }],
  // Forwarded to the child, which is a fake here: one event stands for all of them.
  'code.*': [{ type: 'code.submit', code: '123456' }],
  'append.*': [{ type: 'append.create' }],
}

// ---------------------------------------------------------------------------------------------
// Policies: each value of the three settings that change the graph, and each pair of values
// (append × passkeyStart, append × conditionalUI, passkeyStart × conditionalUI), in six runs
// instead of twelve. The first is the default policy. `conditionalCreate` and `snoozeDays` only
// reach the append step's input, which is a fake here.

interface Variant {
  name: string
  policy: Policy
}

const variants: Variant[] = (
  [
    ['optional', 'button', true],
    ['optional', 'auto', false],
    ['off', 'button', false],
    ['off', 'auto', true],
    ['required', 'button', false],
    ['required', 'auto', true],
  ] as const
).map(([append, passkeyStart, conditionalUI]) => ({
  name: `append ${append}, passkeyStart ${passkeyStart}, conditionalUI ${conditionalUI ? 'on' : 'off'}`,
  policy: { ...defaultPolicy, append, passkeyStart, conditionalUI },
}))

/** Fresh fakes for every actor, the code and append steps included, and the machine with them. */
function loginFakes() {
  const fakes = {
    detectEnvironment: controlledPromiseActor<EnvironmentOutput, NonReducibleUnknown>(),
    identify: controlledPromiseActor<ResponseBody<'identify'>, { identifier: string }>(),
    fetchRequestOptions: controlledPromiseActor<
      ResponseBody<'passkeyOptions'>,
      { identifier: string | undefined }
    >(),
    getPasskey: controlledPromiseActor<AuthenticationResponse, GetPasskeyInput>(),
    verifyAssertion: controlledPromiseActor<Session, { response: AuthenticationResponse }>(),
    checkPassword: controlledPromiseActor<PendingLogin, { identifier: string; password: string }>(),
    code: controlledPromiseActor<CodeOutput, CodeInput>(),
    append: controlledPromiseActor<AppendOutput, AppendInput>(),
    loadLaterSteps: controlledPromiseActor<undefined, NonReducibleUnknown>(),
  }
  const machine = loginMachine.provide({
    actors: {
      detectEnvironment: fakes.detectEnvironment.logic,
      identify: fakes.identify.logic,
      fetchRequestOptions: fakes.fetchRequestOptions.logic,
      getPasskey: fakes.getPasskey.logic,
      verifyAssertion: fakes.verifyAssertion.logic,
      checkPassword: fakes.checkPassword.logic,
      // The login machine is typed to invoke the child machines; a promise fake stands in.
      code: fakes.code.logic as unknown as typeof codeMachine,
      append: fakes.append.logic as unknown as typeof appendMachine,
      loadLaterSteps: fakes.loadLaterSteps.logic,
    },
  })
  return { machine, actors: actorsByInvokeId(loginMachine, fakes) }
}

// Each policy's model and replay are computed once, whichever test asks first.
const models = new Map<string, MachineModel>()
const runs = new Map<string, Promise<Run>>()

interface Run {
  paths: number
  report: CoverageReport
}

function modelOf({ name, policy }: Variant): MachineModel {
  const model = models.get(name) ?? createMachineModel(loginMachine, { input: { policy }, events })
  models.set(name, model)
  return model
}

function replayed(variant: Variant): Promise<Run> {
  const run = runs.get(variant.name) ?? replayAll(variant)
  runs.set(variant.name, run)
  return run
}

async function replayAll(variant: Variant): Promise<Run> {
  const coverage = createCoverage(loginMachine)
  const { paths } = modelOf(variant)
  for (const path of paths) {
    await replayPath(path, { ...loginFakes(), input: { policy: variant.policy }, coverage })
  }
  return { paths: paths.length, report: coverage.report() }
}

function describeRun(name: string, { paths, report }: Run): string {
  const { states, transitions } = report
  return (
    `login machine, ${name}: ${paths} paths; states covered ${states.covered}/${states.total}, ` +
    `transitions covered ${transitions.covered}/${transitions.total}`
  )
}

// Building a model walks thousands of snapshots, and a replay runs every path.
const SLOW = { timeout: 120_000 }

describe('the login machine as a model', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })

  for (const variant of variants) {
    describe(`under the policy ${variant.name}`, () => {
      it('can still sign in from every snapshot it can reach', SLOW, () => {
        expect(modelOf(variant).deadEnds()).toEqual([])
      })

      it(
        'is where the model is after every step of every path, on a real actor',
        SLOW,
        async () => {
          const run = await replayed(variant)

          console.log(describeRun(variant.name, run))
          expect(run.paths).toBeGreaterThan(0)
        },
      )
    })
  }

  it('reaches every state and takes every transition, over all policies', SLOW, async () => {
    const all = await Promise.all(variants.map(replayed))
    const union: Run = {
      paths: all.reduce((sum, run) => sum + run.paths, 0),
      report: unionOfReports(all.map((run) => run.report)),
    }

    console.log(describeRun(`all ${variants.length} policies`, union))
    const { states, transitions } = union.report
    expect(states.missing).toEqual([])
    expect(states.covered).toBe(states.total)
    expect(transitions.missing).toEqual([])
    expect(transitions.covered).toBe(transitions.total)
  })
})
