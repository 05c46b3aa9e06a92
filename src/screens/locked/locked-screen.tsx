import { Button } from '../../components/button'
import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { useCopy } from '../../components/locale'
import { useStepsCopy } from '../../components/steps-copy'

export interface LockedScreenProps {
  identifier: string
  /** From the backend's answer; null when it did not say. */
  retryAfterSeconds: number | null
  /** A passkey still works while password sign-in is locked. */
  hasPasskeys: boolean
  onUsePasskey: () => void
  /** "Use another account". */
  onBack: () => void
}

/** Whole minutes, rounded up: "1 minute" rather than "0 minutes" for 20 seconds. */
function lockedMinutes(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60))
}

/** Password sign-in is locked for a while: say how long, and offer the ways that still work. */
export function LockedScreen({
  identifier,
  retryAfterSeconds,
  hasPasskeys,
  onUsePasskey,
  onBack,
}: LockedScreenProps) {
  const copy = useCopy()
  const stepsCopy = useStepsCopy()
  return (
    <Card heading={stepsCopy.locked.heading}>
      <p className={layout.account}>{identifier}</p>
      <p className={layout.text}>
        {retryAfterSeconds === null
          ? copy.errors.lockedUnknown
          : copy.rejected.account_locked({ minutes: lockedMinutes(retryAfterSeconds) })}
      </p>
      <p className={layout.muted}>{stepsCopy.locked.explain}</p>
      <div className={layout.actions}>
        {hasPasskeys && <Button onClick={onUsePasskey}>{stepsCopy.locked.usePasskey}</Button>}
        <Button variant={hasPasskeys ? 'secondary' : 'primary'} onClick={onBack}>
          {copy.account.useAnother}
        </Button>
      </div>
    </Card>
  )
}
