import type {
  AuthenticationResponse,
  PendingLogin,
  RequestOptionsJSON,
  Session,
} from '../../api/contract'
import type { DeviceProfile } from '../../webauthn/capabilities'
import type { Platform } from '../../webauthn/platform'
import type { AppendOutcome } from '../append/append.machine'
import type { CeremonyFailure } from '../ceremony'
import type { Policy } from '../policy'
import type { RemoteProblem } from '../remote-problem'

/** What a new passkey is called, per platform ("Passkey on Mac"): the host's words, in its language. */
export type PasskeyNames = Readonly<Partial<Record<Platform, string>>>

export interface LoginInput {
  policy: Policy
  /** Names for a passkey made during the login; without one the backend names it. */
  passkeyNames?: PasskeyNames
  /** Shown on the first screen, e.g. after a reload found the stored flow had lapsed. */
  notice?: LoginNotice | null
}

/** Something the user should be told on the next screen, that is not an error of that screen. */
export type LoginNotice =
  /** The pending login expired (code step too late, or a reload after it lapsed). */
  | 'loginExpired'
  /** The passkey the browser offered is no longer registered (the password manager was told). */
  | 'unknownPasskey'
  /** The account has no passkey this device can use. */
  | 'passkeyUnavailable'
  /** The backend no longer accepts the signed-in session (it expired or was revoked). */
  | 'sessionEnded'
  /** A saved flow could not be resumed (damaged, or from another version): it starts again. */
  | 'flowLost'
  /**
   * The policy requires a passkey but this browser cannot create one: the code lets the person
   * in this time, and the offer comes again on a device that can (J7's fallback).
   */
  | 'passkeyLater'

export interface LoginContext {
  policy: Policy
  passkeyNames: PasskeyNames
  device: DeviceProfile
  /** The last account used on this device (identifier only, never a secret). */
  lastAccount: string | null
  identifier: string
  /** Which screen asked for the lookup: it stays up, busy, while the backend answers. */
  lookupFrom: 'identifier' | 'returningUser'
  /** Discoverable request options for the single-step button and autofill. */
  discoverableOptions: RequestOptionsJSON | null
  /** Request options with the account's allowCredentials (two-step passkey login). */
  accountOptions: RequestOptionsJSON | null
  assertion: AuthenticationResponse | null
  /** Where the passkey attempt started, so a failure returns there. */
  passkeyOrigin: 'identifier' | 'account'
  /** Signed in with a passkey from another device (hybrid): offer one for this device. */
  viaHybrid: boolean
  pending: PendingLogin | null
  session: Session | null
  codeVerified: boolean
  passkeyVerified: boolean
  cancels: number
  ceremonyFailure: CeremonyFailure | null
  problem: RemoteProblem | null
  notice: LoginNotice | null
  appendOutcome: AppendOutcome | null
}

export type LoginEvent =
  | { type: 'returning.continue' }
  | { type: 'returning.useAnother' }
  | { type: 'identifier.submit'; identifier: string }
  | { type: 'identifier.passkey' }
  | { type: 'passkey.start' }
  | { type: 'passkey.useOtherDevice' }
  | { type: 'passkey.usePassword' }
  | { type: 'password.submit'; password: string }
  | { type: 'password.usePasskey' }
  | { type: 'login.retry' }
  | { type: 'login.back' }
  // Forwarded to the child machines of the code and append steps.
  | { type: 'code.choose'; channel: 'email' | 'sms' }
  | { type: 'code.submit'; code: string }
  | { type: 'code.resend' }
  | { type: 'code.changeChannel' }
  | { type: 'code.retry' }
  | { type: 'code.resume' }
  | { type: 'append.create' }
  | { type: 'append.skip' }
  | { type: 'append.retry' }
  | { type: 'append.continue' }

export interface LoginOutput {
  session: Session
}

export interface EnvironmentOutput {
  device: DeviceProfile
  lastAccount: string | null
}
