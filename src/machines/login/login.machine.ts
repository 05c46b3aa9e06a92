/**
 * The login flow: who is it → passkey or password → (for a password login) the append offer and
 * the one-time code in the account's order → authenticated. Every effect is an actor or action
 * named here and implemented in login.actors.ts, so tests and embedders `provide()` their own.
 */
import { assign, forwardTo, fromPromise, setup } from 'xstate'
import type {
  AuthenticationResponse,
  PendingLogin,
  RequestOptionsJSON,
  ResponseBody,
  Session,
} from '../../api/contract'
import type { DeviceProfile } from '../../webauthn/capabilities'
import { copy } from '../../copy/en'
import { appendMachine, type AppendInput } from '../append/append.machine'
import { ceremonyFailureOf, type CeremonyFailure } from '../ceremony'
import { codeMachine } from '../code/code.machine'
import { appendWanted, canSkipAppend, startsPasskeyAutomatically } from '../policy'
import { toRemoteProblem, type RemoteProblem } from '../remote-problem'
import type {
  EnvironmentOutput,
  LoginContext,
  LoginEvent,
  LoginInput,
  LoginOutput,
} from './login.types'

export interface GetPasskeyInput {
  options: RequestOptionsJSON
  /** Autofill (conditional mediation): runs quietly while the identifier screen is open. */
  conditional: boolean
  /** Ask the browser for a phone or tablet (hybrid transport, QR code). */
  hybrid: boolean
}

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

const notProvided = (name: string) => () =>
  Promise.reject(new Error(`login machine: provide the "${name}" actor`))

const problemOf = ({ event }: { event: { error: unknown } }): RemoteProblem =>
  toRemoteProblem(event.error)
const failureOf = ({ event }: { event: { error: unknown } }): CeremonyFailure =>
  ceremonyFailureOf(event.error)

