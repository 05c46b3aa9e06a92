/** The host's `onEvent`, wired to a flow's actor: each mount's actor reports to the latest callback. */
import { useCallback, useEffect, useRef } from 'react'
import type { AnyActorRef } from 'xstate'
import { observeFunnel, type FunnelEvent } from '../machines/funnel'

export type OnFunnelEvent = (event: FunnelEvent) => void

/** Returns what to call with each started actor (it returns the stop). */
export function useFunnelReporting(onEvent: OnFunnelEvent | undefined) {
  const latest = useRef(onEvent)
  useEffect(() => {
    latest.current = onEvent
  }, [onEvent])
  return useCallback(
    (actor: AnyActorRef) => observeFunnel(actor, (event) => latest.current?.(event)),
    [],
  )
}
