import { useEffect, useRef, type ReactNode } from 'react'
import { copy } from '../copy/en'
import styles from './card.module.css'

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
  const headingRef = useRef<HTMLHeadingElement>(null)
  // Each screen is a new card: move focus to its heading so screen readers announce it.
  useEffect(() => {
    headingRef.current?.focus()
  }, [heading])
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
          <h1 id="card-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
            {heading}
          </h1>
        )}
        {children}
      </section>
    </main>
  )
}
