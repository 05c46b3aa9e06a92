/**
 * The fake backend's configuration: what a real backend reads from its own settings, never from
 * a request. The relying party (RP ID and origin) in particular is configured: a backend that
 * took it from the request's Host header would verify passkeys for whatever site asked.
 */

export interface BackendConfig {
  /** The WebAuthn RP ID: the site's registrable domain (or the host itself). */
  rpId: string
  /** The exact origin the sign-in page runs on; assertions from any other are refused. */
  origin: string
  /** Shown by the OS prompt when a passkey is created. */
  rpName: string
  /** PBKDF2-SHA-256 iterations for password hashes: OWASP's 600,000. Tests may set fewer. */
  passwordIterations: number
}

export const OWASP_PBKDF2_SHA256_ITERATIONS = 600_000

let config: BackendConfig = {
  rpId: 'localhost',
  origin: 'http://localhost',
  rpName: 'Passkey Login Demo',
  passwordIterations: OWASP_PBKDF2_SHA256_ITERATIONS,
}

/** Set once at start: the browser entry point passes the page's own origin, tests theirs. */
export function configureBackend(overrides: Partial<BackendConfig>): void {
  config = { ...config, ...overrides }
}

export function backendConfig(): Readonly<BackendConfig> {
  return config
}

// ---------------------------------------------------------------------------------------------
// The clock: real time, plus an offset that the demo's test hook can move forward, so lifetimes
// (a recent sign-in, a lockout, an hour's code budget) can be tested without waiting.

let offsetMs = 0

export function now(): number {
  return Date.now() + offsetMs
}

export function advanceClock(ms: number): number {
  offsetMs += ms
  return now()
}

export function resetClock(): void {
  offsetMs = 0
}
