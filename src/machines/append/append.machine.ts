/**
 * The append step: offer a passkey, run the OS prompt, verify it with the backend. Used by the
 * login machine after a password login and by the dashboard's "Add a passkey".
 *
 * Registration options are fetched when the offer opens, so "Create passkey" calls the OS prompt
 * at once: no network round trip between the tap and `navigator.credentials.create()`.
 *
 * Headless and effect-free: the four remote and WebAuthn calls are actors declared here as typed
 * placeholders; the app's defaults are in `append.actors.ts`.
 */
import { assign, emit, fromPromise, setup } from 'xstate'
import type { FunnelEvent } from '../funnel'
import type { CreationOptionsJSON, Passkey, RegistrationResponse } from '../../api/contract'
import { ceremonyFailureOf, type CeremonyFailure } from '../ceremony'
import { toRemoteProblem, type RemoteProblem } from '../remote-problem'

export interface AppendInput {
  /** Pending-login token (append before the code step) or session token. */
  token: string
  /** login: offered after a password login; dashboard: "Add a passkey" while signed in. */
  purpose: 'login' | 'dashboard'
  /** False under policy `required`. */
  canSkip: boolean
  /** This device can create a passkey (platform authenticator with user verification). */
  canCreate: boolean
  /** Try a silent (conditional) create first; the offer shows only if that declines. */
  tryConditionalCreate: boolean
  /** Name to give the new passkey, e.g. "Passkey on Mac"; the host's words, in its language. */
  passkeyName?: string | undefined
}

/**
 * How the step ended: a passkey made, one already on this device, the offer skipped (login, the
 * snooze recorded), this device unable to make one, or the dashboard's offer dismissed.
 */
export type AppendOutcome = 'created' | 'alreadyExists' | 'skipped' | 'unsupported' | 'dismissed'

export interface AppendOutput {
  outcome: AppendOutcome
  passkey: Passkey | null
}

export interface AppendContext extends AppendInput {
  options: CreationOptionsJSON | null
  response: RegistrationResponse | null
  passkey: Passkey | null
  /** Prompts the user cancelled in a row: after a few, the screen suggests skipping. */
  cancels: number
  /** Why the last prompt ended without a passkey (the offer says so: cancelled, timed out, ...). */
  ceremonyFailure: CeremonyFailure | null
  problem: RemoteProblem | null
  outcome: AppendOutcome | null
}

export type AppendEvent =
  | { type: 'append.create' }
  /** Not now: on the login, the offer is skipped (snoozed); on the dashboard, dismissed. */
  | { type: 'append.skip' }
  | { type: 'append.retry' }
  | { type: 'append.continue' }

export interface FetchCreationOptionsInput {
  token: string
}
export interface CreatePasskeyInput {
  options: CreationOptionsJSON
  /** Conditional create: no UI unless the browser's password manager agrees silently. */
  conditional: boolean
}
export interface VerifyPasskeyInput {
  token: string
  response: RegistrationResponse
  name?: string | undefined
}
export interface RecordSkipInput {
  token: string
  /** How long the offer stays away is the backend's decision, not the client's. */
  reason: 'skipped' | 'unsupported'
}

const notProvided = (name: string) => () =>
  Promise.reject(new Error(`append machine: provide the "${name}" actor`))

/** Dynamic params that hand a failed actor's error to a guard or an action. */
const errorOf = ({ event }: { event: { error: unknown } }) => ({ error: event.error })

/** Guard: the OS prompt ended with this failure. */
const promptEndedWith = (failure: CeremonyFailure) => ({
  type: 'ceremonyFailedWith' as const,
  params: ({ event }: { event: { error: unknown } }) => ({ error: event.error, failure }),
})

