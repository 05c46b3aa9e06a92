/**
 * The demo's funnel log: main.tsx hands `recordEvent` to the app as its `onEvent`, and the demo
 * panel lists what came in, newest first, so a visitor sees what a host would measure.
 */
import type { FunnelEvent } from 'passkey-login'

export interface LoggedEvent {
  at: number
  event: FunnelEvent
}

/** Enough to follow a few sign-ins; older ones drop off. */
const KEEP = 30

let logged: readonly LoggedEvent[] = []
const listeners = new Set<() => void>()

export function recordEvent(event: FunnelEvent): void {
  logged = [{ at: Date.now(), event }, ...logged].slice(0, KEEP)
  for (const listener of listeners) listener()
}

export function subscribeToEvents(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function loggedEvents(): readonly LoggedEvent[] {
  return logged
}
