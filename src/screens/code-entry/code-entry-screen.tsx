import { OTPInput, REGEXP_ONLY_DIGITS, type SlotProps } from 'input-otp'
import { useEffect, useEffectEvent, useId, useRef, useState, type SyntheticEvent } from 'react'
import { Alert } from '../../components/alert'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import layout from '../../components/layout.module.css'
import { MessageSlot } from '../../components/message-slot'
import { useCopy } from '../../components/locale'
import { useStepsCopy } from '../../components/steps-copy'
import type { CodeEntryPhase, CodeEntryView } from '../../machines/code/code.selectors'
import styles from './code-entry-screen.module.css'
import './input-otp.css'

export type { CodeEntryPhase }

export interface CodeEntryScreenProps extends Omit<
  CodeEntryView,
  'screen' | 'channel' | 'problem'
> {
  /** The backend's answer, shown next to the code (or with the phase's own message). */
  error?: string | undefined
  notice?: string | undefined
  onSubmit: (code: string) => void
  onResend: () => void
  /** sendFailed: send again. */
  onRetry: () => void
  onChangeChannel: () => void
  /** "Use another account". */
  onBack: () => void
  /**
   * Where the device can read the code by itself (WebOTP for SMS): subscribe to be handed it.
   * Subscribed while a code is expected; the returned function unsubscribes.
   */
  listenForCode?: ((receive: (code: string) => void) => () => void) | undefined
}

export interface CodeEntryContentProps extends CodeEntryScreenProps {
  /** login: the sign-in card's step; stepUp: inside the "Confirm it's you" dialog. */
  purpose: 'login' | 'stepUp'
}

const digitsOnly = (text: string) => text.replace(/\D/g, '')

/**
 * The one-time code. One real input (input-otp) under six separate-looking boxes: the browser's
 * one-time-code autofill, WebOTP on Android, paste and screen readers all see a single field.
 * The code submits itself when the last digit arrives.
 */
