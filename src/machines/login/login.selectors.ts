/**
 * One screen name per state, and the view model that screen needs, so screens stay dumb: they
 * render a `LoginView` and send events; they never read the machine's state tree themselves.
 */
import type { CodeChannel, PendingLogin, Session } from '../../api/contract'
import type { BiometricKey } from '../../webauthn/capabilities'
import type { AppendContext } from '../append/append.machine'
import { appendSuggestsSkip } from '../append/append.machine'
import type { CeremonyFailure } from '../ceremony'
import type { CodeContext } from '../code/code.types'
import { suggestsAnotherWay } from '../policy'
import type { RemoteProblem } from '../remote-problem'
import type { LoginContext, LoginNotice } from './login.types'

/** What every screen of a login can show besides its own content. */
interface Common {
  problem: RemoteProblem | null
  notice: LoginNotice | null
}

export type LoginView =
  | { screen: 'starting' }
  | ({
      screen: 'identifier'
      identifier: string
      /** What the user is waiting for, if anything. */
      busy: 'lookup' | 'passkey' | null
      canPasskey: boolean
      ceremonyFailure: CeremonyFailure | null
      /** The lookup failed: "Try again" resends it. */
      canRetry: boolean
    } & Common)
  | ({ screen: 'returningUser'; identifier: string } & Common)
  | ({
      screen: 'passkeyLogin'
      identifier: string
      phase: 'ready' | 'preparing' | 'prompting' | 'verifying'
      biometric: BiometricKey
      canHybrid: boolean
      cancels: number
      /** After repeated cancels: point at the password instead of asking again. */
      suggestPassword: boolean
      ceremonyFailure: CeremonyFailure | null
    } & Common)
  | ({
      screen: 'password'
      identifier: string
      phase: 'entering' | 'checking'
      hasPasskeys: boolean
    } & Common)
  | ({
      screen: 'locked'
      identifier: string
      retryAfterSeconds: number | null
      hasPasskeys: boolean
    } & Common)
  | ({
      screen: 'codeChannel'
      channels: PendingLogin['channels']
      selected: CodeChannel
    } & Common)
  | ({
      screen: 'codeEntry'
      phase: 'sending' | 'entering' | 'verifying' | 'expired' | 'tooManyAttempts' | 'sendFailed'
      channel: CodeChannel
      destination: string
      codeLength: number
      resendIn: number
      attemptsLeft: number | null
      fieldError: 'format' | null
      canChangeChannel: boolean
    } & Common)
  | ({
      screen: 'appendOffer'
      phase:
        | 'loading'
        | 'ready'
        | 'prompting'
        | 'verifying'
        | 'cancelled'
        | 'timedOut'
        | 'failed'
        | 'optionsFailed'
        | 'saving'
      biometric: BiometricKey
      canSkip: boolean
      suggestSkip: boolean
      /** Offered after signing in with a phone: "Add a passkey to this device". */
      forThisDevice: boolean
      ceremonyFailure: CeremonyFailure | null
    } & Common)
  | ({
      screen: 'appendDone'
      outcome: 'created' | 'alreadyExists'
      biometric: BiometricKey
    } & Common)
  | { screen: 'authenticated'; session: Session }

/** The parts of a login snapshot the selector reads (kept structural so tests can pass fakes). */
export interface LoginSnapshotLike {
  status: string
  context: LoginContext
  matches(state: string | Record<string, unknown>): boolean
  children: Record<string, { getSnapshot(): unknown } | undefined>
}

export interface ChildSnapshot<C> {
  value: unknown
  context: C
  matches(state: string): boolean
}

function childOf<C>(snapshot: LoginSnapshotLike, id: 'code' | 'append') {
  return snapshot.children[id]?.getSnapshot() as ChildSnapshot<C> | undefined
}

