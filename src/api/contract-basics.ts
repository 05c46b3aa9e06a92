/**
 * The parts of the contract the first screen needs, in plain TypeScript: limits, the identifier
 * rule and the path builder. The schemas (`./contract`) re-export these and are the source of
 * truth; this module exists so the sign-in page can draw and check its first field before the
 * schema library has loaded (see `./contract-loader`). A property test keeps `checkIdentifier`
 * and `identifierSchema` in agreement.
 */

/** The longest identifier (an email address's limit). */
export const IDENTIFIER_MAX = 254

/** The longest passkey name. */
export const PASSKEY_NAME_MAX = 64

/** The lengths a one-time code may have; each backend picks one and says so in `codeLength`. */
export const OTP_LENGTH_MIN = 4
export const OTP_LENGTH_MAX = 10
/** What a client shows until the backend has said (the length most backends use). */
export const OTP_LENGTH_DEFAULT = 6

export type IdentifierCheck =
  { ok: true; identifier: string } | { ok: false; problem: 'empty' | 'tooLong' }

/** The contract's `identifierSchema` as a function: trimmed, not empty, at most IDENTIFIER_MAX. */
export function checkIdentifier(value: string): IdentifierCheck {
  const identifier = value.trim()
  if (identifier.length === 0) return { ok: false, problem: 'empty' }
  if (identifier.length > IDENTIFIER_MAX) return { ok: false, problem: 'tooLong' }
  return { ok: true, identifier }
}

/** `/api/passkeys/:id` with its parameters filled in. */
export function pathFor(path: string, params?: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, key: string) => encodeURIComponent(params?.[key] ?? ''))
}
