/**
 * How the machines read a failed WebAuthn ceremony: by the `failure` the WebAuthn adapter decided
 * (src/webauthn/errors.ts is the one place that gives DOMException names a meaning). The default
 * ceremonies reject with its `CeremonyError`; an embedder's own actor should reject with one too
 * (`new CeremonyError(ceremonyFailure(error, context))`). Anything else reads as 'unknown'.
 */
import type { CeremonyFailure } from '../webauthn/errors'

export type { CeremonyFailure }

/** Every failure the adapter can decide; typed as a record so a new one cannot be missed here. */
const known: Readonly<Record<CeremonyFailure, true>> = {
  cancelled: true,
  timedOut: true,
  alreadyRegistered: true,
  aborted: true,
  security: true,
  notSupported: true,
  unknown: true,
}

function isCeremonyFailure(value: unknown): value is CeremonyFailure {
  return typeof value === 'string' && Object.hasOwn(known, value)
}

export function ceremonyFailureOf(error: unknown): CeremonyFailure {
  const failure =
    typeof error === 'object' && error !== null && 'failure' in error ? error.failure : undefined
  return isCeremonyFailure(failure) ? failure : 'unknown'
}