export function CodeEntryContent({
  purpose,
  phase,
  destination,
  codeLength,
  resendIn,
  attemptsLeft,
  fieldError,
  canChangeChannel,
  error,
  notice,
  onSubmit,
  onResend,
  onRetry,
  onChangeChannel,
  onBack,
  listenForCode,
}: CodeEntryContentProps) {
  const copy = useCopy()
  const stepsCopy = useStepsCopy()
  const [code, setCode] = useState('')
  const [formatError, setFormatError] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const id = useId()
  const errorId = `${id}-error`
  const countdownId = `${id}-countdown`

  const canEnter = phase === 'sending' || phase === 'entering' || phase === 'verifying'
  const canSubmit = phase === 'entering'

  function submitCode(value: string) {
    if (!canSubmit) return
    if (value.length !== codeLength || digitsOnly(value) !== value) {
      setFormatError(true)
      return
    }
    setFormatError(false)
    onSubmit(value)
  }

  /** A whole code from a paste or from WebOTP. */
  function takeCode(next: string) {
    setFormatError(false)
    setCode(next)
    // input-otp reports completion when the value grows to full length. Replacing a full (wrong)
    // code with another full one does not grow it, so that case submits here.
    if (next.length === codeLength && code.length === codeLength && next !== code) {
      submitCode(next)
    }
  }

  // Paste anywhere while the code is expected (focus starts on the heading, not in the field):
  // a pasted code lands in the boxes. Partial pastes inside the field are left to input-otp, and
  // pastes into any other field are that field's.
  const pasteAnywhere = useEffectEvent((event: ClipboardEvent) => {
    const pasted = digitsOnly(event.clipboardData?.getData('text') ?? '')
    const target = event.target
    const intoField = target === inputRef.current
    const intoOtherField =
      !intoField && target instanceof HTMLElement && target.closest('input, textarea') !== null
    if (pasted.length === 0 || intoOtherField || (intoField && pasted.length < codeLength)) return
    event.preventDefault()
    event.stopPropagation()
    takeCode(pasted.slice(0, codeLength))
    inputRef.current?.focus()
  })
  useEffect(() => {
    if (!canEnter) return
    const listener = (event: ClipboardEvent) => {
      pasteAnywhere(event)
    }
    document.addEventListener('paste', listener, { capture: true })
    return () => {
      document.removeEventListener('paste', listener, { capture: true })
    }
  }, [canEnter])

  const receiveCode = useEffectEvent((received: string) => {
    takeCode(digitsOnly(received).slice(0, codeLength))
  })
  // A code the device read by itself (WebOTP): only while a code is expected.
  useEffect(() => {
    if (!canEnter || !listenForCode) return
    return listenForCode(receiveCode)
  }, [canEnter, listenForCode])

  const fieldMessage =
    formatError || fieldError === 'format'
      ? stepsCopy.codeEntry.format({ length: codeLength })
      : phase === 'entering' || phase === 'verifying'
        ? (error ??
          (attemptsLeft === null ? undefined : copy.rejected.code_invalid({ attemptsLeft })))
        : undefined

  const phaseMessage = (() => {
    switch (phase) {
      case 'expired':
        return <Alert tone="error">{error ?? copy.rejected.code_expired}</Alert>
      case 'tooManyAttempts':
        return <Alert tone="error">{error ?? copy.rejected.too_many_attempts}</Alert>
      case 'blocked':
        return <Alert tone="error">{error ?? stepsCopy.codeEntry.blocked}</Alert>
      case 'sendFailed':
        return (
          <Alert tone="error">
            {[stepsCopy.codeEntry.sendFailed, error].filter(Boolean).join(' ')}
          </Alert>
        )
      case 'sending':
        return error ? <Alert tone="error">{error}</Alert> : null
      default:
        return null
    }
  })()

  const resend = (variant: 'primary' | 'secondary') => (
    <Button
      variant={variant}
      disabled={resendIn > 0}
      aria-describedby={resendIn > 0 ? countdownId : undefined}
      onClick={() => {
        setCode('')
        setFormatError(false)
        onResend()
      }}
    >
      {stepsCopy.codeEntry.resend}
    </Button>
  )

  // No code can be used at all: the only way on is to start again (later, for a blocked one).
  const stopped = phase === 'tooManyAttempts' || phase === 'blocked'
  const line =
    phase === 'sending'
      ? stepsCopy.codeEntry.sending
      : phase === 'sendFailed' || phase === 'blocked'
        ? ''
        : stepsCopy.codeEntry.sentTo({ destination })

  const backLabel = purpose === 'stepUp' ? stepsCopy.stepUp.cancel : copy.account.useAnother
  return (
    <div className={layout.stack}>
      <p className={[layout.statusLine, styles.sentTo].join(' ')} role="status">
        {line}
      </p>
      <form
        className={layout.stack}
        noValidate
        onSubmit={(event: SyntheticEvent) => {
          event.preventDefault()
          submitCode(code)
        }}
      >
        <div className={styles.field}>
          <label className={styles.label} htmlFor={id}>
            {stepsCopy.codeEntry.label}
          </label>
          {/* input-otp's own styles are in input-otp.css: this tells it not to inject a <style>. */}
          <span id="input-otp-style" hidden />
          <OTPInput
            ref={inputRef}
            id={id}
            maxLength={codeLength}
            value={code}
            onChange={(next) => {
              setCode(next)
              setFormatError(false)
            }}
            onComplete={submitCode}
            pattern={REGEXP_ONLY_DIGITS}
            pasteTransformer={digitsOnly}
            inputMode="numeric"
            autoComplete="one-time-code"
            // A code reads left to right in every language, Arabic included.
            dir="ltr"
            disabled={!canEnter}
            aria-invalid={fieldMessage ? true : undefined}
            aria-describedby={fieldMessage ? errorId : undefined}
            // input-otp moves password-manager badges out of the boxes by probing the layout
            // with elementFromPoint; where there is no layout (jsdom) there is nothing to move.
            pushPasswordManagerStrategy={
              typeof document.elementFromPoint === 'function' ? 'increase-width' : 'none'
            }
            containerClassName={styles.otp}
            render={({ slots }) => (
              <div className={styles.slots} aria-hidden="true" dir="ltr">
                {slots.map((slot, index) => (
                  <Slot key={index} {...slot} invalid={Boolean(fieldMessage)} />
                ))}
              </div>
            )}
          />
          <p id={errorId} className={styles.error} role={fieldMessage ? 'alert' : undefined}>
            {fieldMessage}
          </p>
        </div>
        {/* Phase messages arrive with new actions (Resend, Try again), so no room is kept. */}
        <MessageSlot reserve={false}>
          {phaseMessage}
          {notice && <Alert tone="info">{notice}</Alert>}
        </MessageSlot>
        <div className={layout.actions}>
          {phase === 'sendFailed' ? (
            <Button onClick={onRetry}>{copy.errors.retry}</Button>
          ) : stopped ? (
            <Button onClick={onBack}>
              {purpose === 'stepUp' ? stepsCopy.stepUp.cancel : stepsCopy.codeEntry.startAgain}
            </Button>
          ) : phase === 'expired' ? (
            resend('primary')
          ) : (
            <>
              <Button
                type="submit"
                busy={phase === 'verifying'}
                aria-disabled={phase === 'sending' || undefined}
              >
                {stepsCopy.codeEntry.verify}
              </Button>
              {resend('secondary')}
            </>
          )}
          <p id={countdownId} className={[layout.statusLine, styles.countdown].join(' ')}>
            {resendIn > 0 && phase !== 'sendFailed' && !stopped
              ? stepsCopy.codeEntry.resendIn({ seconds: resendIn })
              : ''}
          </p>
          {canChangeChannel && !stopped && (
            <Button variant="link" onClick={onChangeChannel}>
              {stepsCopy.codeEntry.changeChannel}
            </Button>
          )}
          {!stopped && (
            <Button variant="link" onClick={onBack}>
              {backLabel}
            </Button>
          )}
        </div>
      </form>
    </div>
  )
}

/**
 * The one-time code in the sign-in card. Paste anywhere on the card lands in the boxes (focus
 * starts on the heading, not in the field).
 */
export function CodeEntryScreen(props: CodeEntryScreenProps) {
  const stepsCopy = useStepsCopy()
  return (
    <Card heading={stepsCopy.codeEntry.heading}>
      <CodeEntryContent {...props} purpose="login" />
    </Card>
  )
}

function Slot({
  char,
  placeholderChar,
  isActive,
  hasFakeCaret,
  invalid,
}: SlotProps & { invalid: boolean }) {
  return (
    <div
      className={styles.slot}
      data-active={isActive || undefined}
      data-invalid={invalid || undefined}
    >
      {char ?? placeholderChar}
      {hasFakeCaret && <span className={styles.caret} />}
    </div>
  )
}
