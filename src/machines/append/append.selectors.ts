/**
 * The append step's view, from its snapshot: the offer (in one of its phases) or the outcome.
 * Used inside the login and alone by the dashboard's "Add a passkey"; the screens take their
 * phase type from here.
 */
import type { SnapshotFrom } from 'xstate'
import type { BiometricKey } from '../../webauthn/capabilities'
import type { CeremonyFailure } from '../ceremony'
import type { RemoteProblem } from '../remote-problem'
import { stepOf, unknownStep } from '../step-of'
import { suggestsAnotherWay } from '../policy'
import type { AppendContext, AppendMachine } from './append.machine'

/**
 * loading: registration options are on their way; ready: the tap starts the OS prompt at once;
 * prompting: the OS prompt is open; verifying: the server checks the new passkey; cancelled /
 * timedOut: the prompt closed without a passkey; failed: something broke, "Try again"; saving:
 * the step is finishing (a skip being recorded).
 */
export type AppendPhase =
  'loading' | 'ready' | 'prompting' | 'verifying' | 'cancelled' | 'timedOut' | 'failed' | 'saving'

export type AppendView =
  | {
      screen: 'appendOffer'
      phase: AppendPhase
      biometric: BiometricKey
      canSkip: boolean
      suggestSkip: boolean
      /** Offered after signing in with a phone: "Add a passkey to this device". */
      forThisDevice: boolean
      /** On the dashboard the way out is "Cancel", not "Skip for now". */
      purpose: 'login' | 'dashboard'
      ceremonyFailure: CeremonyFailure | null
      problem: RemoteProblem | null
    }
  | {
      screen: 'appendDone'
      outcome: 'created' | 'alreadyExists'
      biometric: BiometricKey
      problem: RemoteProblem | null
    }

export type AppendSnapshot = SnapshotFrom<AppendMachine>

export function selectAppendView(
  snapshot: AppendSnapshot,
  { biometric, forThisDevice = false }: { biometric: BiometricKey; forThisDevice?: boolean },
): AppendView {
  const { context } = snapshot
  const offer = (phase: AppendPhase): AppendView => ({
    screen: 'appendOffer',
    phase,
    biometric,
    canSkip: context.canSkip,
    suggestSkip: appendSuggestsSkip(context),
    forThisDevice,
    purpose: context.purpose,
    ceremonyFailure: context.ceremonyFailure,
    problem: context.problem,
  })
  const step = stepOf(snapshot.value)
  switch (step) {
    case 'created':
    case 'alreadyExists':
      return { screen: 'appendDone', outcome: step, biometric, problem: context.problem }
    case 'start':
      return offer('loading')
    case 'offering':
      return offer(offeringPhase(snapshot))
    case 'prompting':
    case 'verifying':
      return offer(step)
    case 'declining':
    case 'done':
      return offer('saving')
    default:
      return unknownStep(step)
  }
}

function offeringPhase(snapshot: AppendSnapshot): AppendPhase {
  if (snapshot.matches({ offering: 'conditionalCreate' })) return 'prompting'
  if (snapshot.matches({ offering: 'loadingOptions' })) return 'loading'
  if (snapshot.matches({ offering: 'failed' })) return 'failed'
  // Ready: back after a cancel or a timeout, the offer says so.
  const failure = snapshot.context.ceremonyFailure
  return failure === 'cancelled' || failure === 'timedOut' ? failure : 'ready'
}

/** After repeated cancels, the offer suggests skipping instead of asking again. */
export function appendSuggestsSkip(context: Pick<AppendContext, 'cancels' | 'canSkip'>): boolean {
  return context.canSkip && suggestsAnotherWay(context.cancels)
}
