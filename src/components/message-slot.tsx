import type { ReactNode } from 'react'
import styles from './message-slot.module.css'

interface MessageSlotProps {
  children?: ReactNode
  /**
   * Keep room for a one-line message even when there is none (the default), so an error arriving
   * does not push the buttons away from under the user's finger. Screens whose messages only come
   * with a change of their actions anyway can turn it off.
   */
  reserve?: boolean
}

/** Where a screen's error or notice appears. */
export function MessageSlot({ children, reserve = true }: MessageSlotProps) {
  return (
    <div className={[styles.slot, reserve && styles.reserve].filter(Boolean).join(' ')}>
      {children}
    </div>
  )
}
