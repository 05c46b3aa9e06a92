import type { ButtonHTMLAttributes, MouseEvent } from 'react'
import styles from './button.module.css'

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'link'
  /**
   * Work started by this button is under way. The button keeps its name and its focus (it is
   * aria-disabled, not disabled, so keyboard and screen-reader users do not lose their place)
   * and ignores further clicks and submits.
   */
  busy?: boolean
}

/**
 * A button that cannot act now: busy, or `aria-disabled` by its caller (never `disabled`, for the
 * reasons above). Either way it reads as unavailable and ignores clicks and submits.
 */
export function Button({
  variant = 'primary',
  busy = false,
  className,
  type = 'button',
  onClick,
  children,
  'aria-disabled': ariaDisabled,
  ...props
}: ButtonProps) {
  const unavailable = busy || ariaDisabled === true || ariaDisabled === 'true'
  function click(event: MouseEvent<HTMLButtonElement>) {
    if (unavailable) {
      // Also stops a submit button from submitting its form a second time.
      event.preventDefault()
      return
    }
    onClick?.(event)
  }
  return (
    <button
      type={type}
      className={[styles.button, styles[variant], className].filter(Boolean).join(' ')}
      {...props}
      aria-disabled={unavailable || undefined}
      aria-busy={busy || undefined}
      onClick={click}
    >
      {busy && <span className={styles.progress} aria-hidden="true" />}
      {children}
    </button>
  )
}
