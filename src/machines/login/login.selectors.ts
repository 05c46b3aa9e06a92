/**
 * One screen name per state, and the view model that screen needs, so screens stay dumb: they
 * render a `LoginView` and send events; they never read the machine's state tree themselves.
 * Typed from the machine: a state added or renamed there is a type error here.
 */
import type { SnapshotFrom } from 'xstate'
import type { Session } from '../../api/contract'
import type { BiometricKey } from '../../webauthn/capabilities'
import { selectAppendView, type AppendView } from '../append/append.selectors'
import type { CeremonyFailure } from '../ceremony'
import { selectCodeView, type CodeView } from '../code/code.selectors'
import { suggestsAnotherWay } from '../policy'
import type { RemoteProblem } from '../remote-problem'
import { stepOf, unknownStep } from '../step-of'
import type { LoginMachine } from './login.machine'
import type { LoginNotice } from './login.types'

/** What every screen of a login can show besides its own content. */
interface Common {
  problem: RemoteProblem | null
  notice: LoginNotice | null
}

export type PasskeyLoginPhase = 'ready' | 'preparing' | 'prompting' | 'verifying'

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
  | ({ screen: 'returningUser'; identifier: string; busy: boolean } & Common)
  | ({
      screen: 'passkeyLogin'
      identifier: string
      phase: PasskeyLoginPhase
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
  | (CodeView & Common)
  | (AppendView & Common)
  | { screen: 'authenticated'; session: Session }

export type LoginSnapshot = SnapshotFrom<LoginMachine>

export function selectLoginView(snapshot: LoginSnapshot): LoginView {
  const { context } = snapshot
  const common: Common = { problem: context.problem, notice: context.notice }
  const hasPasskeys = context.accountOptions !== null

  if (snapshot.status === 'error') {
    throw new Error('The login flow stopped on an error', { cause: snapshot.error })
  }
  if (snapshot.status === 'done') {
    if (!context.session) throw new Error('The login ended without a session')
    return { screen: 'authenticated', session: context.session }
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
  const passkeyView = (phase: PasskeyLoginPhase): LoginView => ({
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
  /** Verifying a passkey (or routing after a failure) shows the screen it started from, busy. */
  const passkeyOriginView = () =>
    context.passkeyOrigin === 'account' ? passkeyView('verifying') : identifierView('passkey')
  const passwordView = (phase: 'entering' | 'checking'): LoginView => ({
    screen: 'password',
    identifier: context.identifier,
    phase,
    hasPasskeys,
    ...common,
  })

  const step = stepOf(snapshot.value)
  switch (step) {
    case 'boot':
    case 'route':
      return { screen: 'starting' }
    case 'returningUser':
      return {
        screen: 'returningUser',
        identifier: context.lastAccount ?? '',
        busy: false,
        ...common,
      }
    case 'identifier':
      return identifierView(null)
    case 'lookup':
      // The screen that asked stays up, busy: a returning user never sees the first screen flash.
      return context.lookupFrom === 'returningUser'
        ? { screen: 'returningUser', identifier: context.identifier, busy: true, ...common }
        : identifierView('lookup')
    case 'lookupFailed':
      return identifierView(null, true)
    case 'discoverableLogin':
      return identifierView('passkey')
    case 'passkeyLogin':
      if (snapshot.matches({ passkeyLogin: 'prompting' })) return passkeyView('prompting')
      // A fresh challenge after a failed attempt: a tap now would be lost, so the button waits.
      if (snapshot.matches({ passkeyLogin: 'refreshing' })) return passkeyView('preparing')
      return passkeyView('ready')
    case 'passkeyVerifying':
    case 'passkeyFailed':
      return passkeyOriginView()
    case 'password':
      if (snapshot.matches({ password: 'locked' })) {
        return {
          screen: 'locked',
          identifier: context.identifier,
          retryAfterSeconds: context.problem?.retryAfterSeconds ?? null,
          hasPasskeys,
          ...common,
        }
      }
      return passwordView(snapshot.matches({ password: 'entering' }) ? 'entering' : 'checking')
    case 'afterPassword':
      return passwordView('checking')
    case 'code': {
      const code = selectCodeView(requireChild(snapshot.children.code, 'code').getSnapshot())
      const passkeyLater =
        context.policy.append === 'required' && context.appendOutcome === 'unsupported'
      return {
        ...common,
        ...code,
        problem: code.problem ?? common.problem,
        // The first screens' notices are theirs: the code step says only its own.
        notice: passkeyLater ? 'passkeyLater' : null,
      }
    }
    case 'append': {
      const append = selectAppendView(
        requireChild(snapshot.children.append, 'append').getSnapshot(),
        { biometric: context.device.biometric, forThisDevice: context.passkeyVerified },
      )
      return { ...common, ...append, problem: append.problem ?? common.problem }
    }
    // Signed in; the final state follows in the same step.
    case 'afterPasskey':
    case 'afterCode':
    case 'authenticated':
      return { screen: 'starting' }
    default:
      return unknownStep(step)
  }
}

function requireChild<T>(child: T | undefined, id: string): T {
  if (!child) throw new Error(`The login's ${id} step has no running child`)
  return child
}
