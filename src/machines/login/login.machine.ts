/**
 * The login flow: who is it → passkey or password → (for a password login) the append offer and
 * the one-time code in the account's order → authenticated. Every effect is an actor or action
 * named here and implemented in login.actors.ts, so tests and embedders `provide()` their own.
 * Every word a person reads comes in through the input (the passkey's name) or is chosen by the
 * view from codes this machine keeps (problems, notices, failures).
 */
import { assign, emit, forwardTo, fromPromise, not, setup } from 'xstate'
import type {
  AuthenticationResponse,
  PendingLogin,
  RequestOptionsJSON,
  ResponseBody,
  Session,
} from '../../api/contract'
import type { DeviceProfile } from '../../webauthn/capabilities'
import type { AppendInput, AppendOutput } from '../append/append.machine'
import { ceremonyFailureOf } from '../ceremony'
import type { FunnelEvent } from '../funnel'
import type { CodeOutput } from '../code/code.machine'
import { lazyLogic, loadingActor } from '../lazy-logic'
import { appendWanted, canSkipAppend, startsPasskeyAutomatically } from '../policy'
import { toRemoteProblem, type RemoteProblem } from '../remote-problem'
import type {
  EnvironmentOutput,
  LoginContext,
  LoginEvent,
  LoginInput,
  LoginNotice,
  LoginOutput,
} from './login.types'

export interface GetPasskeyInput {
  options: RequestOptionsJSON
  /** Autofill (conditional mediation): runs quietly while the identifier screen is open. */
  conditional: boolean
  /** Ask the browser for a phone or tablet (hybrid transport, QR code). */
  hybrid: boolean
}

type IdentifyOutput = ResponseBody<'identify'>

/** Before boot detects it: a device that can do nothing, so nothing is offered by mistake. */
export const unknownDevice: DeviceProfile = {
  platform: 'other',
  biometric: 'screenLock',
  canPasskey: false,
  canCreate: false,
  canConditional: false,
  canConditionalCreate: false,
  canHybrid: false,
}

// The code and append steps come after a network answer: their machines are a chunk that loads
// while the first screens are up (`./later-steps`), and `loadLaterSteps` is the wait for it.
const laterCode = lazyLogic(() => import('./later-steps').then((steps) => steps.codeMachine))
const laterAppend = lazyLogic(() => import('./later-steps').then((steps) => steps.appendMachine))

const notProvided = (name: string) => () =>
  Promise.reject(new Error(`login machine: provide the "${name}" actor`))

/** Dynamic params that hand a failed actor's error to a guard or an action. */
const errorOf = ({ event }: { event: { error: unknown } }) => ({ error: event.error })

/** Dynamic params that hand a finished actor's output to a guard or an action. */
const outputOf = <T>({ event }: { event: { output: T } }) => event.output

/** Dynamic params that hand the lookup's answer to a guard or an action. */
const lookupOf = ({ event }: { event: { output: IdentifyOutput } }) => event.output

/** Guard: the backend rejected the call with this contract error code. */
const rejectedWith = (code: NonNullable<RemoteProblem['code']>) => ({
  type: 'isRejection' as const,
  params: ({ event }: { event: { error: unknown } }) => ({ error: event.error, code }),
})

