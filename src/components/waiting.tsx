import { PasskeyIcon } from './passkey-icon'
import styles from './waiting.module.css'

interface WaitingProps {
  /** Whether the OS prompt is open now (the icon breathes, quietly). */
  active: boolean
  /** One line: what to do, what we wait for, or what is happening. */
  children: string
}

/**
 * The passkey moment: the icon and one line in a polite live region that is always there, so the
 * line changing ("Waiting for Touch ID…") is announced without interrupting, and takes no new
 * space. Deliberately not a spinner: an open OS prompt is not an error or a hang.
 */
export function Waiting({ active, children }: WaitingProps) {
  return (
    <div className={styles.waiting} data-active={active || undefined}>
      <PasskeyIcon size={40} className={styles.icon} />
      <p className={styles.text} role="status">
        {children}
      </p>
    </div>
  )
}
