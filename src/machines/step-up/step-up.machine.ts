/**
 * Step-up: a signed-in user confirms it is still them before a sensitive change (adding or
 * deleting a passkey). Passkey first, where the account has one and this device can use it; a
 * one-time code otherwise, or when the user asks (the code step's own machine, with the step-up
 * endpoints). The backend answers a fresh session that confirms the one action asked for, for a
 * few minutes; it is the step's output.
 *
 * Cancel, timeout and failure of the OS prompt read apart, as in the login. Headless: every
 * remote or WebAuthn call is an actor declared here and provided from `step-up.actors.ts`.
 */
import { assign, emit, forwardTo, fromPromise, setup } from 'xstate'
import type {
  AuthenticationResponse,
  RequestOptionsJSON,
  ResponseBody,
  Session,
} from '../../api/contract'
import { ceremonyFailureOf, type CeremonyFailure } from '../ceremony'
import type { FunnelEvent } from '../funnel'
import { codeMachine, type CodeOutput } from '../code/code.machine'
import type { CodeChannelOption, CodeEvent } from '../code/code.types'
import type { GetPasskeyInput } from '../login/login.machine'
import { toRemoteProblem, type RemoteProblem } from '../remote-problem'

export interface StepUpInput {
  /** The session to confirm; the backend ends it and answers a fresh one. */
  token: string
  /** This device can run a passkey ceremony at all. */
  canPasskey: boolean
  /** The one change being confirmed ("passkey.delete"); the answer allows that and nothing else. */
  action: string
}

export type StepUpOutput =
  | { kind: 'verified'; session: Session }
  /** The user cancelled: nothing was confirmed. */
  | { kind: 'declined' }
  /** The session itself is gone (expired, or ended elsewhere): sign in again. */
  | { kind: 'sessionEnded' }

export interface StepUpContext extends StepUpInput {
  options: RequestOptionsJSON | null
  channels: CodeChannelOption[]
  assertion: AuthenticationResponse | null
  ceremonyFailure: CeremonyFailure | null
  problem: RemoteProblem | null
  result: StepUpOutput | null
}

export type StepUpEvent =
  | { type: 'stepUp.passkey' }
  | { type: 'stepUp.useCode' }
  | { type: 'stepUp.retry' }
  | { type: 'stepUp.cancel' }
  | CodeEvent

export interface StepUpOptionsInput {
  token: string
  action: string
}
export interface VerifyStepUpInput {
  token: string
  response: AuthenticationResponse
}

const notProvided = (name: string) => () =>
  Promise.reject(new Error(`step-up machine: provide the "${name}" actor`))

const errorOf = ({ event }: { event: { error: unknown } }) => ({ error: event.error })

