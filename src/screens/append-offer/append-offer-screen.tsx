import { Alert } from '../../components/alert'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { MessageSlot } from '../../components/message-slot'
import { Waiting } from '../../components/waiting'
import { useCopy } from '../../components/locale'
import type { BiometricKey, LoginMessages } from '../../copy/en'
import type { StepsMessages } from '../../copy/steps'
import { useStepsCopy } from '../../components/steps-copy'
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
  /** Overrides the phase's own sentence (the backend's problem). */
  error?: string | undefined
  /** Why the OS prompt could not open at all (the browser blocked it, or cannot do passkeys). */
  blocked?: 'security' | 'notSupported' | undefined
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
function stageLine(
  copy: LoginMessages,
  stepsCopy: StepsMessages,
  phase: AppendPhase,
  biometric: BiometricKey,
): string {
  const platform = copy.platform[biometric]
  switch (phase) {
    case 'loading':
      return stepsCopy.offer.loading
    case 'prompting':
      return platform.waiting
    case 'verifying':
      return stepsCopy.offer.verifying
    case 'saving':
      return stepsCopy.offer.saving
    default:
      return stepsCopy.offer.next({ platformName: platform.name })
  }
}

function Message({
  phase,
  error,
  blocked,
  suggestSkip,
}: Pick<AppendOfferContentProps, 'phase' | 'error' | 'blocked' | 'suggestSkip'>) {
  const stepsCopy = useStepsCopy()
  // Cancelling is the user's choice, and a timeout is not their fault: both read as information.
  // Only a real failure is an error.
  if (suggestSkip && (phase === 'cancelled' || phase === 'timedOut' || phase === 'ready')) {
    return <Alert tone="info">{stepsCopy.offer.suggestSkip}</Alert>
  }
  switch (phase) {
    case 'cancelled':
      return <Alert tone="info">{error ?? stepsCopy.ceremonyCreate.cancelled}</Alert>
    case 'timedOut':
      return <Alert tone="info">{error ?? stepsCopy.ceremonyCreate.timedOut}</Alert>
    case 'failed':
      return <Alert tone="error">{error ?? stepsCopy.ceremonyCreate[blocked ?? 'unknown']}</Alert>
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
  blocked,
  onCreate,
  onSkip,
  onRetry,
}: AppendOfferContentProps) {
  const copy = useCopy()
  const stepsCopy = useStepsCopy()
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
      {stepsCopy.offer.create}
    </Button>
  )
  const skip = canSkip && (
    <Button variant={suggestSkip ? 'primary' : 'link'} busy={saving} onClick={onSkip}>
      {purpose === 'dashboard' ? stepsCopy.offer.cancel : stepsCopy.offer.skip}
    </Button>
  )

  return (
    <>
      <p className={styles.benefit}>{stepsCopy.offer.benefit[biometric]}</p>
      <Waiting active={phase === 'prompting'}>
        {stageLine(copy, stepsCopy, phase, biometric)}
      </Waiting>
      {!canSkip && <p className={layout.muted}>{stepsCopy.offer.required}</p>}
      <MessageSlot>
        <Message phase={phase} error={error} blocked={blocked} suggestSkip={suggestSkip} />
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
  const stepsCopy = useStepsCopy()
  return (
    <Card heading={forThisDevice ? stepsCopy.offer.headingForThisDevice : stepsCopy.offer.heading}>
      <AppendOfferContent {...content} purpose="login" />
    </Card>
  )
}
