/**
 * The one place where WebAuthn errors get a meaning. Browsers throw a handful of DOMException
 * names and overload them (NotAllowedError is cancel, timeout and failed biometrics alike), so the
 * flow asks this module what happened instead of reading names itself.
 */

export type CeremonyFailure =
  | 'cancelled'
  | 'timedOut'
  | 'alreadyRegistered'
  | 'aborted'
  | 'security'
  | 'notSupported'
  | 'unknown'

export interface CeremonyContext {
  ceremony: 'create' | 'get'
  /** How long the prompt was open, to tell a timeout from a cancel. */
  elapsedMs?: number
  /** The `timeout` the ceremony's options asked for. */
  timeoutMs?: number
}

/**
 * A failed ceremony: `failure` for the flow, `errorName` (the browser's DOMException name) for
 * logs and funnel events, `cause` for debugging.
 */
export class CeremonyError extends Error {
  override readonly name = 'CeremonyError'
  readonly failure: CeremonyFailure
  readonly errorName: string

  constructor(
    failure: CeremonyFailure,
    details: { errorName?: string; message?: string; cause?: unknown } = {},
  ) {
    const errorName = details.errorName ?? nameOf(details.cause) ?? ''
    super(
      details.message ?? `Passkey ceremony failed: ${failure}${errorName && ` (${errorName})`}`,
      {
        cause: details.cause,
      },
    )
    this.failure = failure
    this.errorName = errorName
  }
}

/**
 * Browsers end a timed-out prompt with the same NotAllowedError as a cancel. A cancel that comes
 * within this margin of the deadline is read as the timeout: timers are coarse, and a user does
 * not cancel in the last second of a multi-minute prompt.
 */
const timeoutMarginMs = 1000

export function ceremonyFailure(error: unknown, context: CeremonyContext): CeremonyFailure {
  if (error instanceof CeremonyError) return error.failure

  // SimpleWebAuthn's own verdicts, where a code is more precise than the name.
  const code = codeOf(error)
  if (code === 'ERROR_CEREMONY_ABORTED') return 'aborted'
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return 'alreadyRegistered'

  switch (errorNameOf(error)) {
    case 'NotAllowedError':
      return timedOut(context) ? 'timedOut' : 'cancelled'
    case 'InvalidStateError':
      // create(): an authenticator in excludeCredentials, i.e. this device already has a passkey
      // for the account. get() has no such meaning for it.
      return context.ceremony === 'create' ? 'alreadyRegistered' : 'unknown'
    case 'AbortError':
      return 'aborted'
    case 'SecurityError':
      return 'security'
    case 'NotSupportedError':
    case 'ConstraintError':
      return 'notSupported'
    default:
      return 'unknown'
  }
}

function timedOut({ elapsedMs, timeoutMs }: CeremonyContext): boolean {
  return (
    elapsedMs !== undefined && timeoutMs !== undefined && elapsedMs >= timeoutMs - timeoutMarginMs
  )
}

/**
 * The DOMException name behind an error. SimpleWebAuthn wraps errors in `WebAuthnError`, whose
 * `name` is the cause's name unless it overrides it; for pass-through wrappers the cause is the
 * authority, so it is read from there.
 */
export function errorNameOf(error: unknown): string | undefined {
  if (codeOf(error) === 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY' && isRecord(error)) {
    const causeName = nameOf(error.cause)
    if (causeName) return causeName
  }
  return nameOf(error)
}

function nameOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.name === 'string' ? value.name : undefined
}

function codeOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.code === 'string' ? value.code : undefined
}

// DOMException is not an Error subclass in every engine, so errors are read structurally.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
