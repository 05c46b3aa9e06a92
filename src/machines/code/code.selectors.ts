/**
 * The code step's view, from its snapshot: the channel choice, or code entry in one of its
 * phases. The screens take their phase type from here.
 */
import type { SnapshotFrom } from 'xstate'
import type { CodeChannel } from '../../api/contract'
import type { RemoteProblem } from '../remote-problem'
import { stepOf, unknownStep } from '../step-of'
import type { CodeMachine } from './code.machine'
import type { CodeChannelOption } from './code.types'

export type CodeEntryPhase =
  'sending' | 'entering' | 'verifying' | 'expired' | 'tooManyAttempts' | 'sendFailed'

export type CodeView =
  | {
      screen: 'codeChannel'
      channels: CodeChannelOption[]
      selected: CodeChannel
      problem: RemoteProblem | null
    }
  | {
      screen: 'codeEntry'
      phase: CodeEntryPhase
      channel: CodeChannel
      destination: string
      codeLength: number
      resendIn: number
      attemptsLeft: number | null
      fieldError: 'format' | null
      canChangeChannel: boolean
      problem: RemoteProblem | null
    }

export function selectCodeView(snapshot: SnapshotFrom<CodeMachine>): CodeView {
  const { context } = snapshot
  const entry = (phase: CodeEntryPhase): CodeView => ({
    screen: 'codeEntry',
    phase,
    channel: context.channel,
    destination: context.destination,
    codeLength: context.codeLength,
    resendIn: context.resendIn,
    attemptsLeft: context.attemptsLeft,
    fieldError: context.fieldError,
    canChangeChannel: context.channels.length > 1,
    problem: context.error,
  })
  const step = stepOf(snapshot.value)
  switch (step) {
    case 'choosingChannel':
      return {
        screen: 'codeChannel',
        channels: context.channels,
        selected: context.channel,
        problem: context.error,
      }
    case 'sending':
    case 'sendFailed':
    case 'verifying':
      return entry(step)
    case 'codeSent':
      if (snapshot.matches({ codeSent: 'expired' })) return entry('expired')
      if (snapshot.matches({ codeSent: 'tooManyAttempts' })) return entry('tooManyAttempts')
      return entry('entering')
    // The step is over; the login moves on in the same macrostep, so these are never drawn.
    case 'verified':
    case 'loginExpired':
      return entry('verifying')
    default:
      return unknownStep(step)
  }
}
