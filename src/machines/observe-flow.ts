/**
 * Observing a flow's actor as a whole (the login, a step-up). The code and append steps are child machines whose own
 * transitions do not re-emit the parent's snapshot, so anyone who renders or persists the flow
 * has to follow those children too. This does, and only this.
 */
import type { AnyActorRef, Subscription } from 'xstate'

const STEP_CHILDREN = ['code', 'append'] as const

/** Calls `onChange` whenever the flow or its current step changes. Returns the unsubscribe. */
export function observeFlow(actor: AnyActorRef, onChange: () => void): () => void {
  // Errors surface in the flow's own state; here they only must not go unhandled.
  const observer = { next: onChange, error: () => undefined }
  const followed = new Map<AnyActorRef, Subscription>()

  const follow = () => {
    const children = (actor.getSnapshot() as { children: Record<string, AnyActorRef | undefined> })
      .children
    const current = new Set(STEP_CHILDREN.map((id) => children[id]).filter((c) => c !== undefined))
    for (const [child, subscription] of followed) {
      if (!current.has(child)) {
        subscription.unsubscribe()
        followed.delete(child)
      }
    }
    for (const child of current) {
      if (!followed.has(child)) followed.set(child, child.subscribe(observer))
    }
  }

  const parent = actor.subscribe({
    next: () => {
      follow()
      onChange()
    },
    error: observer.error,
  })
  follow()
  return () => {
    parent.unsubscribe()
    for (const subscription of followed.values()) subscription.unsubscribe()
    followed.clear()
  }
}
