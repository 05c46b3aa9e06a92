/**
 * A version for a machine's persisted snapshots, derived from its definition: every state's id
 * and the events it takes, in the machine and in the child machines it invokes. Renaming or
 * moving a state changes it, so an old stored snapshot is dropped instead of being restored into
 * states that no longer mean the same thing, and no one has to remember to bump a number.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate'

function shapeOf(node: AnyStateNode): string[] {
  const events = Object.keys(node.config.on ?? {}).sort()
  const own = `${node.id}[${node.type}](${events.join(',')})`
  return [own, ...Object.values(node.states).flatMap(shapeOf)]
}

function isMachine(logic: unknown): logic is AnyStateMachine {
  return typeof logic === 'object' && logic !== null && 'root' in logic && 'config' in logic
}

export function machineShape(machine: AnyStateMachine): string {
  const children = Object.values(machine.implementations.actors as Record<string, unknown>)
    .filter(isMachine)
    .flatMap((child) => shapeOf(child.root))
  return [...shapeOf(machine.root), ...children].join(';')
}

/** FNV-1a over the shape: short enough to store with every snapshot. */
export function machineVersion(machine: AnyStateMachine): string {
  let hash = 0x811c9dc5
  for (const char of machineShape(machine)) {
    hash ^= char.charCodeAt(0)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