const login = setup({
  types: {
    context: {} as LoginContext,
    events: {} as LoginEvent,
    input: {} as LoginInput,
    output: {} as LoginOutput,
    // Every invoked actor by its id: snapshots type `children.code` and `.append`, and the
    // machine's type has no index signature (which declaration files cannot print soundly).
    children: {} as {
      code: 'code'
      append: 'append'
      detectEnvironment: 'detectEnvironment'
      identify: 'identify'
      fetchRequestOptions: 'fetchRequestOptions'
      getPasskey: 'getPasskey'
      verifyAssertion: 'verifyAssertion'
      checkPassword: 'checkPassword'
      loadLaterSteps: 'loadLaterSteps'
    },
    emitted: {} as FunnelEvent,
  },
  actors: {
    detectEnvironment: fromPromise<EnvironmentOutput>(notProvided('detectEnvironment')),
    identify: fromPromise<IdentifyOutput, { identifier: string }>(notProvided('identify')),
    fetchRequestOptions: fromPromise<
      ResponseBody<'passkeyOptions'>,
      { identifier: string | undefined }
    >(notProvided('fetchRequestOptions')),
    getPasskey: fromPromise<AuthenticationResponse, GetPasskeyInput>(notProvided('getPasskey')),
    verifyAssertion: fromPromise<Session, { response: AuthenticationResponse }>(
      notProvided('verifyAssertion'),
    ),
    checkPassword: fromPromise<PendingLogin, { identifier: string; password: string }>(
      notProvided('checkPassword'),
    ),
    code: laterCode.logic,
    append: laterAppend.logic,
    loadLaterSteps: loadingActor(laterCode, laterAppend),
  },
  guards: {
    hasLastAccount: ({ context }) => context.lastAccount !== null,
    canPasskey: ({ context }) => context.device.canPasskey,
    canHybrid: ({ context }) => context.device.canHybrid,
    runsAutofill: ({ context }) =>
      context.policy.conditionalUI &&
      context.device.canConditional &&
      context.discoverableOptions !== null,
    hasDiscoverableOptions: ({ context }) => context.discoverableOptions !== null,
    accountHasPasskeys: ({ context }) => context.accountOptions !== null,
    lookupFoundPasskeys: (_, lookup: IdentifyOutput) => lookup.passkey !== null,
    lookupFoundPasskeysForHere: ({ context }, lookup: IdentifyOutput) =>
      context.device.canPasskey && lookup.passkey !== null,
    startsAutomatically: ({ context }) => startsPasskeyAutomatically(context.policy),
    passkeyFromAccount: ({ context }) => context.passkeyOrigin === 'account',
    mfaFirst: ({ context }) => context.pending?.mfa === true,
    wantsAppend: ({ context }) =>
      context.pending !== null && appendWanted(context.policy, context.pending),
    /** With MFA the offer comes after the code, once: not again after it was answered. */
    mfaFirstAndWantsAppend: ({ context }) =>
      context.pending?.mfa === true &&
      context.appendOutcome === null &&
      appendWanted(context.policy, context.pending),
    signedIn: ({ context }) => context.session !== null,
    offersPasskeyForThisDevice: ({ context }) =>
      context.viaHybrid && context.device.canCreate && context.policy.append !== 'off',
    ceremonyCancelled: (_, params: { error: unknown }) =>
      ceremonyFailureOf(params.error) === 'cancelled',
    isRejection: (_, params: { error: unknown; code: RemoteProblem['code'] }) =>
      toRemoteProblem(params.error).code === params.code,
    loginExpired: (_, output: CodeOutput) => output.kind === 'loginExpired',
  },
  actions: {
    // Effects without a result: no-ops here, real in login.actors.ts.
    rememberAccount: (_, _params: { identifier: string }) => undefined,
    forgetAccount: () => undefined,
    signalUnknownCredential: (_, _params: { credentialId: string; rpId: string | undefined }) =>
      undefined,

    storeEnvironment: assign((_, environment: EnvironmentOutput) => environment),
    useLastAccount: assign(({ context }) => ({
      identifier: context.lastAccount ?? '',
      lookupFrom: 'returningUser' as const,
    })),
    clearLastAccount: assign({ lastAccount: null }),
    storeIdentifier: assign((_, params: { identifier: string }) => ({
      identifier: params.identifier.trim(),
      lookupFrom: 'identifier' as const,
    })),
    /** The account the backend looked up; its passkey options only where this device can use them. */
    storeLookup: assign(({ context }, lookup: IdentifyOutput) => ({
      identifier: lookup.identifier,
      accountOptions: context.device.canPasskey ? (lookup.passkey?.options ?? null) : null,
    })),
    storeDiscoverableOptions: assign((_, output: { options: RequestOptionsJSON }) => ({
      discoverableOptions: output.options,
    })),
    storeAccountOptions: assign((_, output: { options: RequestOptionsJSON }) => ({
      accountOptions: output.options,
    })),
    useHybrid: assign((_, viaHybrid: boolean) => ({ viaHybrid })),
    storeAssertion: assign(
      (
        { context },
        params: { assertion: AuthenticationResponse; origin: LoginContext['passkeyOrigin'] },
      ) => ({
        assertion: params.assertion,
        passkeyOrigin: params.origin,
        viaHybrid: params.origin === 'account' && context.viaHybrid,
      }),
    ),
    /** The used assertion goes; from the first screen, so do its options (the challenge is spent). */
    dropAssertion: assign(({ context }) => ({
      assertion: null,
      discoverableOptions: context.passkeyOrigin === 'account' ? context.discoverableOptions : null,
    })),
    storePasskeySession: assign((_, session: Session) => ({
      session,
      passkeyVerified: true,
      assertion: null,
    })),
    storePending: assign((_, pending: PendingLogin) => ({ pending })),
    storeCodeResult: assign((_, output: CodeOutput) =>
      output.kind === 'verified'
        ? { session: output.session, codeVerified: true }
        : { session: null, codeVerified: false },
    ),
    storeAppendOutcome: assign((_, output: AppendOutput) => ({ appendOutcome: output.outcome })),
    storeProblem: assign((_, params: { error: unknown }) => ({
      problem: toRemoteProblem(params.error),
    })),
    storeCeremonyFailure: assign((_, params: { error: unknown }) => ({
      ceremonyFailure: ceremonyFailureOf(params.error),
    })),
    tell: assign((_, notice: LoginNotice) => ({ notice })),
    report: emit((_, event: FunnelEvent) => event),
    clearErrors: assign({ problem: null, ceremonyFailure: null }),
    clearNotice: assign({ notice: null }),
    countCancel: assign({ cancels: ({ context }) => context.cancels + 1 }),
    abandonLogin: assign({
      pending: null,
      session: null,
      codeVerified: false,
      passkeyVerified: false,
      accountOptions: null,
      assertion: null,
      viaHybrid: false,
      cancels: 0,
      appendOutcome: null,
    }),
    forwardToCode: forwardTo('code'),
    forwardToAppend: forwardTo('append'),
  },
})

