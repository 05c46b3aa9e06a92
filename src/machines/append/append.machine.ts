/**
 * The append step: offer a passkey, run the OS prompt, verify it with the backend. Used by the
 * login machine after a password login and by the dashboard's "Add a passkey".
 *
 * Registration options are fetched when the offer opens, so "Create passkey" calls the OS prompt
 * at once: no network round trip between the tap and `navigator.credentials.create()`.
 */
import { assign, fromPromise, setup } from 'xstate'
import type { CreationOptionsJSON, Passkey, RegistrationResponse } from '../../api/contract'
import { ceremonyFailureOf, type CeremonyFailure } from '../ceremony'
import { suggestsAnotherWay } from '../policy'
import { toRemoteProblem, type RemoteProblem } from '../remote-problem'

export interface AppendInput {
  /** Pending-login token (append before the code step) or session token. */
  token: string
  /** login: offered after a password login; dashboard: "Add a passkey" while signed in. */
  purpose: 'login' | 'dashboard'
  /** False under policy `required`. */
  canSkip: boolean
  snoozeDays: number
  /** This device can create a passkey (platform authenticator with user verification). */
  canCreate: boolean
  /** Try a silent (conditional) create first; the offer shows only if that declines. */
  tryConditionalCreate: boolean
  /** Name to give the new passkey, e.g. "Passkey on Mac" (the dashboard shows it). */
  passkeyName?: string | undefined
}

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
  ceremonyFailure: CeremonyFailure | null
  problem: RemoteProblem | null
  outcome: AppendOutcome | null
}

export type AppendEvent =
  | { type: 'append.create' }
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
  snoozeDays: number
  reason: 'skipped' | 'unsupported'
}

const notProvided = (name: string) => () =>
  Promise.reject(new Error(`append machine: provide the "${name}" actor`))