export const loginMachine = setup({
  types: {
    context: {} as LoginContext,
    events: {} as LoginEvent,
    input: {} as LoginInput,
    output: {} as LoginOutput,
  },
  actors: {
    detectEnvironment: fromPromise<EnvironmentOutput>(notProvided('detectEnvironment')),
    identify: fromPromise<ResponseBody<'identify'>, { identifier: string }>(
      notProvided('identify'),
    ),
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
    code: codeMachine,
    append: appendMachine,
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
    codeVerified: ({ context }) => context.codeVerified,
    offersPasskeyForThisDevice: ({ context }) =>
      context.viaHybrid && context.device.canCreate && context.policy.append !== 'off',
    promptCancelled: (_, failure: CeremonyFailure) => failure === 'cancelled',
    rejectedAs: (_, params: { problem: RemoteProblem; code: RemoteProblem['code'] }) =>
      params.problem.code === params.code,
    loginExpired: (_, output: { kind: string }) => output.kind === 'loginExpired',
  },
  actions: {
    // Effects without a result: no-ops here, real in login.actors.ts.
    rememberAccount: (_, _params: { identifier: string }) => undefined,
    forgetAccount: () => undefined,
    signalUnknownCredential: (_, _params: { credentialId: string; rpId: string | undefined }) =>
      undefined,
    signalAcceptedCredentials: (_, _params: { session: Session }) => undefined,

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
}).createMachine({
  id: 'login',
  context: ({ input }) => ({
    policy: input.policy,
    device: unknownDevice,
    lastAccount: null,
    identifier: '',
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
        src: 'detectEnvironment',
        onDone: {
          target: 'route',
          actions: assign({
            device: ({ event }) => event.output.device,
            lastAccount: ({ event }) => event.output.lastAccount,
          }),
        },
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
          actions: assign({ identifier: ({ context }) => context.lastAccount ?? '' }),
        },
        'returning.useAnother': {
          target: 'identifier',
          actions: ['forgetAccount', assign({ lastAccount: null })],
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
            assign({ identifier: ({ event }) => event.identifier.trim() }),
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
        loadingOptions: {
          invoke: {
            src: 'fetchRequestOptions',
            input: () => ({ identifier: undefined }),
            onDone: {
              target: 'ready',
              actions: assign({ discoverableOptions: ({ event }) => event.output.options }),
            },
            onError: { target: 'ready' },
          },
        },
        ready: {
          initial: 'choose',
          states: {
            choose: {
              always: [{ guard: 'runsAutofill', target: 'autofill' }, { target: 'idle' }],
            },
            // Conditional UI: the browser offers passkeys in the field's autofill. Leaving this
            // state (any other step) aborts it before another ceremony starts.
            autofill: {
              invoke: {
                src: 'getPasskey',
                input: ({ context }) => ({
                  options: requireOptions(context.discoverableOptions),
                  conditional: true,
                  hybrid: false,
                }),
                onDone: {
                  target: '#login.passkeyVerifying',
                  actions: assign({
                    assertion: ({ event }) => event.output,
                    passkeyOrigin: 'identifier',
                    viaHybrid: false,
                  }),
                },
                onError: { target: 'idle' },
              },
            },
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
        loadingOptions: {
          invoke: {
            src: 'fetchRequestOptions',
            input: () => ({ identifier: undefined }),
            onDone: {
              target: 'prompting',
              actions: assign({ discoverableOptions: ({ event }) => event.output.options }),
            },
            onError: {
              target: '#login.identifier',
              actions: assign({ problem: problemOf }),
            },
          },
        },
        prompting: {
          invoke: {
            src: 'getPasskey',
            input: ({ context }) => ({
              options: requireOptions(context.discoverableOptions),
              conditional: false,
              hybrid: false,
            }),
            onDone: {
              target: '#login.passkeyVerifying',
              actions: assign({
                assertion: ({ event }) => event.output,
                passkeyOrigin: 'identifier',
                viaHybrid: false,
              }),
            },
            onError: {
              target: '#login.identifier',
              actions: assign({ ceremonyFailure: failureOf }),
            },
          },
        },
      },
    },

    lookup: {
      invoke: {
        src: 'identify',
        input: ({ context }) => ({ identifier: context.identifier }),
        onDone: [
          {
            guard: ({ context, event }) =>
              event.output.passkey !== null && context.device.canPasskey,
            target: 'passkeyLogin',
            actions: assign({
              identifier: ({ event }) => event.output.identifier,
              accountOptions: ({ event }) => event.output.passkey?.options ?? null,
            }),
          },
          {
            // The account has passkeys, but this browser cannot use any: the password, and why.
            guard: ({ event }) => event.output.passkey !== null,
            target: 'password',
            actions: assign({
              identifier: ({ event }) => event.output.identifier,
              accountOptions: null,
              notice: 'passkeyUnavailable',
            }),
          },
          {
            target: 'password',
            actions: assign({
              identifier: ({ event }) => event.output.identifier,
              accountOptions: null,
            }),
          },
        ],
        onError: { target: 'lookupFailed', actions: assign({ problem: problemOf }) },
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
            'passkey.start': { target: 'prompting', actions: assign({ viaHybrid: false }) },
            // A phone or tablet: the browser shows its QR code.
            'passkey.useOtherDevice': {
              guard: 'canHybrid',
              target: 'prompting',
              actions: assign({ viaHybrid: true }),
            },
          },
        },
        prompting: {
          entry: 'clearErrors',
          invoke: {
            src: 'getPasskey',
            input: ({ context }) => ({
              options: requireOptions(context.accountOptions),
              conditional: false,
              hybrid: context.viaHybrid,
            }),
            onDone: {
              target: '#login.passkeyVerifying',
              actions: assign({
                assertion: ({ event }) => event.output,
                passkeyOrigin: 'account',
              }),
            },
            onError: [
              {
                guard: { type: 'promptCancelled', params: failureOf },
                target: 'ready',
                actions: ['countCancel', assign({ ceremonyFailure: failureOf })],
              },
              { target: 'ready', actions: assign({ ceremonyFailure: failureOf }) },
            ],
          },
        },
        // A used or expired challenge: fresh options, back to the button.
        refreshing: {
          invoke: {
            src: 'fetchRequestOptions',
            input: ({ context }) => ({ identifier: context.identifier }),
            onDone: {
              target: 'ready',
              actions: assign({ accountOptions: ({ event }) => event.output.options }),
            },
            onError: { target: 'ready', actions: assign({ problem: problemOf }) },
          },
        },
      },
    },

    passkeyVerifying: {
      invoke: {
        src: 'verifyAssertion',
        input: ({ context }) => ({ response: requireAssertion(context.assertion) }),
        onDone: {
          target: 'afterPasskey',
          actions: assign({
            session: ({ event }) => event.output,
            passkeyVerified: true,
            assertion: null,
          }),
        },
        onError: [
          {
            // The password manager offered a passkey the server no longer knows: tell it.
            guard: {
              type: 'rejectedAs',
              params: ({ event }) => ({
                problem: toRemoteProblem(event.error),
                code: 'unknown_credential' as const,
              }),
            },
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
              assign({ notice: 'unknownPasskey', problem: problemOf }),
            ],
          },
          { target: 'passkeyFailed', actions: assign({ problem: problemOf }) },
        ],
      },
    },

    // Back to where the passkey attempt started, with fresh options (the challenge was used).
    passkeyFailed: {
      always: [
        {
          guard: 'passkeyFromAccount',
          target: 'passkeyLogin.refreshing',
          actions: assign({ assertion: null }),
        },
        {
          target: 'identifier',
          actions: assign({ assertion: null, discoverableOptions: null }),
        },
      ],
    },

    // Only reached from a verified passkey: `session` is set from that answer alone.
    afterPasskey: {
      always: [
        { guard: 'offersPasskeyForThisDevice', target: 'appendToDevice' },
        { target: 'authenticated' },
      ],
    },

    // J4b: signed in with a phone's passkey; offer one on this device too.
    appendToDevice: {
      on: { 'append.*': { actions: 'forwardToAppend' } },
      invoke: {
        id: 'append',
        src: 'append',
        // Signed in already, with a passkey: this one is a bonus, so it can always be skipped.
        input: ({ context }) =>
          appendInput(context, {
            token: requireSession(context.session).token,
            canSkip: true,
            tryConditionalCreate: false,
          }),
        onDone: {
          target: 'authenticated',
          actions: assign({ appendOutcome: ({ event }) => event.output.outcome }),
        },
      },
    },

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
            src: 'checkPassword',
            // The password travels in the event only; it is never kept in context.
            input: ({ context, event }) => ({
              identifier: context.identifier,
              password: event.type === 'password.submit' ? event.password : '',
            }),
            onDone: {
              target: '#login.afterPassword',
              actions: assign({ pending: ({ event }) => event.output }),
            },
            onError: [
              {
                guard: {
                  type: 'rejectedAs',
                  params: ({ event }) => ({
                    problem: toRemoteProblem(event.error),
                    code: 'account_locked' as const,
                  }),
                },
                target: '#login.locked',
                actions: assign({ problem: problemOf }),
              },
              { target: 'entering', actions: assign({ problem: problemOf }) },
            ],
          },
        },
      },
    },

    locked: {
      on: {
        'password.usePasskey': {
          guard: 'accountHasPasskeys',
          target: 'passkeyLogin',
          actions: 'clearErrors',
        },
      },
    },

    // The account's order: with MFA the code comes first, without it the offer does.
    afterPassword: {
      always: [
        { guard: 'mfaFirst', target: 'code' },
        { guard: 'wantsAppend', target: 'append' },
        { target: 'code' },
      ],
    },

    code: {
      on: { 'code.*': { actions: 'forwardToCode' } },
      invoke: {
        id: 'code',
        src: 'code',
        input: ({ context }) => {
          const pending = requirePending(context.pending)
          return { token: pending.token, channels: pending.channels }
        },
        onDone: [
          {
            guard: { type: 'loginExpired', params: ({ event }) => event.output },
            target: 'identifier',
            actions: ['abandonLogin', assign({ notice: 'loginExpired' })],
          },
          {
            target: 'afterCode',
            actions: assign({
              session: ({ event }) =>
                event.output.kind === 'verified' ? event.output.session : null,
              codeVerified: ({ event }) => event.output.kind === 'verified',
            }),
          },
        ],
      },
    },

    // Only reached with a verified code: `session` is set from that answer alone.
    afterCode: {
      always: [{ guard: 'mfaFirstAndWantsAppend', target: 'append' }, { target: 'authenticated' }],
    },

    append: {
      on: { 'append.*': { actions: 'forwardToAppend' } },
      invoke: {
        id: 'append',
        src: 'append',
        input: ({ context }) =>
          appendInput(context, {
            // Before the code step the pending login creates it (and it stays pending).
            token: context.session?.token ?? requirePending(context.pending).token,
            canSkip: canSkipAppend(context.policy),
            tryConditionalCreate:
              context.policy.conditionalCreate && context.device.canConditionalCreate,
          }),
        onDone: [
          {
            guard: 'codeVerified',
            target: 'afterCode',
            actions: assign({ appendOutcome: ({ event }) => event.output.outcome }),
          },
          {
            target: 'code',
            actions: assign({ appendOutcome: ({ event }) => event.output.outcome }),
          },
        ],
      },
    },

    authenticated: {
      type: 'final',
      entry: [
        // The account the server signed in: a one-step passkey login never typed an identifier.
        {
          type: 'rememberAccount',
          params: ({ context }) => ({
            identifier: requireSession(context.session).user.identifier,
          }),
        },
        {
          type: 'signalAcceptedCredentials',
          params: ({ context }) => ({ session: requireSession(context.session) }),
        },
      ],
    },
  },
  output: ({ context }) => ({ session: requireSession(context.session) }),
})

export type LoginMachine = typeof loginMachine

/** The append step's input: what both of the login's offers share, and what sets them apart. */
function appendInput(
  context: LoginContext,
  offer: Pick<AppendInput, 'token' | 'canSkip' | 'tryConditionalCreate'>,
): AppendInput {
  return {
    purpose: 'login',
    snoozeDays: context.policy.snoozeDays,
    canCreate: context.device.canCreate,
    passkeyName: copy.append.passkeyName[context.device.platform],
    ...offer,
  }
}

function requireOptions(options: RequestOptionsJSON | null): RequestOptionsJSON {
  if (!options) throw new Error('login machine: no passkey request options in context')
  return options
}

function requireAssertion(assertion: AuthenticationResponse | null): AuthenticationResponse {
  if (!assertion) throw new Error('login machine: no passkey assertion in context')
  return assertion
}

function requirePending(pending: PendingLogin | null): PendingLogin {
  if (!pending) throw new Error('login machine: no pending login in context')
  return pending
}

function requireSession(session: Session | null): Session {
  if (!session) throw new Error('login machine: no session in context')
  return session
}
