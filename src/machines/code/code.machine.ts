/**
 * The one-time-code step: choose a channel (when the account has two) → send → enter the code →
 * verify → a session. Used by the login machine after a password login.
 *
 * Headless and effect-free: the two remote calls are the actors `sendCode` and `verifyCode`,
 * declared here as typed placeholders. The app's defaults (the API client) are in
 * `code.actors.ts`; embedders bring their own with
 * `codeMachine.provide({ actors: { sendCode, verifyCode } })`. Leaving `sending` or `verifying`
 * stops the actor, which aborts the `signal` it was given, so the request is cancelled.
 *
 * The resend countdown is a delayed transition, one second per tick, on `codeSent`, the state
 * whose steps offer "Resend code" (`entering`, `expired`); `code.resend` is ignored until
 * `resendIn` reaches 0. It pauses while a code is being verified, which can only make it end a
 * little late: the backend keeps the real cooldown and answers `resend_cooldown` with the
 * seconds left, which restart the countdown.
 */
import { assertEvent, assign, emit, fromPromise, setup } from 'xstate'
import type { FunnelEvent } from '../funnel'
import type { CodeChannel, ErrorCode } from '../../api/contract'
import { OTP_LENGTH_DEFAULT } from '../../api/contract-basics'
import { isRejection, toRemoteProblem } from '../remote-problem'
import type {
  CodeContext,
  CodeEvent,
  CodeInput,
  CodeOutput,
  SendCodeInput,
  SendCodeOutput,
  VerifyCodeInput,
  VerifyCodeOutput,
} from './code.types'

export type * from './code.types'

/** The cooldown to wait when a `resend_cooldown` answer does not say how long (the rule's 30 s). */
export const DEFAULT_RESEND_COOLDOWN_SECONDS = 30

const notProvided = (name: 'sendCode' | 'verifyCode') => () =>
  Promise.reject(
    new Error(`code machine: provide the "${name}" actor with codeMachine.provide({ actors })`),
  )

/** Dynamic params that hand a failed actor's error to a guard or an action. */
const errorOf = ({ event }: { event: { error: unknown } }) => ({ error: event.error })

/** Guard: the backend rejected the call with this contract error code. */
const rejectedWith = (code: ErrorCode) => ({
  type: 'isRejection' as const,
  params: ({ event }: { event: { error: unknown } }) => ({ error: event.error, code }),
})

