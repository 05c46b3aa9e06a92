import { Alert } from '../../components/alert'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { MessageSlot } from '../../components/message-slot'
import { Waiting } from '../../components/waiting'
import { useCopy } from '../../components/locale'
import { type BiometricKey } from '../../copy/en'

export interface PasskeyLoginScreenProps {
  identifier: string
  /**
   * ready: waiting for the tap; preparing: getting a fresh challenge after a failed attempt (the
   * button waits, busy); prompting: the OS prompt is open; verifying: the server checks.
   */
  phase: 'ready' | 'preparing' | 'prompting' | 'verifying'
  /** Which words the OS prompt goes by on this device. */
  biometric: BiometricKey
  /** Offer "Use a phone or tablet" (hybrid transport: the browser shows a QR code). */
  canHybrid: boolean
  /** After repeated cancels: the password becomes the primary way in, and the screen says so. */
  suggestPassword: boolean
  error?: string | undefined
  notice?: string | undefined
  onStart: () => void
  onUseOtherDevice: () => void
  onUsePassword: () => void
  /** "Use another account". */
  onBack: () => void
}

/** Two-step passkey login: the account is known and has passkeys. */
export function PasskeyLoginScreen({
  identifier,
  phase,
  biometric,
  canHybrid,
  suggestPassword,
  error,
  notice,
  onStart,
  onUseOtherDevice,
  onUsePassword,
  onBack,
}: PasskeyLoginScreenProps) {
  const copy = useCopy()
  const platform = copy.platform[biometric]
  const working = phase !== 'ready'
  const line =
    phase === 'prompting'
      ? platform.waiting
      : phase === 'verifying'
        ? copy.passkeyLogin.verifying
        : copy.passkeyLogin.ready({ platformName: platform.name })

  const start = (
    <Button variant={suggestPassword ? 'secondary' : 'primary'} busy={working} onClick={onStart}>
      {copy.passkeyLogin.start}
    </Button>
  )
  const usePassword = (
    <Button variant={suggestPassword ? 'primary' : 'link'} onClick={onUsePassword}>
      {copy.passkeyLogin.usePassword}
    </Button>
  )

  return (
    <Card heading={copy.passkeyLogin.heading}>
      <p className={layout.account}>{identifier}</p>
      <Waiting active={phase === 'prompting'}>{line}</Waiting>
      <MessageSlot>
        {error && <Alert tone="error">{error}</Alert>}
        {notice && <Alert tone="info">{notice}</Alert>}
        {suggestPassword && <Alert tone="info">{copy.passkeyLogin.suggestPassword}</Alert>}
      </MessageSlot>
      <div className={layout.actions}>
        {suggestPassword ? usePassword : start}
        {suggestPassword && start}
        {canHybrid && (
          <Button
            variant="secondary"
            aria-disabled={working || undefined}
            onClick={onUseOtherDevice}
          >
            {copy.passkeyLogin.hybrid}
          </Button>
        )}
        {!suggestPassword && usePassword}
        <Button variant="link" onClick={onBack}>
          {copy.account.useAnother}
        </Button>
      </div>
    </Card>
  )
}
