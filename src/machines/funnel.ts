/**
 * The funnel: what the machines report as a person goes through sign-in and the passkey offer,
 * for hosts that measure adoption (the React layer's `onEvent`, or `actor.on('*', ...)` on the
 * machines). Emitted with XState's `emit`; no personal data, only what happened and why.
 */
import type { AnyActorRef, Subscription } from 'xstate'
import type { CodeChannel } from '../api/contract'
import type { CeremonyFailure } from '../webauthn/errors'

export type FunnelEvent =
  // The login
  | { type: 'identifier.submitted'; returning: boolean }
  | { type: 'passkeyLogin.started'; from: 'identifier' | 'account' }
  | { type: 'passkeyLogin.succeeded' }
  | { type: 'passkeyLogin.cancelled' }
  | { type: 'passkeyLogin.failed'; reason: CeremonyFailure | 'rejected' }
  | { type: 'authenticated'; method: 'passkey' | 'password' }
  // The passkey offer (after a password login, and the dashboard's "Add a passkey")
  | { type: 'offer.shown' }
  | { type: 'offer.accepted' }
  | { type: 'offer.skipped' }
  | { type: 'offer.cancelled' }
  | { type: 'offer.alreadyExisted' }
  | { type: 'offer.failed'; reason: CeremonyFailure | 'rejected' }
  | { type: 'offer.created' }
  | { type: 'silentCreate.tried' }
  | { type: 'silentCreate.succeeded' }
  // "Confirm it's you" (step-up) before a sensitive action
  | { type: 'stepUp.shown' }
  | { type: 'stepUp.passed'; method: 'passkey' | 'code' }
  | { type: 'stepUp.declined' }
  | { type: 'stepUp.failed'; reason: CeremonyFailure | 'rejected' }
  // The one-time code
  | { type: 'code.sent'; channel: CodeChannel }
  | { type: 'code.verified' }
  | {
      type: 'code.failed'
      reason: 'wrong' | 'expired' | 'tooManyAttempts' | 'rateLimited' | 'loginExpired' | 'fault'
    }

export type FunnelEventType = FunnelEvent['type']

/**
 * Calls `onEvent` with everything a flow reports: its own events and those of its steps (the
 * code and append machines it runs), each step watched from its first snapshot on. Returns the
 * stop.
 */
export function observeFunnel(
  actor: AnyActorRef,
  onEvent: (event: FunnelEvent) => void,
): () => void {
  const watched = new Map<AnyActorRef, Subscription>()
  const watch = (ref: AnyActorRef) => {
    if (!watched.has(ref))
      watched.set(
        ref,
        ref.on('*', (event) => onEvent(event as FunnelEvent)),
      )
  }
  const watchSteps = () => {
    // Any flow: its steps are the children its snapshot lists (none for a step alone).
    const { children = {} } = actor.getSnapshot() as {
      children?: Record<string, AnyActorRef | undefined>
    }
    for (const child of Object.values(children)) if (child) watch(child)
  }
  watch(actor)
  watchSteps()
  const steps = actor.subscribe({ next: watchSteps, error: () => undefined })
  return () => {
    steps.unsubscribe()
    for (const subscription of watched.values()) subscription.unsubscribe()
  }
}
