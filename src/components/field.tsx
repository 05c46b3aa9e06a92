import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react'
import styles from './field.module.css'

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string
  /** Shown under the field in role="alert"; its space is reserved so the layout never shifts. */
  error?: string | undefined
  /** A control inside the field's right edge, e.g. a show/hide toggle. */
  trailing?: ReactNode
  /** The input, e.g. to send focus back to it when its value is refused. */
  ref?: Ref<HTMLInputElement>
}

export function Field({ label, error, trailing, id, className, ...input }: FieldProps) {
  const generated = useId()
  const inputId = id ?? generated
  const errorId = `${inputId}-error`
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label className={styles.label} htmlFor={inputId}>
        {label}
      </label>
      <div className={styles.control}>
        <input
          id={inputId}
          className={[styles.input, trailing ? styles.withTrailing : undefined]
            .filter(Boolean)
            .join(' ')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          {...input}
        />
        {trailing && <div className={styles.trailing}>{trailing}</div>}
      </div>
      <p id={errorId} className={styles.error} role={error ? 'alert' : undefined}>
        {error}
      </p>
    </div>
  )
}
