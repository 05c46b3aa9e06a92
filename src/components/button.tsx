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
  function click(event: MouseEvent<HTMLButtonElement>) {
    if (busy) {
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
      // Busy always reads as disabled, whatever the caller passed.
      aria-disabled={busy ? true : ariaDisabled}
      aria-busy={busy || undefined}
      onClick={click}
    >
      {busy && <span className={styles.progress} aria-hidden="true" />}
      {children}
    </button>
  )
}