export function selectLoginView(snapshot: LoginSnapshotLike): LoginView {
  const { context } = snapshot
  const common: Common = { problem: context.problem, notice: context.notice }
  const hasPasskeys = context.accountOptions !== null

  if (snapshot.status === 'done' && context.session) {
    return { screen: 'authenticated', session: context.session }
  }
  if (snapshot.matches('boot') || snapshot.matches('route')) return { screen: 'starting' }
  if (snapshot.matches('returningUser')) {
    return { screen: 'returningUser', identifier: context.lastAccount ?? '', ...common }
  }

  const identifierView = (busy: 'lookup' | 'passkey' | null, canRetry = false): LoginView => ({
    screen: 'identifier',
    identifier: context.identifier,
    busy,
    canPasskey: context.device.canPasskey,
    ceremonyFailure: context.ceremonyFailure,
    canRetry,
    ...common,
  })
  if (snapshot.matches('identifier')) return identifierView(null)
  if (snapshot.matches('lookup')) return identifierView('lookup')
  if (snapshot.matches('lookupFailed')) return identifierView(null, true)
  if (snapshot.matches('discoverableLogin')) return identifierView('passkey')

  const passkeyView = (
    phase: Extract<LoginView, { screen: 'passkeyLogin' }>['phase'],
  ): LoginView => ({
    screen: 'passkeyLogin',
    identifier: context.identifier,
    phase,
    biometric: context.device.biometric,
    canHybrid: context.device.canHybrid,
    cancels: context.cancels,
    suggestPassword: suggestsAnotherWay(context.cancels),
    ceremonyFailure: context.ceremonyFailure,
    ...common,
  })
  if (snapshot.matches({ passkeyLogin: 'prompting' })) return passkeyView('prompting')
  // A fresh challenge after a failed attempt: a tap now would be lost, so the button waits.
  if (snapshot.matches({ passkeyLogin: 'refreshing' })) return passkeyView('preparing')
  if (snapshot.matches('passkeyLogin')) return passkeyView('ready')
  // Verifying a passkey (or routing after a failure) shows the screen it started from, busy.
  if (snapshot.matches('passkeyVerifying') || snapshot.matches('passkeyFailed')) {
    return context.passkeyOrigin === 'account'
      ? passkeyView('verifying')
      : identifierView('passkey')
  }

  if (snapshot.matches('password') || snapshot.matches('afterPassword')) {
    return {
      screen: 'password',
      identifier: context.identifier,
      phase: snapshot.matches({ password: 'entering' }) ? 'entering' : 'checking',
      hasPasskeys,
      ...common,
    }
  }
  if (snapshot.matches('locked')) {
    return {
      screen: 'locked',
      identifier: context.identifier,
      retryAfterSeconds: context.problem?.retryAfterSeconds ?? null,
      hasPasskeys,
      ...common,
    }
  }

  const code = childOf<CodeContext>(snapshot, 'code')
  if (snapshot.matches('code') && code) return codeView(code, common)

  const append = childOf<AppendContext>(snapshot, 'append')
  if ((snapshot.matches('append') || snapshot.matches('appendToDevice')) && append) {
    return selectAppendView(append, {
      biometric: context.device.biometric,
      forThisDevice: snapshot.matches('appendToDevice'),
      common,
    })
  }

  // Transient routing states (afterCode, afterPasskey) resolve before anything renders; the
  // code and append steps before their child has started look like their first screen.
  return { screen: 'starting' }
}

function codeView(code: ChildSnapshot<CodeContext>, common: Common): LoginView {
  const { context } = code
  const problem = context.error ?? common.problem
  if (code.matches('choosingChannel')) {
    return {
      screen: 'codeChannel',
      channels: context.channels,
      selected: context.channel,
      ...common,
      problem,
    }
  }
  const phases = ['sending', 'verifying', 'expired', 'tooManyAttempts', 'sendFailed'] as const
  return {
    screen: 'codeEntry',
    phase: phases.find((phase) => code.matches(phase)) ?? 'entering',
    channel: context.channel,
    destination: context.destination,
    codeLength: context.codeLength,
    resendIn: context.resendIn,
    attemptsLeft: context.attemptsLeft,
    fieldError: context.fieldError,
    canChangeChannel: context.channels.length > 1,
    ...common,
    problem,
  }
}

/** The append step's view; also used alone by the dashboard's "Add a passkey". */
export function selectAppendView(
  append: ChildSnapshot<AppendContext>,
  {
    biometric,
    forThisDevice = false,
    common = { problem: null, notice: null },
  }: { biometric: BiometricKey; forThisDevice?: boolean; common?: Common },
): Extract<LoginView, { screen: 'appendOffer' | 'appendDone' }> {
  const { context } = append
  const problem = context.problem ?? common.problem
  if (append.matches('created'))
    return { screen: 'appendDone', outcome: 'created', biometric, ...common, problem }
  if (append.matches('alreadyExists')) {
    return { screen: 'appendDone', outcome: 'alreadyExists', biometric, ...common, problem }
  }
  const phaseOf = (): Extract<LoginView, { screen: 'appendOffer' }>['phase'] => {
    if (append.matches('offer')) return 'ready'
    if (append.matches('prompting') || append.matches('conditionalCreate')) return 'prompting'
    if (append.matches('verifying')) return 'verifying'
    if (append.matches('cancelled')) return 'cancelled'
    if (append.matches('timedOut')) return 'timedOut'
    if (append.matches('failed')) return 'failed'
    if (append.matches('optionsFailed')) return 'optionsFailed'
    if (append.matches('skipping') || append.matches('unsupported') || append.matches('done')) {
      return 'saving'
    }
    return 'loading'
  }
  return {
    screen: 'appendOffer',
    phase: phaseOf(),
    biometric,
    canSkip: context.canSkip,
    suggestSkip: appendSuggestsSkip(context),
    forThisDevice,
    ceremonyFailure: context.ceremonyFailure,
    ...common,
    problem,
  }
}
