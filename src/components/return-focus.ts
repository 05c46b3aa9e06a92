import { useEffect, useLayoutEffect, useRef } from 'react'

/**
 * Puts focus back where it was once something that took it (a dialog, a step shown in place)
 * closes, if nothing else has taken it since. The place is noted in a layout effect, before the
 * opened content's own effects move focus into it.
 */
export function useReturnFocus(open: boolean) {
  const returnTo = useRef<HTMLElement | null>(null)
  useLayoutEffect(() => {
    if (!open) return
    const active = document.activeElement
    returnTo.current = active instanceof HTMLElement && active !== document.body ? active : null
  }, [open])
  useEffect(() => {
    if (open) return
    const target = returnTo.current
    returnTo.current = null
    const lost = !document.activeElement || document.activeElement === document.body
    if (target?.isConnected && lost) target.focus()
  }, [open])
}
