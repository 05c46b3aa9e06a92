/** The step-up's view, from its snapshot: the choice (passkey or code), or the code step. */
import type { SnapshotFrom } from 'xstate'
import type { CeremonyFailure } from '../ceremony'
import { selectCodeView, type CodeView } from '../code/code.selectors'
import type { RemoteProblem } from '../remote-problem'
import { stepOf, unknownStep } from '../step-of'
import type { StepUpMachine } from './step-up.machine'

/**
 * loading: fetching the options; ready: "Confirm with Touch ID" opens the prompt at once;
 * prompting: the OS prompt is open; verifying: the backend checks it; failed: "Try again";
 * done: the step is over (the dialog closes).
 */
export type StepUpPhase = 'loading' | 'ready' | 'prompting' | 'verifying' | 'failed' | 'done'

export type StepUpView =
  | {
      screen: 'stepUpChoice'
      phase: StepUpPhase
      /** The account has somewhere to send a code. */
      canUseCode: boolean
      /** The account has a passkey this device can use. */
      canPasskey: boolean
      ceremonyFailure: CeremonyFailure | null
      problem: RemoteProblem | null
    }
  | CodeView

export function selectStepUpView(snapshot: SnapshotFrom<StepUpMachine>): StepUpView {
  const { context } = snapshot
  const choice = (phase: StepUpPhase): StepUpView => ({
    screen: 'stepUpChoice',
    phase,
    canUseCode: context.channels.length > 0,
    canPasskey: context.canPasskey && context.options !== null,
    ceremonyFailure: context.ceremonyFailure,
    problem: context.problem,
  })
  const step = stepOf(snapshot.value)
  switch (step) {
    case 'loading':
    case 'route':
      return choice('loading')
    case 'ready':
    case 'prompting':
    case 'verifying':
    case 'failed':
    case 'done':
      return choice(step)
    case 'code': {
      const code = snapshot.children.code
      if (!code) throw new Error("The step-up's code step has no running child")
      return selectCodeView(code.getSnapshot())
    }
    default:
      return unknownStep(step)
  }
}
