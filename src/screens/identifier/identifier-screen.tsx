import { useRef, useState, type SyntheticEvent } from 'react'
import { checkIdentifier } from '../../api/contract-basics'
import { Announce } from '../../components/announce'
import { Alert } from '../../components/alert'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import { Field } from '../../components/field'
import layout from '../../components/layout.module.css'
import { MessageSlot } from '../../components/message-slot'
import { useCopy } from '../../components/locale'

export interface IdentifierScreenProps {
  /** Prefilled value (a returning user, or what was typed before going back). */
  defaultIdentifier?: string
  /** What the user is waiting for: the account lookup, or a passkey chosen without an identifier. */
  busy: 'lookup' | 'passkey' | null
  /** This browser can sign in with a passkey: offer the single-step passkey button. */
  canPasskey: boolean
  /** A remote failure, shown with role="alert". */
  error?: string | undefined
  /** Neutral information, e.g. the result of the lookup. */
  notice?: string | undefined
  onSubmit: (identifier: string) => void
  /** Single-step passkey login (discoverable credential). */
  onPasskey: () => void
  /** When given, a "Try again" button sits next to the error. */
  onRetry?: (() => void) | undefined
}

/**
 * First screen: who is signing in. Validates locally; the lookup itself happens outside. The
 * field also offers passkeys in the browser's autofill (`webauthn` in its autocomplete).
 */
export function IdentifierScreen({
  defaultIdentifier = '',
  busy,
  canPasskey,
  error,
  notice,
  onSubmit,
  onPasskey,
  onRetry,
}: IdentifierScreenProps) {
  const copy = useCopy()
  const [identifier, setIdentifier] = useState(defaultIdentifier)
  const [fieldError, setFieldError] = useState<string>()
  const field = useRef<HTMLInputElement>(null)

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (busy) return
    const checked = checkIdentifier(identifier)
    if (!checked.ok) {
      setFieldError(copy.identifier[checked.problem])
      field.current?.focus() // where the fix is typed; the alert is read from there
      return
    }
    setFieldError(undefined)
    onSubmit(checked.identifier)
  }

  const status =
    busy === 'lookup'
      ? copy.identifier.submitting
      : busy === 'passkey'
        ? copy.identifier.passkeyWaiting
        : ''

  return (
    <Card heading={copy.identifier.heading}>
      <form className={layout.stack} onSubmit={submit} noValidate>
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
          ref={field}
          required
        />
        {/* Not reserved: the field keeps its own error line, and a remote error brings its own
            "Try again" button, which moves the actions anyway. Two empty slots read as a gap. */}
        <MessageSlot reserve={false}>
          {error && <Alert tone="error">{error}</Alert>}
          {error && onRetry && (
            <Button variant="secondary" onClick={onRetry}>
              {copy.errors.retry}
            </Button>
          )}
          {notice && <Alert tone="info">{notice}</Alert>}
        </MessageSlot>
        <div className={layout.actions}>
          <Button type="submit" busy={busy === 'lookup'}>
            {copy.identifier.submit}
          </Button>
          {canPasskey && (
            <>
              <p className={layout.divider}>{copy.identifier.or}</p>
              <Button
                variant="secondary"
                busy={busy === 'passkey'}
                aria-disabled={busy === 'lookup' || undefined}
                onClick={onPasskey}
              >
                {copy.identifier.passkey}
              </Button>
            </>
          )}
        </div>
        <Announce>{status}</Announce>
      </form>
    </Card>
  )
}
