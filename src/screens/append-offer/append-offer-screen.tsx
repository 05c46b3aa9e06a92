import { Alert } from '../../components/alert'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { MessageSlot } from '../../components/message-slot'
import { Waiting } from '../../components/waiting'
import { copy, type BiometricKey } from '../../copy/en'
import styles from './append-offer-screen.module.css'

export type AppendOfferPhase =
  | 'loading'
  | 'ready'
  | 'prompting'
  | 'verifying'
  | 'cancelled'
  | 'timedOut'
  | 'failed'
  | 'optionsFailed'
  | 'saving'

export interface AppendOfferScreenProps {
  /**
   * loading: registration options are on their way; ready: the tap starts the OS prompt at once;
   * prompting: the OS prompt is open; verifying: the server checks the new passkey; cancelled /
   * timedOut: the prompt closed without a passkey; failed / optionsFailed: something broke,
   * "Try again"; saving: the step is finishing (a skip being recorded).
   */
  phase: AppendOfferPhase
  biometric: BiometricKey
  /** False under the `required` policy: no "Skip for now". */
  canSkip: boolean
  /** After repeated cancels: make skipping the easy way out instead of asking again. */
  suggestSkip: boolean
  /** After signing in with a phone: "Add a passkey to this device". */
  forThisDevice: boolean
  /** Overrides the phase's own sentence (e.g. the precise reason a prompt failed). */
  error?: string | undefined
  onCreate: () => void
  onSkip: () => void
  /** For failed and optionsFailed. */
  onRetry: () => void
}

/** The one line under the icon: what happens next, or what is happening now. */
function stageLine(phase: AppendOfferPhase, biometric: BiometricKey): string {
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
      return copy.append.next(platform.name)
  }
}

function Message({
  phase,
  error,
  suggestSkip,
}: Pick<AppendOfferScreenProps, 'phase' | 'error' | 'suggestSkip'>) {
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
    case 'optionsFailed':
      return <Alert tone="error">{error ?? copy.errors.server}</Alert>
    default:
      return error ? <Alert tone="error">{error}</Alert> : null
  }
}

/** The offer to create a passkey after a password login (or from the dashboard). */
export function AppendOfferScreen({
  phase,
  biometric,
  canSkip,
  suggestSkip: suggestSkipProp,
  forThisDevice,
  error,
  onCreate,
  onSkip,
  onRetry,
}: AppendOfferScreenProps) {
  const suggestSkip = suggestSkipProp && canSkip
  const failed = phase === 'failed' || phase === 'optionsFailed'
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
      {copy.append.skip}
    </Button>
  )

  return (
    <Card heading={forThisDevice ? copy.append.headingForThisDevice : copy.append.heading}>
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
    </Card>
  )
}
