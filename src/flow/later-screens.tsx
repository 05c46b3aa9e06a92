/**
 * The sign-in's later steps, view to screen: the password (it follows the account lookup), the
 * lockout, the one-time code (with input-otp) and the passkey offer. The rest of login-flow.tsx's
 * switch, with the screens: one chunk, fetched on idle by `laterScreens.preload()`. The first
 * screens (identifier, returning user, the passkey prompt a tap on them opens) and their wiring
 * stay in the page's own chunk.
 */
import { useCopy } from '../components/locale'
import type { LoginView } from '../machines/login/login.selectors'
import type { LoginEvent } from '../machines/login/login.types'
import { AppendDoneScreen } from '../screens/append-done/append-done-screen'
import { AppendOfferScreen } from '../screens/append-offer/append-offer-screen'
import { CodeChannelScreen } from '../screens/code-channel/code-channel-screen'
import { CodeEntryScreen } from '../screens/code-entry/code-entry-screen'
import { LockedScreen } from '../screens/locked/locked-screen'
import { PasswordScreen } from '../screens/password/password-screen'
import {
  appendDoneCallbacks,
  appendOfferBlocked,
  appendOfferCallbacks,
  appendOfferError,
} from './append-step'
import type { CodeListener } from './use-sms-code'

export type LaterView = Extract<
  LoginView,
  { screen: 'password' | 'locked' | 'codeChannel' | 'codeEntry' | 'appendOffer' | 'appendDone' }
>

export interface LaterScreenProps {
  view: LaterView
  send: (event: LoginEvent) => void
  listenForCode: CodeListener | undefined
  /** The view's remote problem, in words (login-flow.tsx says it for every screen alike). */
  error: string | undefined
  /** What the person should know on this screen, in words (e.g. a passkey will be asked later). */
  notice: string | undefined
  onBack: () => void
}

export function LaterScreen({
  view,
  send,
  listenForCode,
  error,
  notice,
  onBack,
}: LaterScreenProps) {
  const copy = useCopy()
  switch (view.screen) {
    case 'password':
      return (
        <PasswordScreen
          identifier={view.identifier}
          busy={view.phase === 'checking'}
          error={error}
          hasPasskeys={view.hasPasskeys}
          onSubmit={(password) => {
            send({ type: 'password.submit', password })
          }}
          onUsePasskey={() => {
            send({ type: 'password.usePasskey' })
          }}
          onBack={onBack}
        />
      )
    case 'locked':
      return (
        <LockedScreen
          identifier={view.identifier}
          retryAfterSeconds={view.retryAfterSeconds}
          hasPasskeys={view.hasPasskeys}
          onUsePasskey={() => {
            send({ type: 'password.usePasskey' })
          }}
          onBack={onBack}
        />
      )
    case 'codeChannel':
      return (
        <CodeChannelScreen
          notice={notice}
          channels={view.channels}
          selected={view.selected}
          busy={false}
          error={error}
          onSend={(channel) => {
            send({ type: 'code.choose', channel })
          }}
          onBack={onBack}
        />
      )
    case 'codeEntry':
      return (
        <CodeEntryScreen
          notice={notice}
          phase={view.phase}
          destination={view.destination}
          listenForCode={listenForCode}
          codeLength={view.codeLength}
          resendIn={view.resendIn}
          attemptsLeft={view.attemptsLeft}
          fieldError={view.fieldError}
          error={error}
          canChangeChannel={view.canChangeChannel}
          onSubmit={(code) => {
            send({ type: 'code.submit', code })
          }}
          onResend={() => {
            send({ type: 'code.resend' })
          }}
          onChangeChannel={() => {
            send({ type: 'code.changeChannel' })
          }}
          onRetry={() => {
            send({ type: 'code.retry' })
          }}
          onBack={onBack}
        />
      )
    case 'appendOffer':
      return (
        <AppendOfferScreen
          phase={view.phase}
          biometric={view.biometric}
          canSkip={view.canSkip}
          suggestSkip={view.suggestSkip}
          forThisDevice={view.forThisDevice}
          error={appendOfferError(copy, view)}
          blocked={appendOfferBlocked(view)}
          {...appendOfferCallbacks(send)}
        />
      )
    case 'appendDone':
      return (
        <AppendDoneScreen
          outcome={view.outcome}
          biometric={view.biometric}
          {...appendDoneCallbacks(send)}
        />
      )
  }
}
