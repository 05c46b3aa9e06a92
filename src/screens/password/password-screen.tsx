import { useRef, useState, type SyntheticEvent } from 'react'
import { Announce } from '../../components/announce'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import { Field } from '../../components/field'
import layout from '../../components/layout.module.css'
import { useCopy } from '../../components/locale'
import { useStepsCopy } from '../../components/steps-copy'
import styles from './password-screen.module.css'

export interface PasswordScreenProps {
  identifier: string
  /** The password is being checked. */
  busy: boolean
  /** The backend's answer (wrong password, network...), shown under the field. */
  error?: string | undefined
  /** The account has passkeys: offer going back to them. */
  hasPasskeys: boolean
  onSubmit: (password: string) => void
  onUsePasskey: () => void
  /** "Use another account". */
  onBack: () => void
}

/**
 * The password step. The identifier is repeated in a hidden username field so password managers
 * file and fill the pair correctly; the typed password survives a wrong-password answer.
 */
export function PasswordScreen({
  identifier,
  busy,
  error,
  hasPasskeys,
  onSubmit,
  onUsePasskey,
  onBack,
}: PasswordScreenProps) {
  const copy = useCopy()
  const stepsCopy = useStepsCopy()
  const [password, setPassword] = useState('')
  const [visible, setVisible] = useState(false)
  const [emptyError, setEmptyError] = useState(false)
  const field = useRef<HTMLInputElement>(null)

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (busy) return
    if (password === '') {
      setEmptyError(true)
      field.current?.focus()
      return
    }
    setEmptyError(false)
    onSubmit(password)
  }

  return (
    <Card heading={stepsCopy.password.heading}>
      <p className={layout.account}>{identifier}</p>
      <form className={layout.stack} onSubmit={submit} noValidate>
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={identifier}
          readOnly
          hidden
        />
        <Field
          label={stepsCopy.password.label}
          ref={field}
          name="password"
          type={visible ? 'text' : 'password'}
          autoComplete="current-password"
          autoCapitalize="none"
          spellCheck={false}
          value={password}
          onChange={(event) => {
            setPassword(event.target.value)
            if (event.target.value !== '') setEmptyError(false)
          }}
          error={emptyError ? stepsCopy.password.empty : error}
          required
          trailing={
            <button
              type="button"
              className={styles.toggle}
              aria-label={visible ? stepsCopy.password.hideLabel : stepsCopy.password.showLabel}
              onClick={() => {
                setVisible(!visible)
              }}
            >
              {visible ? stepsCopy.password.hide : stepsCopy.password.show}
            </button>
          }
        />
        <div className={layout.actions}>
          <Button type="submit" busy={busy}>
            {stepsCopy.password.submit}
          </Button>
          {hasPasskeys && (
            <Button variant="secondary" onClick={onUsePasskey}>
              {stepsCopy.password.usePasskey}
            </Button>
          )}
          <Button variant="link" onClick={onBack}>
            {copy.account.useAnother}
          </Button>
        </div>
        <Announce>{busy ? stepsCopy.password.checking : ''}</Announce>
      </form>
    </Card>
  )
}
