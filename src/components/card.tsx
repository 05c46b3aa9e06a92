import type { ReactNode } from 'react'
import { useCopy } from '../components/locale'
import styles from './card.module.css'
import { FocusedHeading } from './focused-heading'

interface CardProps {
  /**
   * The screen's heading. Leave it out while the flow cannot yet tell which screen comes (the
   * starting state): a heading there would be announced, focused and then replaced.
   */
  heading?: string | undefined
  children: ReactNode
}

/** The sign-in card: product name, one heading, the screen's content. Focus lands on the heading. */
export function Card({ heading, children }: CardProps) {
  const copy = useCopy()
  return (
    <main className={styles.page}>
      <section
        className={styles.card}
        {...(heading === undefined
          ? { 'aria-label': copy.product, 'aria-busy': true }
          : { 'aria-labelledby': 'card-heading' })}
      >
        <p className={styles.brand}>{copy.product}</p>
        {heading !== undefined && (
          <FocusedHeading level={1} id="card-heading" className={styles.heading}>
            {heading}
          </FocusedHeading>
        )}
        {children}
      </section>
    </main>
  )
}
