/**
 * Types of the one-time-code step: what an embedder passes in, the events a screen sends, what
 * the screen reads from context, what the step answers when it ends, and what its two actors
 * take and give (so an embedder's own `sendCode` / `verifyCode` fit `codeMachine.provide()`).
 */
import type { CodeChannel, CodeSent, PendingLogin, Session } from '../../api/contract'
import type { RemoteProblem } from '../remote-problem'

/** A channel the account has, with its masked destination ("a•••@example.com"). */
export type CodeChannelOption = PendingLogin['channels'][number]

export interface CodeInput {
  /** The pending login's token (sent as `Authorization: Bearer` to otp/send and otp/verify). */
  token: string
  /** The account's channels, at least one. With two or more the user chooses. */
  channels: CodeChannelOption[]
}

export interface CodeContext {
  token: string
  channels: CodeChannelOption[]
  /** The chosen channel: the only one, else the first until the user chooses. */
  channel: CodeChannel
  /** Masked destination of `channel`, as the backend last confirmed it. */
  destination: string
  /** Digits in the code, as otp/send said (until then, the contract's usual length). */
  codeLength: number
  /** Lifetime of the last code sent; null before the backend has confirmed a send. */
  expiresInSeconds: number | null
  /** Seconds until `code.resend` is accepted; 0 means now. */
  resendIn: number
  /** Tries left for the current code, once the backend has said (after a wrong code). */
  attemptsLeft: number | null
  /** The last failed remote call; cleared when the user acts again. */
  error: RemoteProblem | null
  /** Local check of the typed code, before any request: 'format' when it is not `codeLength` digits. */
  fieldError: 'format' | null
  /** Set when the code is verified (the machine's output carries it). */
  session: Session | null
}

export type CodeEvent =
  /** choosingChannel: send the code to this channel ("Send code"). */
  | { type: 'code.choose'; channel: CodeChannel }
  /** entering: check the typed code ("Verify"). */
  | { type: 'code.submit'; code: string }
  /** entering, expired: a new code, once the countdown is over. */
  | { type: 'code.resend' }
  /** Back to the choice of channel (only with two or more channels). */
  | { type: 'code.changeChannel' }
  /** sendFailed: try the send again. */
  | { type: 'code.retry' }
  /** After a restored snapshot: restart the resend countdown's timer. */
  | { type: 'code.resume' }

export type CodeOutput =
  | { kind: 'verified'; session: Session }
  /** The pending login lapsed (401): the login has to start over. */
  | { kind: 'loginExpired' }

/** `sending` invokes `sendCode` with this input. */
export interface SendCodeInput {
  token: string
  channel: CodeChannel
}
export type SendCodeOutput = CodeSent

/** `verifying` invokes `verifyCode` with this input. */
export interface VerifyCodeInput {
  token: string
  code: string
}
export type VerifyCodeOutput = Session
