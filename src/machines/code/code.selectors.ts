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

/**
 * sending / entering / verifying; expired: "Resend code"; tooManyAttempts: five wrong codes,
 * start again; blocked: the account's code budget is spent, try again later; sendFailed.
 */
export type CodeEntryPhase =
  'sending' | 'entering' | 'verifying' | 'expired' | 'tooManyAttempts' | 'blocked' | 'sendFailed'

export type CodeView =
  | {
      screen: 'codeChannel'
      channels: CodeChannelOption[]
      selected: CodeChannel
      problem: RemoteProblem | null
    }
  | CodeEntryView

/** Code entry, as its screen takes it (the screen's props are these, plus words and callbacks). */
export interface CodeEntryView {
  screen: 'codeEntry'
  phase: CodeEntryPhase
  channel: CodeChannel
  /** Masked: "a•••@example.com", "•••• 1234". */
  destination: string
  /** Digits in the code, as the backend said. */
  codeLength: number
  /** Seconds until "Resend code" works again; 0 when it does. */
  resendIn: number
  /** After a wrong code: how many tries remain (null when the backend did not say). */
  attemptsLeft: number | null
  /** The flow rejected the code's shape before sending it. */
  fieldError: 'format' | null
  /** The account has another channel: offer "Use another channel". */
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
    case 'tooManyAttempts':
    case 'blocked':
      return entry(step)
    case 'codeSent':
      return entry(snapshot.matches({ codeSent: 'expired' }) ? 'expired' : 'entering')
    // The step is over; the login moves on in the same macrostep, so these are never drawn.
    case 'verified':
    case 'loginExpired':
      return entry('verifying')
    default:
      return unknownStep(step)
  }
}