export const codeMachine = setup({
  types: {
    context: {} as CodeContext,
    events: {} as CodeEvent,
    input: {} as CodeInput,
    output: {} as CodeOutput,
    tags: {} as 'busy',
    emitted: {} as FunnelEvent,
  },
  actors: {
    sendCode: fromPromise<SendCodeOutput, SendCodeInput>(notProvided('sendCode')),
    verifyCode: fromPromise<VerifyCodeOutput, VerifyCodeInput>(notProvided('verifyCode')),
  },
  delays: {
    resendTick: 1000,
  },
  guards: {
    hasSingleChannel: ({ context }) => context.channels.length === 1,
    hasSeveralChannels: ({ context }) => context.channels.length > 1,
    isOfferedChannel: ({ context }, params: { channel: CodeChannel }) =>
      context.channels.some((option) => option.channel === params.channel),
    /** As many digits as the backend said its codes have; anything else stays on the screen. */
    isWellFormedCode: ({ context }, params: { code: string }) =>
      params.code.length === context.codeLength && /^\d+$/.test(params.code),
    resendCountingDown: ({ context }) => context.resendIn > 0,
    resendAllowed: ({ context }) => context.resendIn === 0,
    isRejection: (_, params: { error: unknown; code: ErrorCode }) =>
      isRejection(params.error, params.code),
  },
  actions: {
    report: emit((_, event: FunnelEvent) => event),
    chooseChannel: assign(({ context }, params: { channel: CodeChannel }) => ({
      channel: params.channel,
      destination:
        context.channels.find((option) => option.channel === params.channel)?.destination ??
        context.destination,
      error: null,
      fieldError: null,
    })),
    storeCodeSent: assign((_, sent: SendCodeOutput) => ({
      channel: sent.channel,
      destination: sent.destination,
      codeLength: sent.codeLength,
      expiresInSeconds: sent.expiresInSeconds,
      resendIn: sent.resendAfterSeconds,
      // A new code brings a fresh set of attempts.
      attemptsLeft: null,
      error: null,
      fieldError: null,
    })),
    startCooldown: assign((_, params: { error: unknown }) => {
      const problem = toRemoteProblem(params.error)
      return {
        resendIn: problem.retryAfterSeconds ?? DEFAULT_RESEND_COOLDOWN_SECONDS,
        error: problem,
      }
    }),
    storeProblem: assign((_, params: { error: unknown }) => ({
      error: toRemoteProblem(params.error),
    })),
    storeWrongCode: assign((_, params: { error: unknown }) => {
      const problem = toRemoteProblem(params.error)
      return { error: problem, attemptsLeft: problem.attemptsLeft }
    }),
    storeNoAttemptsLeft: assign((_, params: { error: unknown }) => ({
      error: toRemoteProblem(params.error),
      attemptsLeft: 0,
    })),
    storeSession: assign((_, session: VerifyCodeOutput) => ({ session })),
    tickResendCountdown: assign(({ context }) => ({
      resendIn: Math.max(0, context.resendIn - 1),
    })),
    clearErrors: assign({ error: null, fieldError: null }),
    flagMalformedCode: assign({ error: null, fieldError: 'format' as const }),
  },
}).createMachine({
  id: 'code',
  context: ({ input }) => {
    const [first] = input.channels
    if (!first) throw new Error('code machine: the pending login has no code channel')
    return {
      token: input.token,
      channels: input.channels,
      channel: first.channel,
      destination: first.destination,
      codeLength: OTP_LENGTH_DEFAULT,
      expiresInSeconds: null,
      resendIn: 0,
      attemptsLeft: null,
      error: null,
      fieldError: null,
      session: null,
    }
  },
  initial: 'choosingChannel',
  // Only `verified` stores a session, so its absence means the other final state.
  output: ({ context }) =>
    context.session ? { kind: 'verified', session: context.session } : { kind: 'loginExpired' },
  states: {
    choosingChannel: {
      // Nothing to choose with one channel: send to it at once.
      always: { guard: 'hasSingleChannel', target: 'sending' },
      on: {
        'code.choose': {
          guard: { type: 'isOfferedChannel', params: ({ event }) => ({ channel: event.channel }) },
          target: 'sending',
          actions: { type: 'chooseChannel', params: ({ event }) => ({ channel: event.channel }) },
        },
      },
    },

    sending: {
      tags: 'busy',
      invoke: {
        id: 'sendCode',
        src: 'sendCode',
        input: ({ context }) => ({ token: context.token, channel: context.channel }),
        onDone: {
          target: 'codeSent',
          actions: [
            { type: 'storeCodeSent', params: ({ event }) => event.output },
            {
              type: 'report',
              params: ({ context }) => ({ type: 'code.sent', channel: context.channel }),
            },
          ],
        },
        onError: [
          // A code went out moments ago: enter that one, and wait to ask for another.
          {
            guard: rejectedWith('resend_cooldown'),
            target: 'codeSent.entering',
            actions: { type: 'startCooldown', params: errorOf },
          },
          { guard: rejectedWith('unauthorized'), target: 'loginExpired' },
          {
            guard: rejectedWith('too_many_attempts'),
            target: 'tooManyAttempts',
            actions: { type: 'storeNoAttemptsLeft', params: errorOf },
          },
          {
            guard: rejectedWith('code_rate_limited'),
            target: 'blocked',
            actions: { type: 'storeProblem', params: errorOf },
          },
          { target: 'sendFailed', actions: { type: 'storeProblem', params: errorOf } },
        ],
      },
      on: {
        'code.changeChannel': { guard: 'hasSeveralChannels', target: 'choosingChannel' },
      },
    },

    sendFailed: {
      on: {
        'code.retry': { target: 'sending', actions: 'clearErrors' },
        'code.changeChannel': {
          guard: 'hasSeveralChannels',
          target: 'choosingChannel',
          actions: 'clearErrors',
        },
      },
    },

    // A code is out: the user enters it, or it expired. Both offer "Resend code" once the
    // countdown (one tick a second) reaches 0, and another channel.
    codeSent: {
      initial: 'entering',
      after: {
        // Re-entering restarts the timer; the history target keeps the step the user is at.
        resendTick: {
          guard: 'resendCountingDown',
          target: '.current',
          reenter: true,
          actions: 'tickResendCountdown',
        },
      },
      on: {
        // After a reload: timers are not persisted, so re-entering restarts the countdown.
        'code.resume': { target: '.current', reenter: true },
        'code.resend': { guard: 'resendAllowed', target: 'sending', actions: 'clearErrors' },
        'code.changeChannel': {
          guard: 'hasSeveralChannels',
          target: 'choosingChannel',
          actions: 'clearErrors',
        },
      },
      states: {
        current: { type: 'history' },
        entering: {
          on: {
            'code.submit': [
              {
                guard: { type: 'isWellFormedCode', params: ({ event }) => ({ code: event.code }) },
                target: '#code.verifying',
                actions: 'clearErrors',
              },
              { actions: 'flagMalformedCode' },
            ],
          },
        },
        expired: {},
      },
    },

    // Five wrong codes for this login, across resends: a new code would bring no new tries, so
    // the way forward is to start again (the parent's "Use another account" / back).
    tooManyAttempts: {},

    // The account's code budget is spent (too many codes asked for or tried this hour, whatever
    // the login): the error says when codes work again.
    blocked: {},

    verifying: {
      tags: 'busy',
      invoke: {
        id: 'verifyCode',
        src: 'verifyCode',
        // The code travels in the event only: it is a secret, so it is kept out of context.
        input: ({ context, event }) => {
          assertEvent(event, 'code.submit')
          return { token: context.token, code: event.code }
        },
        onDone: {
          target: 'verified',
          actions: [
            { type: 'storeSession', params: ({ event }) => event.output },
            { type: 'report', params: { type: 'code.verified' } },
          ],
        },
        onError: [
          {
            guard: rejectedWith('code_invalid'),
            target: 'codeSent.entering',
            actions: [
              { type: 'storeWrongCode', params: errorOf },
              { type: 'report', params: { type: 'code.failed', reason: 'wrong' } },
            ],
          },
          {
            guard: rejectedWith('code_expired'),
            target: 'codeSent.expired',
            actions: [
              { type: 'storeProblem', params: errorOf },
              { type: 'report', params: { type: 'code.failed', reason: 'expired' } },
            ],
          },
          {
            guard: rejectedWith('too_many_attempts'),
            target: 'tooManyAttempts',
            actions: [
              { type: 'storeNoAttemptsLeft', params: errorOf },
              { type: 'report', params: { type: 'code.failed', reason: 'tooManyAttempts' } },
            ],
          },
          {
            guard: rejectedWith('code_rate_limited'),
            target: 'blocked',
            actions: [
              { type: 'storeProblem', params: errorOf },
              { type: 'report', params: { type: 'code.failed', reason: 'rateLimited' } },
            ],
          },
          {
            guard: rejectedWith('unauthorized'),
            target: 'loginExpired',
            actions: { type: 'report', params: { type: 'code.failed', reason: 'loginExpired' } },
          },
          // A fault (network, server, malformed answer): the same code can be submitted again.
          {
            target: 'codeSent.entering',
            actions: [
              { type: 'storeProblem', params: errorOf },
              { type: 'report', params: { type: 'code.failed', reason: 'fault' } },
            ],
          },
        ],
      },
    },

    verified: { type: 'final' },

    loginExpired: { type: 'final' },
  },
})

export type CodeMachine = typeof codeMachine
