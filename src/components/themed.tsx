/**
 * A forced light or dark theme for one component's subtree. The tokens resolve with
 * `light-dark()` against the element's `color-scheme`, so `data-theme` works on any ancestor,
 * not only the page's root; without a theme the component follows the host (and the system).
 */
import type { ReactNode } from 'react'
import styles from './themed.module.css'

export type Theme = 'light' | 'dark'

export function Themed({ theme, children }: { theme?: Theme | undefined; children: ReactNode }) {
  if (!theme) return children
  return (
    <div data-theme={theme} className={styles.themed}>
      {children}
    </div>
  )
}
