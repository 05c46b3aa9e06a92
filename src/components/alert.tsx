import type { ReactNode } from 'react'
import styles from './alert.module.css'

interface AlertProps {
  tone: 'error' | 'info' | 'success'
  children: ReactNode
}

/** Errors interrupt (role="alert"); information and success are announced politely. */
export function Alert({ tone, children }: AlertProps) {
  return (
    <div
      className={[styles.alert, styles[tone]].join(' ')}
      role={tone === 'error' ? 'alert' : 'status'}
    >
      {children}
    </div>
  )
}
