/**
 * A host's own sensitive action behind "Confirm it's you": an account-settings card whose
 * "Change email" asks for a step-up first, with `useStepUp()` from the React layer. It is what an
 * embedding team writes (the Storybook flow story renders it): the step-up's fresh session goes
 * with the host's own request, and a declined or ended step-up changes nothing and says why.
 */
import { useState, type SyntheticEvent } from 'react'
import type { DeviceProfile, Session } from 'passkey-login'
import { useStepUp, type OnFunnelEvent } from 'passkey-login/react'
import styles from './change-email-example.module.css'
import { hostCopy as copy } from './host-copy'

export interface ChangeEmailExampleProps {
  /** The signed-in session (the host's). */
  session: Session
  device: DeviceProfile
  /** The step-up answered a fresh session: the old token has ended, keep this one. */
  onSessionRenewed?: (session: Session) => void
  onEvent?: OnFunnelEvent | undefined
}

type Outcome = { tone: 'success' | 'info' | 'ended'; text: string }

/** Something@somewhere.tld: the host's own check, before anything is asked. */
const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)

export function ChangeEmailExample({
  session: initialSession,
  device,
  onSessionRenewed,
  onEvent,
}: ChangeEmailExampleProps) {
  const [session, setSession] = useState(initialSession)
  const { confirm, dialog } = useStepUp({ session, device, onEvent })
  const [email, setEmail] = useState('')
  const [fieldError, setFieldError] = useState<string>()
  const [outcome, setOutcome] = useState<Outcome>()

  async function changeEmail(event: SyntheticEvent) {
    event.preventDefault()
    setOutcome(undefined)
    const wanted = email.trim()
    if (!looksLikeEmail(wanted)) {
      setFieldError(copy.invalidEmail)
      return
    }
    setFieldError(undefined)
    const result = await confirm('email.change')
    switch (result.kind) {
      case 'verified':
        setSession(result.session)
        onSessionRenewed?.(result.session)
        // Here the host sends its own request with result.session.token: its backend checks
        // that the session confirmed "email.change", and spends that confirmation.
        setOutcome({ tone: 'success', text: copy.emailChanged(wanted) })
        break
      case 'declined':
        setOutcome({ tone: 'info', text: copy.declined })
        break
      case 'sessionEnded':
        setOutcome({ tone: 'ended', text: copy.sessionEnded })
        break
    }
  }

  const fieldId = 'host-new-email'
  const errorId = `${fieldId}-error`
  return (
    <main className={styles.page} aria-labelledby="host-heading">
      <h1 id="host-heading" className={styles.heading}>
        {copy.heading}
      </h1>
      <p className={styles.muted}>{copy.signedInAs(session.user.identifier)}</p>
      <form className={styles.form} noValidate onSubmit={(event) => void changeEmail(event)}>
        <label htmlFor={fieldId}>{copy.newEmail}</label>
        <input
          id={fieldId}
          className={styles.input}
          type="email"
          autoComplete="email"
          value={email}
          aria-invalid={fieldError !== undefined}
          aria-describedby={fieldError ? errorId : undefined}
          onChange={(event) => {
            setEmail(event.target.value)
          }}
        />
        {fieldError && (
          <p id={errorId} className={styles.error}>
            {fieldError}
          </p>
        )}
        <button type="submit" className={styles.button}>
          {copy.changeEmail}
        </button>
      </form>
      {/* Always in the page, so what is put in it is announced. */}
      <div role="status">
        {outcome && (
          <p className={[styles.message, styles[outcome.tone]].join(' ')}>{outcome.text}</p>
        )}
      </div>
      {dialog}
    </main>
  )
}
