import { Button } from '../../components/button'
import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { PasskeyIcon } from '../../components/passkey-icon'
import { useCopy } from '../../components/locale'
import { type BiometricKey } from '../../copy/en'
import { useStepsCopy } from '../../components/steps-copy'
import styles from './append-done-screen.module.css'

export interface AppendDoneScreenProps {
  /** created: a new passkey; alreadyExists: this authenticator already had one (not an error). */
  outcome: 'created' | 'alreadyExists'
  /** Names the prompt the user will see next time; without it the line says "your passkey". */
  biometric?: BiometricKey | undefined
  onContinue: () => void
}

/** The outcome's heading: the card's after a login, the dashboard section's after "Add a passkey". */
export function useAppendDoneHeading(outcome: AppendDoneScreenProps['outcome']): string {
  const stepsCopy = useStepsCopy()
  return outcome === 'created' ? stepsCopy.appendDone.created : stepsCopy.appendDone.alreadyExists
}

/** A short, clear confirmation after the append step, without its frame. */
export function AppendDoneContent({ outcome, biometric, onContinue }: AppendDoneScreenProps) {
  const copy = useCopy()
  const stepsCopy = useStepsCopy()
  const name = biometric ? copy.platform[biometric].name : stepsCopy.appendDone.yourPasskey
  return (
    <>
      <div className={styles.outcome}>
        <PasskeyIcon size={40} className={styles.icon} />
        <p className={layout.text}>
          {outcome === 'created'
            ? stepsCopy.appendDone.createdText({ platformName: name })
            : stepsCopy.appendDone.alreadyExistsText}
        </p>
      </div>
      <div className={layout.actions}>
        <Button onClick={onContinue}>{stepsCopy.appendDone.continue}</Button>
      </div>
    </>
  )
}

/** The outcome after a password login, in the sign-in card. */
export function AppendDoneScreen(props: AppendDoneScreenProps) {
  return (
    <Card heading={useAppendDoneHeading(props.outcome)}>
      <AppendDoneContent {...props} />
    </Card>
  )
}
