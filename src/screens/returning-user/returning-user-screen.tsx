import { Alert } from '../../components/alert'
import { Announce } from '../../components/announce'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { MessageSlot } from '../../components/message-slot'
import { useCopy } from '../../components/locale'

export interface ReturningUserScreenProps {
  /** The last account used on this device (remembered identifier, never a secret). */
  identifier: string
  /** The account is being looked up: "Continue" waits, and nothing else can be chosen. */
  busy?: boolean
  error?: string | undefined
  notice?: string | undefined
  onContinue: () => void
  onUseAnother: () => void
}

/** The last account used here, one tap away; anyone else starts from an empty identifier. */
export function ReturningUserScreen({
  identifier,
  busy = false,
  error,
  notice,
  onContinue,
  onUseAnother,
}: ReturningUserScreenProps) {
  const copy = useCopy()
  return (
    <Card heading={copy.returning.heading}>
      <p className={layout.muted}>{copy.returning.intro}</p>
      <MessageSlot>
        {error && <Alert tone="error">{error}</Alert>}
        {notice && <Alert tone="info">{notice}</Alert>}
      </MessageSlot>
      <div className={layout.actions}>
        <Button busy={busy} onClick={onContinue}>
          {copy.returning.continueAs({ identifier })}
        </Button>
        <Button variant="secondary" aria-disabled={busy || undefined} onClick={onUseAnother}>
          {copy.returning.useAnother}
        </Button>
      </div>
      <Announce>{busy ? copy.identifier.submitting : ''}</Announce>
    </Card>
  )
}
