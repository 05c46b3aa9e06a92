import { Alert } from '../../components/alert'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { MessageSlot } from '../../components/message-slot'
import { Waiting } from '../../components/waiting'
import { copy, type BiometricKey } from '../../copy/en'
import type { AppendPhase } from '../../machines/append/append.selectors'
import styles from './append-offer-screen.module.css'

export type { AppendPhase }

export interface AppendOfferContentProps {
  /** Where the step is (see `AppendPhase`). */
  phase: AppendPhase
  biometric: BiometricKey
  /** False under the `required` policy: no way out but creating one. */
  canSkip: boolean
  /** After repeated cancels: make skipping the easy way out instead of asking again. */
  suggestSkip: boolean
  /** login: after a password, "Skip for now"; dashboard: "Add a passkey", "Cancel". */
  purpose: 'login' | 'dashboard'
  /** Overrides the phase's own sentence (e.g. the precise reason a prompt failed). */
  error?: string | undefined
  onCreate: () => void
  /** "Skip for now" on the login, "Cancel" on the dashboard. */
  onSkip: () => void
  /** For failed. */
  onRetry: () => void
}

export interface AppendOfferScreenProps extends Omit<AppendOfferContentProps, 'purpose'> {
  /** After signing in with a phone: "Add a passkey to this device". */
  forThisDevice: boolean
}

/** The one line under the icon: what happens next, or what is happening now. */
function stageLine(phase: AppendPhase, biometric: BiometricKey): string {
  const platform = copy.platform[biometric]
  switch (phase) {
    case 'loading':
      return copy.append.loading
    case 'prompting':
      return platform.waiting
    case 'verifying':
      return copy.append.verifying
    case 'saving':
      return copy.append.saving
    default:
      return copy.append.next({ platformName: platform.name })
  }
}

function Message({
  phase,
  error,
  suggestSkip,
}: Pick<AppendOfferContentProps, 'phase' | 'error' | 'suggestSkip'>) {
  // Cancelling is the user's choice, and a timeout is not their fault: both read as information.
  // Only a real failure is an error.
  if (suggestSkip && (phase === 'cancelled' || phase === 'timedOut' || phase === 'ready')) {
    return <Alert tone="info">{copy.append.suggestSkip}</Alert>
  }
  switch (phase) {
    case 'cancelled':
      return <Alert tone="info">{error ?? copy.ceremonyCreate.cancelled}</Alert>
    case 'timedOut':
      return <Alert tone="info">{error ?? copy.ceremonyCreate.timedOut}</Alert>
    case 'failed':
      return <Alert tone="error">{error ?? copy.ceremonyCreate.unknown}</Alert>
    default:
      return error ? <Alert tone="error">{error}</Alert> : null
  }
}

/**
 * The offer's content: the benefit, what happens next, the actions. Framed by the sign-in card
 * after a password login (`AppendOfferScreen`), by the dashboard's own section for "Add a passkey".
 */
export function AppendOfferContent({
  phase,
  biometric,
  canSkip,
  suggestSkip: suggestSkipProp,
  purpose,
  error,
  onCreate,
  onSkip,
  onRetry,
}: AppendOfferContentProps) {
  const suggestSkip = suggestSkipProp && canSkip
  const failed = phase === 'failed'
  const creating = phase === 'loading' || phase === 'prompting' || phase === 'verifying'
  const saving = phase === 'saving'

  const create = failed ? (
    <Button variant={suggestSkip ? 'secondary' : 'primary'} onClick={onRetry}>
      {copy.errors.retry}
    </Button>
  ) : (
    <Button
      variant={suggestSkip ? 'secondary' : 'primary'}
      busy={creating}
      aria-disabled={saving || undefined}
      onClick={onCreate}
    >
      {copy.append.create}
    </Button>
  )
  const skip = canSkip && (
    <Button variant={suggestSkip ? 'primary' : 'link'} busy={saving} onClick={onSkip}>
      {purpose === 'dashboard' ? copy.append.cancel : copy.append.skip}
    </Button>
  )

  return (
    <>
      <p className={styles.benefit}>{copy.platform[biometric].benefit}</p>
      <Waiting active={phase === 'prompting'}>{stageLine(phase, biometric)}</Waiting>
      {!canSkip && <p className={layout.muted}>{copy.append.required}</p>}
      <MessageSlot>
        <Message phase={phase} error={error} suggestSkip={suggestSkip} />
      </MessageSlot>
      <div className={layout.actions}>
        {suggestSkip ? skip : create}
        {suggestSkip ? create : skip}
      </div>
    </>
  )
}

/** The offer to create a passkey after a password login, in the sign-in card. */
export function AppendOfferScreen({ forThisDevice, ...content }: AppendOfferScreenProps) {
  return (
    <Card heading={forThisDevice ? copy.append.headingForThisDevice : copy.append.heading}>
      <AppendOfferContent {...content} purpose="login" />
    </Card>
  )
}