export const appendMachine = setup({
  types: {
    context: {} as AppendContext,
    events: {} as AppendEvent,
    input: {} as AppendInput,
    output: {} as AppendOutput,
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
    recordSkip: fromPromise<{ snoozedUntil: string }, RecordSkipInput>(notProvided('recordSkip')),
  },
  guards: {
    cannotCreate: ({ context }) => !context.canCreate,
    triesConditionalCreate: ({ context }) => context.tryConditionalCreate,
    canSkip: ({ context }) => context.canSkip,
    isDashboard: ({ context }) => context.purpose === 'dashboard',
    promptAlreadyRegistered: (_, failure: CeremonyFailure) => failure === 'alreadyRegistered',
    promptCancelled: (_, failure: CeremonyFailure) => failure === 'cancelled',
    promptTimedOut: (_, failure: CeremonyFailure) => failure === 'timedOut',
    promptAborted: (_, failure: CeremonyFailure) => failure === 'aborted',
    backendAlreadyHasIt: (_, problem: RemoteProblem) => problem.code === 'already_registered',
  },
  actions: {
    clearErrors: assign({ ceremonyFailure: null, problem: null }),
    countCancel: assign({ cancels: ({ context }) => context.cancels + 1 }),
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
        { guard: 'cannotCreate', target: 'unsupported' },
        { guard: 'triesConditionalCreate', target: 'conditionalCreate' },
        { target: 'loadingOptions' },
      ],
    },

    // Silent upgrade: if the password manager declines, fall back to the normal offer.
    conditionalCreate: {
      // The offer's Skip is on screen from the start; a fast user's click must not be lost.
      on: { 'append.skip': { guard: 'canSkip', target: 'skipping' } },
      initial: 'loadingOptions',
      states: {
        loadingOptions: {
          invoke: {
            src: 'fetchCreationOptions',
            input: ({ context }) => ({ token: context.token }),
            onDone: {
              target: 'creating',
              actions: assign({ options: ({ event }) => event.output.options }),
            },
            onError: { target: '#append.loadingOptions' },
          },
        },
        creating: {
          invoke: {
            src: 'createPasskey',
            input: ({ context }) => ({ options: requireOptions(context), conditional: true }),
            onDone: {
              target: '#append.verifying',
              actions: assign({ response: ({ event }) => event.output }),
            },
            // Declined or unsupported after all: show the offer, with the options already here.
            onError: { target: '#append.offer' },
          },
        },
      },
    },

    loadingOptions: {
      entry: 'clearErrors',
      on: { 'append.skip': { guard: 'canSkip', target: 'skipping' } },
      invoke: {
        src: 'fetchCreationOptions',
        input: ({ context }) => ({ token: context.token }),
        onDone: {
          target: 'offer',
          actions: assign({ options: ({ event }) => event.output.options }),
        },
        onError: {
          target: 'optionsFailed',
          actions: assign({ problem: ({ event }) => toRemoteProblem(event.error) }),
        },
      },
    },

    optionsFailed: {
      on: {
        'append.retry': { target: 'loadingOptions' },
        'append.skip': { guard: 'canSkip', target: 'skipping' },
      },
    },

    offer: {
      on: {
        'append.create': { target: 'prompting' },
        'append.skip': { guard: 'canSkip', target: 'skipping' },
      },
    },

    prompting: {
      entry: 'clearErrors',
      invoke: {
        src: 'createPasskey',
        input: ({ context }) => ({ options: requireOptions(context), conditional: false }),
        onDone: {
          target: 'verifying',
          actions: assign({ response: ({ event }) => event.output }),
        },
        onError: [
          {
            guard: { type: 'promptAlreadyRegistered', params: failureOf },
            target: 'alreadyExists',
          },
          {
            guard: { type: 'promptCancelled', params: failureOf },
            target: 'cancelled',
            actions: 'countCancel',
          },
          { guard: { type: 'promptTimedOut', params: failureOf }, target: 'timedOut' },
          { guard: { type: 'promptAborted', params: failureOf }, target: 'offer' },
          {
            target: 'failed',
            actions: assign({ ceremonyFailure: ({ event }) => ceremonyFailureOf(event.error) }),
          },
        ],
      },
    },

    // NotAllowedError: the user closed the prompt. Back to the offer, with a note.
    cancelled: {
      on: {
        'append.create': { target: 'prompting' },
        'append.skip': { guard: 'canSkip', target: 'skipping' },
      },
    },

    // Kept apart from cancel: the user did nothing, so the copy differs.
    timedOut: {
      on: {
        'append.create': { target: 'prompting' },
        'append.skip': { guard: 'canSkip', target: 'skipping' },
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
          actions: assign({ passkey: ({ event }) => event.output.passkey }),
        },
        onError: [
          {
            guard: { type: 'backendAlreadyHasIt', params: problemOf },
            target: 'alreadyExists',
          },
          {
            target: 'failed',
            actions: assign({ problem: ({ event }) => toRemoteProblem(event.error) }),
          },
        ],
      },
    },

    // A failed ceremony or verification: retry fetches fresh options (a new challenge).
    failed: {
      on: {
        'append.retry': { target: 'loadingOptions' },
        'append.skip': { guard: 'canSkip', target: 'skipping' },
      },
    },

    created: {
      on: { 'append.continue': { target: 'done', actions: assign({ outcome: 'created' }) } },
    },

    // InvalidStateError: this authenticator already holds a passkey for the account. Not an error.
    alreadyExists: {
      on: { 'append.continue': { target: 'done', actions: assign({ outcome: 'alreadyExists' }) } },
    },

    skipping: {
      always: {
        guard: 'isDashboard',
        target: 'done',
        actions: assign({ outcome: 'dismissed' }),
      },
      invoke: {
        src: 'recordSkip',
        input: ({ context }) => ({
          token: context.token,
          snoozeDays: context.snoozeDays,
          reason: 'skipped' as const,
        }),
        onDone: { target: 'done', actions: assign({ outcome: 'skipped' }) },
        // The snooze is a courtesy: failing to record it must not hold the user up.
        onError: { target: 'done', actions: assign({ outcome: 'skipped' }) },
      },
    },

    // This device cannot create a passkey: continue, and have the backend ask again elsewhere.
    unsupported: {
      always: {
        guard: 'isDashboard',
        target: 'done',
        actions: assign({ outcome: 'unsupported' }),
      },
      invoke: {
        src: 'recordSkip',
        input: ({ context }) => ({
          token: context.token,
          snoozeDays: 0,
          reason: 'unsupported' as const,
        }),
        onDone: { target: 'done', actions: assign({ outcome: 'unsupported' }) },
        onError: { target: 'done', actions: assign({ outcome: 'unsupported' }) },
      },
    },

    done: { type: 'final' },
  },
  output: ({ context }) => ({
    outcome: context.outcome ?? 'dismissed',
    passkey: context.passkey,
  }),
})

function failureOf({ event }: { event: { error: unknown } }): CeremonyFailure {
  return ceremonyFailureOf(event.error)
}

function problemOf({ event }: { event: { error: unknown } }): RemoteProblem {
  return toRemoteProblem(event.error)
}

function requireOptions(context: AppendContext): CreationOptionsJSON {
  if (!context.options) throw new Error('append machine: no creation options in context')
  return context.options
}

function requireResponse(context: AppendContext): RegistrationResponse {
  if (!context.response) throw new Error('append machine: no registration response in context')
  return context.response
}

/** After repeated cancels, the offer suggests skipping instead of asking again. */
export function appendSuggestsSkip(context: Pick<AppendContext, 'cancels' | 'canSkip'>): boolean {
  return context.canSkip && suggestsAnotherWay(context.cancels)
}