export const stepUpMachine = setup({
  types: {
    context: {} as StepUpContext,
    events: {} as StepUpEvent,
    input: {} as StepUpInput,
    output: {} as StepUpOutput,
    // Every invoked actor by its id (see the login machine's note on declaration files).
    children: {} as {
      code: 'code'
      fetchStepUpOptions: 'fetchStepUpOptions'
      getPasskey: 'getPasskey'
      verifyStepUp: 'verifyStepUp'
    },
    emitted: {} as FunnelEvent,
  },
  actors: {
    fetchStepUpOptions: fromPromise<ResponseBody<'stepUpOptions'>, StepUpOptionsInput>(
      notProvided('fetchStepUpOptions'),
    ),
    getPasskey: fromPromise<AuthenticationResponse, GetPasskeyInput>(notProvided('getPasskey')),
    verifyStepUp: fromPromise<Session, VerifyStepUpInput>(notProvided('verifyStepUp')),
    code: codeMachine,
  },
  guards: {
    passkeyHere: ({ context }) => context.canPasskey && context.options !== null,
    hasChannels: ({ context }) => context.channels.length > 0,
    firstAnswer: ({ context }) => context.options === null && context.channels.length === 0,
    ceremonyFailedWith: (_, params: { error: unknown; failure: CeremonyFailure }) =>
      ceremonyFailureOf(params.error) === params.failure,
    sessionGone: (_, params: { error: unknown }) =>
      toRemoteProblem(params.error).code === 'unauthorized',
    codeVerified: (_, output: CodeOutput) => output.kind === 'verified',
  },
  actions: {
    storeOptions: assign((_, answer: ResponseBody<'stepUpOptions'>) => ({
      options: answer.passkey?.options ?? null,
      channels: answer.channels,
    })),
    storeProblem: assign((_, params: { error: unknown }) => ({
      problem: toRemoteProblem(params.error),
    })),
    storeAssertion: assign((_, assertion: AuthenticationResponse) => ({ assertion })),
    storeCeremonyFailure: assign((_, params: { error: unknown }) => ({
      ceremonyFailure: ceremonyFailureOf(params.error),
    })),
    clearErrors: assign({ problem: null, ceremonyFailure: null }),
    endWith: assign((_, result: StepUpOutput) => ({ result })),
    endVerified: assign((_, session: Session) => ({
      result: { kind: 'verified' as const, session },
    })),
    endWithCode: assign((_, output: CodeOutput) => ({
      result:
        output.kind === 'verified'
          ? { kind: 'verified' as const, session: output.session }
          : { kind: 'sessionEnded' as const },
    })),
    forwardToCode: forwardTo('code'),
    report: emit((_, event: FunnelEvent) => event),
    reportPromptFailure: emit((_, params: { error: unknown }) => ({
      type: 'stepUp.failed' as const,
      reason: ceremonyFailureOf(params.error),
    })),
    reportCodeOutcome: emit((_, output: CodeOutput) =>
      output.kind === 'verified'
        ? { type: 'stepUp.passed' as const, method: 'code' as const }
        : { type: 'stepUp.failed' as const, reason: 'rejected' as const },
    ),
  },
}).createMachine({
  id: 'stepUp',
  context: ({ input }) => ({
    ...input,
    options: null,
    channels: [],
    assertion: null,
    ceremonyFailure: null,
    problem: null,
    result: null,
  }),
  initial: 'loading',
  on: {
    'stepUp.cancel': {
      target: '.done',
      actions: [
        { type: 'endWith', params: { kind: 'declined' } },
        { type: 'report', params: { type: 'stepUp.declined' } },
      ],
    },
  },
  states: {
    loading: {
      entry: 'clearErrors',
      invoke: {
        id: 'fetchStepUpOptions',
        src: 'fetchStepUpOptions',
        input: ({ context }) => ({ token: context.token, action: context.action }),
        // Shown once it has something to show (a host's observer attaches after the start).
        onDone: [
          {
            guard: 'firstAnswer',
            target: 'route',
            actions: [
              { type: 'storeOptions', params: ({ event }) => event.output },
              { type: 'report', params: { type: 'stepUp.shown' } },
            ],
          },
          {
            target: 'route',
            actions: { type: 'storeOptions', params: ({ event }) => event.output },
          },
        ],
        onError: [
          {
            guard: { type: 'sessionGone', params: errorOf },
            target: 'done',
            actions: { type: 'endWith', params: { kind: 'sessionEnded' } },
          },
          { target: 'failed', actions: { type: 'storeProblem', params: errorOf } },
        ],
      },
    },

    route: {
      always: [
        { guard: 'passkeyHere', target: 'ready' },
        { guard: 'hasChannels', target: 'code' },
        { target: 'ready' },
      ],
    },

    // "Use your passkey" opens the OS prompt at once: the options are already here.
    ready: {
      on: {
        'stepUp.passkey': { target: 'prompting' },
        'stepUp.useCode': { guard: 'hasChannels', target: 'code' },
      },
    },

    prompting: {
      entry: 'clearErrors',
      invoke: {
        id: 'getPasskey',
        src: 'getPasskey',
        input: ({ context }) => ({
          options: required(context.options),
          conditional: false,
          hybrid: false,
        }),
        onDone: {
          target: 'verifying',
          actions: { type: 'storeAssertion', params: ({ event }) => event.output },
        },
        onError: [
          { guard: promptEndedWith('aborted'), target: 'ready' },
          // Cancelled, timed out or failed: back to the choice, saying which.
          {
            target: 'ready',
            actions: [
              { type: 'storeCeremonyFailure', params: errorOf },
              { type: 'reportPromptFailure', params: errorOf },
            ],
          },
        ],
      },
    },

    verifying: {
      invoke: {
        id: 'verifyStepUp',
        src: 'verifyStepUp',
        input: ({ context }) => ({ token: context.token, response: required(context.assertion) }),
        onDone: {
          target: 'done',
          actions: [
            { type: 'endVerified', params: ({ event }) => event.output },
            { type: 'report', params: { type: 'stepUp.passed', method: 'passkey' } },
          ],
        },
        onError: [
          {
            guard: { type: 'sessionGone', params: errorOf },
            target: 'done',
            actions: { type: 'endWith', params: { kind: 'sessionEnded' } },
          },
          // The challenge is spent either way: "Try again" fetches a fresh one.
          {
            target: 'failed',
            actions: [
              { type: 'storeProblem', params: errorOf },
              { type: 'report', params: { type: 'stepUp.failed', reason: 'rejected' } },
            ],
          },
        ],
      },
    },

    failed: {
      on: { 'stepUp.retry': { target: 'loading' } },
    },

    code: {
      on: { 'code.*': { actions: 'forwardToCode' } },
      invoke: {
        id: 'code',
        src: 'code',
        input: ({ context }) => ({ token: context.token, channels: context.channels }),
        onDone: {
          target: 'done',
          actions: [
            { type: 'endWithCode', params: ({ event }) => event.output },
            { type: 'reportCodeOutcome', params: ({ event }) => event.output },
          ],
        },
      },
    },

    done: { type: 'final' },
  },
  output: ({ context }) => context.result ?? { kind: 'declined' },
})

export type StepUpMachine = typeof stepUpMachine

function promptEndedWith(failure: CeremonyFailure) {
  return {
    type: 'ceremonyFailedWith' as const,
    params: ({ event }: { event: { error: unknown } }) => ({ error: event.error, failure }),
  }
}

function required<T>(value: T | null): T {
  if (value === null) throw new Error('step-up machine: a value its state needs is missing')
  return value
}