type LoginStateConfig = Parameters<typeof login.createStateConfig>[0]
type InvokeConfig = Exclude<NonNullable<LoginStateConfig['invoke']>, readonly unknown[]>

/** Fetches discoverable request options (no identifier), for the passkey button and autofill. */
const loadingDiscoverableOptions = (then: string, onError: InvokeConfig['onError']) =>
  login.createStateConfig({
    invoke: {
      id: 'fetchRequestOptions',
      src: 'fetchRequestOptions',
      input: () => ({ identifier: undefined }),
      onDone: { target: then, actions: { type: 'storeDiscoverableOptions', params: outputOf } },
      onError,
    },
  })

/** What a failed passkey prompt reports: a cancel, or a failure with the adapter's reason. */
const promptFailed = {
  type: 'report',
  params: ({ event }: { event: { error: unknown } }): FunnelEvent => {
    const failure = ceremonyFailureOf(event.error)
    return failure === 'cancelled'
      ? { type: 'passkeyLogin.cancelled' }
      : { type: 'passkeyLogin.failed', reason: failure }
  },
} as const

const passkeyLoginStarted = (from: LoginContext['passkeyOrigin']) =>
  ({ type: 'report', params: { type: 'passkeyLogin.started', from } }) as const

/** The OS prompt for a passkey; the assertion goes on to be verified, remembering its origin. */
const promptingForPasskey = (
  from: LoginContext['passkeyOrigin'],
  conditional: boolean,
  onError: InvokeConfig['onError'],
) =>
  login.createStateConfig({
    // The autofill request waits in the background: it starts nothing until a passkey is picked.
    entry: conditional ? [] : [passkeyLoginStarted(from)],
    invoke: {
      id: 'getPasskey',
      src: 'getPasskey',
      input: ({ context }) => ({
        options: required(
          from === 'account' ? context.accountOptions : context.discoverableOptions,
          'passkey request options',
        ),
        conditional,
        hybrid: from === 'account' && context.viaHybrid,
      }),
      onDone: {
        target: '#login.passkeyVerifying',
        actions: {
          type: 'storeAssertion',
          params: ({ event }) => ({ assertion: event.output, origin: from }),
        },
      },
      onError,
    },
  })

