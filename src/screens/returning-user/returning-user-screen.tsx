import { Alert } from '../../components/alert'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { MessageSlot } from '../../components/message-slot'
import { copy } from '../../copy/en'

export interface ReturningUserScreenProps {
  /** The last account used on this device (remembered identifier, never a secret). */
  identifier: string
  error?: string | undefined
  notice?: string | undefined
  onContinue: () => void
  onUseAnother: () => void
}

/** The last account used here, one tap away; anyone else starts from an empty identifier. */
export function ReturningUserScreen({
  identifier,
  error,
  notice,
  onContinue,
  onUseAnother,
}: ReturningUserScreenProps) {
  return (
    <Card heading={copy.returning.heading}>
      <p className={layout.muted}>{copy.returning.intro}</p>
      <MessageSlot>
        {error && <Alert tone="error">{error}</Alert>}
        {notice && <Alert tone="info">{notice}</Alert>}
      </MessageSlot>
      <div className={layout.actions}>
        <Button onClick={onContinue}>{copy.returning.continueAs(identifier)}</Button>
        <Button variant="secondary" onClick={onUseAnother}>
          {copy.returning.useAnother}
        </Button>
      </div>
    </Card>
  )
}
