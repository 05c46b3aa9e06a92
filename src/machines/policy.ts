/**
 * Policy: what an embedding team configures. Every guard that reads it is a named pure function
 * here, so the rules are tested once and read the same everywhere.
 */
import type { PendingLogin } from '../api/contract'

export interface Policy {
  /** off: never offer; optional: offer with skip; required: rolling migration, no skip. */
  append: 'off' | 'optional' | 'required'
  /** button: the user taps; auto: the prompt starts right after the lookup. */
  passkeyStart: 'button' | 'auto'
  /** Passkey autofill in the identifier field where the browser supports it. */
  conditionalUI: boolean
  /** Try a silent passkey right after a password login where the browser supports it. */
  conditionalCreate: boolean
}

export const defaultPolicy: Policy = {
  append: 'optional',
  passkeyStart: 'button',
  conditionalUI: true,
  conditionalCreate: false,
}

const appendValues = ['off', 'optional', 'required'] as const
const startValues = ['button', 'auto'] as const

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value)

const flag = (value: string | null): boolean | undefined =>
  value === null ? undefined : value === 'on' || value === 'true' || value === '1'

/** Policy from a URL query (`?append=required&passkeyStart=auto`), unknown values ignored. */
export function policyFromQuery(search: string, base: Policy = defaultPolicy): Policy {
  const query = new URLSearchParams(search)
  return {
    append: oneOf(appendValues, query.get('append')) ?? base.append,
    passkeyStart: oneOf(startValues, query.get('passkeyStart')) ?? base.passkeyStart,
    conditionalUI: flag(query.get('conditionalUI')) ?? base.conditionalUI,
    conditionalCreate: flag(query.get('conditionalCreate')) ?? base.conditionalCreate,
  }
}

/** After a password login: offer a passkey at all? (Device ability is checked separately.) */
export function appendWanted(policy: Policy, pending: Pick<PendingLogin, 'append'>): boolean {
  if (policy.append === 'off') return false
  if (policy.append === 'required') return true
  return pending.append === 'offer'
}

/** May the user skip the offer? */
export function canSkipAppend(policy: Policy): boolean {
  return policy.append !== 'required'
}

/** Start the passkey prompt without a tap? */
export function startsPasskeyAutomatically(policy: Policy): boolean {
  return policy.passkeyStart === 'auto'
}

/** After this many cancelled prompts the flow suggests the other way in instead of asking again. */
export const CANCELS_BEFORE_SUGGESTING_ANOTHER_WAY = 3

export function suggestsAnotherWay(cancels: number): boolean {
  return cancels >= CANCELS_BEFORE_SUGGESTING_ANOTHER_WAY
}