export const loginMachine = login.createMachine({
  id: 'login',
  context: ({ input }) => ({
    policy: input.policy,
    passkeyNames: input.passkeyNames ?? {},
    device: unknownDevice,
    lastAccount: null,
    identifier: '',
    lookupFrom: 'identifier',
    discoverableOptions: null,
    accountOptions: null,
    assertion: null,
    passkeyOrigin: 'identifier',
    viaHybrid: false,
    pending: null,
    session: null,
    codeVerified: false,
    passkeyVerified: false,
    cancels: 0,
    ceremonyFailure: null,
    problem: null,
    notice: input.notice ?? null,
    appendOutcome: null,
  }),
  initial: 'boot',
  on: {
    // "Use another account" / back, from every step: start over at the identifier.
    'login.back': {
      target: '.identifier',
      actions: ['abandonLogin', 'clearErrors', 'clearNotice'],
    },
  },
  states: {
    // Capabilities are detected once; the last account is restored.
    boot: {
      invoke: {
        id: 'detectEnvironment',
        src: 'detectEnvironment',
        onDone: { target: 'route', actions: { type: 'storeEnvironment', params: outputOf } },
        // Detection failing means no passkeys, not no sign-in.
        onError: { target: 'route' },
      },
    },

    route: {
      always: [{ guard: 'hasLastAccount', target: 'returningUser' }, { target: 'identifier' }],
    },

    returningUser: {
      on: {
        'returning.continue': {
          target: 'lookup',
          actions: [
            'useLastAccount',
            { type: 'report', params: { type: 'identifier.submitted', returning: true } },
          ],
        },
        'returning.useAnother': {
          target: 'identifier',
          actions: ['forgetAccount', 'clearLastAccount'],
        },
      },
    },

    identifier: {
      initial: 'preparing',
      on: {
        'identifier.submit': {
          target: 'lookup',
          actions: [
            'clearErrors',
            'clearNotice',
            { type: 'storeIdentifier', params: ({ event }) => event },
            { type: 'report', params: { type: 'identifier.submitted', returning: false } },
          ],
        },
        'identifier.passkey': {
          guard: 'canPasskey',
          target: 'discoverableLogin',
          actions: ['clearErrors', 'clearNotice'],
        },
      },
      states: {
        preparing: {
          always: [{ guard: 'canPasskey', target: 'loadingOptions' }, { target: 'ready' }],
        },
        // Fetched on arrival so the passkey button calls the OS prompt at once.
        loadingOptions: loadingDiscoverableOptions('ready', { target: 'ready' }),
        ready: {
          initial: 'choose',
          states: {
            choose: {
              always: [{ guard: 'runsAutofill', target: 'autofill' }, { target: 'idle' }],
            },
            // Conditional UI: the browser offers passkeys in the field's autofill. Leaving this
            // state (any other step) aborts it before another ceremony starts.
            autofill: promptingForPasskey('identifier', true, { target: 'idle' }),
            idle: {},
          },
        },
      },
    },

    // Single-step login: the discoverable-credential button on the first screen.
    discoverableLogin: {
      initial: 'choose',
      states: {
        choose: {
          always: [
            { guard: 'hasDiscoverableOptions', target: 'prompting' },
            { target: 'loadingOptions' },
          ],
        },
        loadingOptions: loadingDiscoverableOptions('prompting', {
          target: '#login.identifier',
          actions: { type: 'storeProblem', params: errorOf },
        }),
        prompting: promptingForPasskey('identifier', false, {
          target: '#login.identifier',
          actions: [{ type: 'storeCeremonyFailure', params: errorOf }, promptFailed],
        }),
      },
    },

    lookup: {
      invoke: {
        id: 'identify',
        src: 'identify',
        input: ({ context }) => ({ identifier: context.identifier }),
        onDone: [
          {
            guard: { type: 'lookupFoundPasskeysForHere', params: lookupOf },
            target: 'passkeyLogin',
            actions: { type: 'storeLookup', params: outputOf },
          },
          {
            // The account has passkeys, but this browser cannot use any: the password, and why.
            guard: { type: 'lookupFoundPasskeys', params: lookupOf },
            target: 'password',
            actions: [
              { type: 'storeLookup', params: outputOf },
              { type: 'tell', params: 'passkeyUnavailable' },
            ],
          },
          { target: 'password', actions: { type: 'storeLookup', params: outputOf } },
        ],
        onError: { target: 'lookupFailed', actions: { type: 'storeProblem', params: errorOf } },
      },
    },

    lookupFailed: {
      on: { 'login.retry': { target: 'lookup', actions: 'clearErrors' } },
    },

    // Two-step passkey login: the account's credentials as allowCredentials.
    passkeyLogin: {
      initial: 'choose',
      on: {
        'passkey.usePassword': { target: 'password', actions: 'clearErrors' },
      },
      states: {
        choose: {
          always: [{ guard: 'startsAutomatically', target: 'prompting' }, { target: 'ready' }],
        },
        ready: {
          on: {
            'passkey.start': {
              target: 'prompting',
              actions: { type: 'useHybrid', params: false },
            },
            // A phone or tablet: the browser shows its QR code.
            'passkey.useOtherDevice': {
              guard: 'canHybrid',
              target: 'prompting',
              actions: { type: 'useHybrid', params: true },
            },
          },
        },
        prompting: {
          ...promptingForPasskey('account', false, [
            {
              guard: { type: 'ceremonyCancelled', params: errorOf },
              target: 'ready',
              actions: [
                'countCancel',
                { type: 'storeCeremonyFailure', params: errorOf },
                promptFailed,
              ],
            },
            {
              target: 'ready',
              actions: [{ type: 'storeCeremonyFailure', params: errorOf }, promptFailed],
            },
          ]),
          entry: ['clearErrors', passkeyLoginStarted('account')],
        },
        // A used or expired challenge: fresh options, back to the button.
        refreshing: {
          invoke: {
            id: 'fetchRequestOptions',
            src: 'fetchRequestOptions',
            input: ({ context }) => ({ identifier: context.identifier }),
            onDone: {
              target: 'ready',
              actions: { type: 'storeAccountOptions', params: outputOf },
            },
            onError: { target: 'ready', actions: { type: 'storeProblem', params: errorOf } },
          },
        },
      },
    },

    passkeyVerifying: {
      invoke: {
        id: 'verifyAssertion',
        src: 'verifyAssertion',
        input: ({ context }) => ({ response: required(context.assertion, 'passkey assertion') }),
        onDone: {
          target: 'afterPasskey',
          actions: [
            { type: 'storePasskeySession', params: outputOf },
            { type: 'report', params: { type: 'passkeyLogin.succeeded' } },
          ],
        },
        onError: [
          {
            // The password manager offered a passkey the server no longer knows: tell it.
            guard: rejectedWith('unknown_credential'),
            target: 'passkeyFailed',
            actions: [
              {
                type: 'signalUnknownCredential',
                params: ({ context, event }) => ({
                  credentialId:
                    toRemoteProblem(event.error).credentialId ?? context.assertion?.id ?? '',
                  rpId: (context.accountOptions ?? context.discoverableOptions)?.rpId,
                }),
              },
              { type: 'tell', params: 'unknownPasskey' },
              { type: 'storeProblem', params: errorOf },
              { type: 'report', params: { type: 'passkeyLogin.failed', reason: 'rejected' } },
            ],
          },
          {
            target: 'passkeyFailed',
            actions: [
              { type: 'storeProblem', params: errorOf },
              { type: 'report', params: { type: 'passkeyLogin.failed', reason: 'rejected' } },
            ],
          },
        ],
      },
    },

    // Back to where the passkey attempt started, with fresh options (the challenge was used).
    passkeyFailed: {
      always: [
        {
          guard: 'passkeyFromAccount',
          target: 'passkeyLogin.refreshing',
          actions: 'dropAssertion',
        },
        { target: 'identifier', actions: 'dropAssertion' },
      ],
    },

    // Only reached from a verified passkey: `session` is set from that answer alone. J4b: signed
    // in with a phone's passkey, offer one on this device too, once the step has loaded.
    afterPasskey: {
      always: { guard: not('offersPasskeyForThisDevice'), target: 'authenticated' },
      invoke: { id: 'loadLaterSteps', src: 'loadLaterSteps', onDone: 'append' },
    },

    // The password way in, locked after too many wrong passwords.
    password: {
      initial: 'entering',
      on: {
        'password.usePasskey': {
          guard: 'accountHasPasskeys',
          target: 'passkeyLogin',
          actions: 'clearErrors',
        },
      },
      states: {
        entering: {
          on: { 'password.submit': { target: 'checking', actions: 'clearErrors' } },
        },
        checking: {
          invoke: {
            id: 'checkPassword',
            src: 'checkPassword',
            // The password travels in the event only; it is never kept in context.
            input: ({ context, event }) => ({
              identifier: context.identifier,
              password: event.type === 'password.submit' ? event.password : '',
            }),
            onDone: {
              target: '#login.afterPassword',
              actions: { type: 'storePending', params: outputOf },
            },
            onError: [
              {
                guard: rejectedWith('account_locked'),
                target: 'locked',
                actions: { type: 'storeProblem', params: errorOf },
              },
              { target: 'entering', actions: { type: 'storeProblem', params: errorOf } },
            ],
          },
        },
        locked: {},
      },
    },

    // The account's order: with MFA the code comes first, without it the offer does; either
    // once the steps have loaded (at once, unless the user outran the download).
    afterPassword: {
      invoke: {
        id: 'loadLaterSteps',
        src: 'loadLaterSteps',
        onDone: [
          { guard: 'mfaFirst', target: 'code' },
          { guard: 'wantsAppend', target: 'append' },
          { target: 'code' },
        ],
      },
    },

    code: {
      on: { 'code.*': { actions: 'forwardToCode' } },
      invoke: {
        id: 'code',
        src: 'code',
        input: ({ context }) => {
          const pending = required(context.pending, 'pending login')
          return { token: pending.token, channels: pending.channels }
        },
        onDone: [
          {
            guard: { type: 'loginExpired', params: outputOf },
            target: 'identifier',
            actions: ['abandonLogin', { type: 'tell', params: 'loginExpired' }],
          },
          { target: 'afterCode', actions: { type: 'storeCodeResult', params: outputOf } },
        ],
      },
    },

    // Only reached with a verified code: `session` is set from that answer alone.
    afterCode: {
      always: [{ guard: 'mfaFirstAndWantsAppend', target: 'append' }, { target: 'authenticated' }],
    },

    // The offer: after the password (before the code without MFA, after it with MFA), or after
    // signing in with a phone's passkey, for this device (J4b).
    append: {
      on: { 'append.*': { actions: 'forwardToAppend' } },
      invoke: {
        id: 'append',
        src: 'append',
        input: ({ context }) => appendInput(context),
        onDone: [
          // Signed in already (a verified code or passkey): nothing more to do.
          {
            guard: 'signedIn',
            target: 'authenticated',
            actions: { type: 'storeAppendOutcome', params: outputOf },
          },
          { target: 'code', actions: { type: 'storeAppendOutcome', params: outputOf } },
        ],
      },
    },

    authenticated: {
      type: 'final',
      // The account the server signed in: a one-step passkey login never typed an identifier.
      entry: [
        {
          type: 'rememberAccount',
          params: ({ context }) => ({
            identifier: required(context.session, 'session').user.identifier,
          }),
        },
        {
          type: 'report',
          params: ({ context }) => ({
            type: 'authenticated',
            method: context.passkeyVerified ? 'passkey' : 'password',
          }),
        },
      ],
    },
  },
  output: ({ context }) => ({ session: required(context.session, 'session') }),
})

export type LoginMachine = typeof loginMachine

/** The append step's input: after a passkey sign-in it is a bonus, so it can always be skipped. */
function appendInput(context: LoginContext): AppendInput {
  const bonus = context.passkeyVerified
  return {
    purpose: 'login',
    // Before the code step the pending login creates it (and it stays pending).
    token: context.session?.token ?? required(context.pending, 'pending login').token,
    canSkip: bonus || canSkipAppend(context.policy),
    canCreate: context.device.canCreate,
    tryConditionalCreate:
      !bonus && context.policy.conditionalCreate && context.device.canConditionalCreate,
    passkeyName: context.passkeyNames[context.device.platform],
  }
}

/** A value the state it is read in always has; its absence is a bug, said by name. */
function required<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`login machine: no ${what} in context`)
  return value
}
