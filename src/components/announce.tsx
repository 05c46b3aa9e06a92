import type { ReactNode } from 'react'

/**
 * Tells screen-reader users what sighted users see happening (a request under way, a new step),
 * without showing it: a polite live region that stays in the page, so each change is read out.
 * Not role="status": a screen's visible status message keeps that role.
 */
export function Announce({ children }: { children?: ReactNode }) {
  return (
    <p className="visually-hidden" aria-live="polite">
      {children}
    </p>
  )
}
