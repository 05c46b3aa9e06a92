/**
 * How the machines read a failed WebAuthn ceremony. The default ceremonies (src/webauthn) reject
 * with a `CeremonyError` whose `failure` says what happened; an embedder's may reject with a raw
 * DOMException. Both are read here by shape, so machines do not depend on the WebAuthn adapter.
 */
import type { CeremonyFailure } from '../webauthn/errors'

export type { CeremonyFailure }

const failures: readonly CeremonyFailure[] = [
  'cancelled',
  'timedOut',
  'alreadyRegistered',
  'aborted',
  'security',
  'notSupported',
  'unknown',
]

const byDomName: Readonly<Record<string, CeremonyFailure>> = {
  NotAllowedError: 'cancelled',
  InvalidStateError: 'alreadyRegistered',
  AbortError: 'aborted',
  SecurityError: 'security',
  NotSupportedError: 'notSupported',
}

export function ceremonyFailureOf(error: unknown): CeremonyFailure {
  if (typeof error !== 'object' || error === null) return 'unknown'
  if ('failure' in error && failures.includes(error.failure as CeremonyFailure)) {
    return error.failure as CeremonyFailure
  }
  if ('name' in error && typeof error.name === 'string') return byDomName[error.name] ?? 'unknown'
  return 'unknown'
}
