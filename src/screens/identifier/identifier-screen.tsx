import { useState, type SyntheticEvent } from 'react'
import { identifierSchema } from '../../api/contract'
import { Alert } from '../../components/alert'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import { Field } from '../../components/field'
import { copy } from '../../copy/en'
import styles from './identifier-screen.module.css'

export interface IdentifierScreenProps {
  /** Prefilled value (a returning user, or what was typed before going back). */
  defaultIdentifier?: string
  submitting?: boolean
  /** A remote failure, shown above the form with role="alert". */
  error?: string | undefined
  /** Neutral information, e.g. the result of the lookup. */
  notice?: string | undefined
  onSubmit: (identifier: string) => void
}

/** First screen: who is signing in. Validates locally; the lookup itself happens outside. */
export function IdentifierScreen({
  defaultIdentifier = '',
  submitting = false,
  error,
  notice,
  onSubmit,
}: IdentifierScreenProps) {
  const [identifier, setIdentifier] = useState(defaultIdentifier)
  const [fieldError, setFieldError] = useState<string>()

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    const parsed = identifierSchema.safeParse(identifier)
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? copy.identifier.empty)
      return
    }
    setFieldError(undefined)
    onSubmit(parsed.data)
  }

  return (
    <Card heading={copy.identifier.heading}>
      {error && <Alert tone="error">{error}</Alert>}
      {notice && <Alert tone="info">{notice}</Alert>}
      <form className={styles.form} onSubmit={submit} noValidate>
        <Field
          label={copy.identifier.label}
          name="username"
          type="email"
          inputMode="email"
          autoComplete="username webauthn"
          autoCapitalize="none"
          spellCheck={false}
          value={identifier}
          onChange={(event) => {
            setIdentifier(event.target.value)
          }}
          error={fieldError}
          required
        />
        <Button type="submit" disabled={submitting} aria-busy={submitting}>
          {submitting ? copy.identifier.submitting : copy.identifier.submit}
        </Button>
      </form>
    </Card>
  )
}