export const appendMachine = setup({
  types: {
    context: {} as AppendContext,
    events: {} as AppendEvent,
    input: {} as AppendInput,
    output: {} as AppendOutput,
    emitted: {} as FunnelEvent,
  },
  actors: {
    fetchCreationOptions: fromPromise<{ options: CreationOptionsJSON }, FetchCreationOptionsInput>(
      notProvided('fetchCreationOptions'),
    ),
    createPasskey: fromPromise<RegistrationResponse, CreatePasskeyInput>(
      notProvided('createPasskey'),
    ),
    verifyPasskey: fromPromise<{ passkey: Passkey; pending: boolean }, VerifyPasskeyInput>(
      notProvided('verifyPasskey'),
    ),
    recordSkip: fromPromise<{ snoozedUntil: string; pending: boolean }, RecordSkipInput>(
      notProvided('recordSkip'),
    ),
  },
  guards: {
    cannotCreate: ({ context }) => !context.canCreate,
    triesConditionalCreate: ({ context }) => context.tryConditionalCreate,
    canSkip: ({ context }) => context.canSkip,
    isDashboard: ({ context }) => context.purpose === 'dashboard',
    ceremonyFailedWith: (_, params: { error: unknown; failure: CeremonyFailure }) =>
      ceremonyFailureOf(params.error) === params.failure,
    backendAlreadyHasIt: (_, params: { error: unknown }) =>
      toRemoteProblem(params.error).code === 'already_registered',
  },
  actions: {
    report: emit((_, event: FunnelEvent) => event),
    clearErrors: assign({ ceremonyFailure: null, problem: null }),
    storeOptions: assign((_, output: { options: CreationOptionsJSON }) => ({
      options: output.options,
    })),
    storeResponse: assign((_, response: RegistrationResponse) => ({ response })),
    storePasskey: assign((_, output: { passkey: Passkey }) => ({ passkey: output.passkey })),
    storeProblem: assign((_, params: { error: unknown }) => ({
      problem: toRemoteProblem(params.error),
    })),
    storeCeremonyFailure: assign((_, params: { error: unknown }) => ({
      ceremonyFailure: ceremonyFailureOf(params.error),
    })),
    countCancel: assign({ cancels: ({ context }) => context.cancels + 1 }),
    endWith: assign((_, outcome: AppendOutcome) => ({ outcome })),
  },
}).createMachine({
  id: 'append',
  context: ({ input }) => ({
    ...input,
    options: null,
    response: null,
    passkey: null,
    cancels: 0,
    ceremonyFailure: null,
    problem: null,
    outcome: null,
  }),
  initial: 'start',
  states: {
    start: {
      always: [
        // This device cannot create a passkey: continue, and have the backend ask again elsewhere.
        {
          guard: 'cannotCreate',
          target: 'declining',
          actions: { type: 'endWith', params: 'unsupported' },
        },
        { guard: 'triesConditionalCreate', target: 'offering.conditionalCreate' },
        { target: 'offering' },
      ],
    },

    // Every step before the OS prompt opens: the offer is on screen, and "Skip for now" (or the
    // dashboard's "Cancel") ends it at any point, even before the options have arrived.
    offering: {
      on: {
        'append.skip': [
          {
            guard: 'isDashboard',
            target: 'done',
            actions: [
              { type: 'endWith', params: 'dismissed' },
              { type: 'report', params: { type: 'offer.skipped' } },
            ],
          },
          {
            guard: 'canSkip',
            target: 'declining',
            actions: [
              { type: 'endWith', params: 'skipped' },
              { type: 'report', params: { type: 'offer.skipped' } },
            ],
          },
        ],
      },
      initial: 'loadingOptions',
      states: {
        // Silent upgrade: if the password manager declines, the offer shows instead.
        conditionalCreate: {
          initial: 'loadingOptions',
          states: {
            loadingOptions: {
              invoke: {
                src: 'fetchCreationOptions',
                input: ({ context }) => ({ token: context.token }),
                // Reported here, not at the step's start: a host subscribes to a step once it
                // has started, so nothing is reported before the first answer.
                onDone: {
                  target: 'creating',
                  actions: [
                    { type: 'storeOptions', params: ({ event }) => event.output },
                    { type: 'report', params: { type: 'silentCreate.tried' } },
                  ],
                },
                onError: { target: '#append.offering.loadingOptions' },
              },
            },
            creating: {
              invoke: {
                src: 'createPasskey',
                input: ({ context }) => ({ options: requireOptions(context), conditional: true }),
                onDone: {
                  target: '#append.verifying',
                  actions: [
                    { type: 'storeResponse', params: ({ event }) => event.output },
                    { type: 'report', params: { type: 'silentCreate.succeeded' } },
                  ],
                },
                // Declined or unsupported after all: the offer, with the options already here.
                onError: {
                  target: '#append.offering.ready',
                  actions: { type: 'report', params: { type: 'offer.shown' } },
                },
              },
            },
          },
        },

        loadingOptions: {
          entry: 'clearErrors',
          invoke: {
            src: 'fetchCreationOptions',
            input: ({ context }) => ({ token: context.token }),
            // The offer can be taken from here on (and a host has subscribed by now).
            onDone: {
              target: 'ready',
              actions: [
                { type: 'storeOptions', params: ({ event }) => event.output },
                { type: 'report', params: { type: 'offer.shown' } },
              ],
            },
            onError: { target: 'failed', actions: { type: 'storeProblem', params: errorOf } },
          },
        },

        // The tap opens the OS prompt at once. After a cancel or a timeout the offer is back
        // here, saying so (`ceremonyFailure`).
        ready: {
          on: {
            'append.create': {
              target: '#append.prompting',
              actions: { type: 'report', params: { type: 'offer.accepted' } },
            },
          },
        },

        // Options, the prompt or the verification failed: "Try again" starts with a new challenge.
        failed: {
          on: { 'append.retry': { target: 'loadingOptions' } },
        },
      },
    },

    prompting: {
      entry: 'clearErrors',
      invoke: {
        src: 'createPasskey',
        input: ({ context }) => ({ options: requireOptions(context), conditional: false }),
        onDone: {
          target: 'verifying',
          actions: { type: 'storeResponse', params: ({ event }) => event.output },
        },
        onError: [
          // InvalidStateError: this authenticator already holds a passkey for the account.
          {
            guard: promptEndedWith('alreadyRegistered'),
            target: 'alreadyExists',
            actions: { type: 'report', params: { type: 'offer.alreadyExisted' } },
          },
          {
            guard: promptEndedWith('cancelled'),
            target: 'offering.ready',
            actions: [
              'countCancel',
              { type: 'storeCeremonyFailure', params: errorOf },
              { type: 'report', params: { type: 'offer.cancelled' } },
            ],
          },
          {
            guard: promptEndedWith('timedOut'),
            target: 'offering.ready',
            actions: [
              { type: 'storeCeremonyFailure', params: errorOf },
              { type: 'report', params: { type: 'offer.failed', reason: 'timedOut' } },
            ],
          },
          // The flow's own doing (the step is being left): nothing to tell.
          { guard: promptEndedWith('aborted'), target: 'offering.ready' },
          {
            target: 'offering.failed',
            actions: [
              { type: 'storeCeremonyFailure', params: errorOf },
              {
                type: 'report',
                params: ({ event }) => ({
                  type: 'offer.failed',
                  reason: ceremonyFailureOf(event.error),
                }),
              },
            ],
          },
        ],
      },
    },

    verifying: {
      invoke: {
        src: 'verifyPasskey',
        input: ({ context }) => ({
          token: context.token,
          response: requireResponse(context),
          name: context.passkeyName,
        }),
        onDone: {
          target: 'created',
          actions: [
            { type: 'storePasskey', params: ({ event }) => event.output },
            { type: 'report', params: { type: 'offer.created' } },
          ],
        },
        onError: [
          {
            guard: { type: 'backendAlreadyHasIt', params: errorOf },
            target: 'alreadyExists',
            actions: { type: 'report', params: { type: 'offer.alreadyExisted' } },
          },
          {
            target: 'offering.failed',
            actions: [
              { type: 'storeProblem', params: errorOf },
              { type: 'report', params: { type: 'offer.failed', reason: 'rejected' } },
            ],
          },
        ],
      },
    },

    created: {
      on: {
        'append.continue': { target: 'done', actions: { type: 'endWith', params: 'created' } },
      },
    },

    // This device already has a passkey for the account. Not an error.
    alreadyExists: {
      on: {
        'append.continue': {
          target: 'done',
          actions: { type: 'endWith', params: 'alreadyExists' },
        },
      },
    },

    // The login goes on without a passkey: the backend records why (skipped, or this device
    // cannot), so the offer comes back when it should. The dashboard records nothing.
    declining: {
      always: { guard: 'isDashboard', target: 'done' },
      invoke: {
        src: 'recordSkip',
        input: ({ context }) => ({
          token: context.token,
          reason: context.outcome === 'skipped' ? ('skipped' as const) : ('unsupported' as const),
        }),
        onDone: { target: 'done' },
        // A courtesy: failing to record it must not hold the user up.
        onError: { target: 'done' },
      },
    },

    done: { type: 'final' },
  },
  output: ({ context }) => ({
    outcome: context.outcome ?? 'dismissed',
    passkey: context.passkey,
  }),
})

export type AppendMachine = typeof appendMachine

function requireOptions(context: AppendContext): CreationOptionsJSON {
  if (!context.options) throw new Error('append machine: no creation options in context')
  return context.options
}

function requireResponse(context: AppendContext): RegistrationResponse {
  if (!context.response) throw new Error('append machine: no registration response in context')
  return context.response
}
