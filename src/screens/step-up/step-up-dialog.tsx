/**
 * "Confirm it's you": a modal dialog over the page, for a step-up before a sensitive change.
 * Its heading takes focus at each step; Escape and "Cancel" decline; the page behind is inert
 * while it is open (showModal), and the caller puts focus back where it was when it closes.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react'
import { Alert } from '../../components/alert'
import { Button } from '../../components/button'
import { FocusedHeading } from '../../components/focused-heading'
import layout from '../../components/layout.module.css'
import { MessageSlot } from '../../components/message-slot'
import { Waiting } from '../../components/waiting'
import { useCopy } from '../../components/locale'
import { type BiometricKey } from '../../copy/en'
import { useStepsCopy } from '../../components/steps-copy'
import type { StepUpPhase } from '../../machines/step-up/step-up.selectors'
import styles from '../../components/dialog.module.css'

export interface StepUpDialogProps {
  heading: string
  onCancel: () => void
  children: ReactNode
}

export function StepUpDialog({ heading, onCancel, children }: StepUpDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    // showModal makes the rest of the page inert and traps focus. jsdom lacks it.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal()
    } else {
      dialog.setAttribute('open', '')
    }
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close()
    }
  }, [])
  return (
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-labelledby={headingId}
      onCancel={(event) => {
        // Escape: let the flow decline, so focus returns where it should.
        event.preventDefault()
        onCancel()
      }}
    >
      <div className={layout.stack}>
        <FocusedHeading level={2} id={headingId} className={styles.heading}>
          {heading}
        </FocusedHeading>
        {children}
      </div>
    </dialog>
  )
}

export interface StepUpChoiceProps {
  phase: StepUpPhase
  biometric: BiometricKey
  canPasskey: boolean
  canUseCode: boolean
  /** What went wrong last (a cancelled prompt reads as information, a failure as an error). */
  error?: string | undefined
  errorTone?: 'info' | 'error'
  onPasskey: () => void
  onUseCode: () => void
  onRetry: () => void
  onCancel: () => void
}

/** Passkey first ("Confirm with Touch ID"), a code instead, or cancel. */
export function StepUpChoice({
  phase,
  biometric,
  canPasskey,
  canUseCode,
  error,
  errorTone = 'error',
  onPasskey,
  onUseCode,
  onRetry,
  onCancel,
}: StepUpChoiceProps) {
  const copy = useCopy()
  const stepsCopy = useStepsCopy()
  const platform = copy.platform[biometric]
  const line =
    phase === 'loading'
      ? stepsCopy.stepUp.loading
      : phase === 'prompting'
        ? platform.waiting
        : phase === 'verifying'
          ? stepsCopy.stepUp.verifying
          : stepsCopy.stepUp.intro
  return (
    <>
      <Waiting active={phase === 'prompting'}>{line}</Waiting>
      <MessageSlot>{error && <Alert tone={errorTone}>{error}</Alert>}</MessageSlot>
      <div className={layout.actions}>
        {phase === 'failed' ? (
          <Button onClick={onRetry}>{copy.errors.retry}</Button>
        ) : (
          canPasskey && (
            <Button
              busy={phase === 'loading' || phase === 'prompting' || phase === 'verifying'}
              onClick={onPasskey}
            >
              {stepsCopy.stepUp.passkey({ platformName: platform.name })}
            </Button>
          )
        )}
        {canUseCode && (
          <Button variant={canPasskey ? 'secondary' : 'primary'} onClick={onUseCode}>
            {stepsCopy.stepUp.useCode}
          </Button>
        )}
        <Button variant="link" onClick={onCancel}>
          {stepsCopy.stepUp.cancel}
        </Button>
      </div>
    </>
  )
}
