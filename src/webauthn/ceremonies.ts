/**
 * The two WebAuthn ceremonies as the flow needs them: cancellable with an AbortSignal (leaving a
 * state closes the OS prompt), failing only with a `CeremonyError`, and answering exactly the JSON
 * the contract (and so the server) accepts.
 */
import {
  startAuthentication,
  WebAuthnAbortService,
  type StartAuthenticationOpts,
  type StartRegistrationOpts,
} from '@simplewebauthn/browser'
import type {
  AuthenticationResponse,
  CreationOptionsJSON,
  RegistrationResponse,
  RequestOptionsJSON,
} from '../api/contract'
import { loadContract } from '../api/contract-loader'
import { loadOnce } from '../load-once'
import { CeremonyError, ceremonyFailure, type CeremonyContext } from './errors'

export interface CeremonyOptions {
  signal?: AbortSignal | undefined
  /** get(): passkeys in the identifier field's autofill; create(): a silent upgrade after a password login. */
  conditional?: boolean
}

export interface GetPasskeyOptions extends CeremonyOptions {
  /** Put "use a phone or tablet" (the QR code) first in the browser's dialog. */
  hybrid?: boolean
}

/**
 * The browser library behind the ceremonies. Results are `unknown` because they are parsed here:
 * tests (and a misbehaving extension) can hand back anything.
 */
export interface CeremonyLibrary {
  startRegistration: (options: StartRegistrationOpts) => Promise<unknown>
  startAuthentication: (options: StartAuthenticationOpts) => Promise<unknown>
  cancelCeremony: () => void
  /** Milliseconds on a monotonic clock, to tell a timeout from a cancel. */
  now: () => number
}

export interface Ceremonies {
  createPasskey: (
    options: CreationOptionsJSON,
    opts?: CeremonyOptions,
  ) => Promise<RegistrationResponse>
  getPasskey: (
    options: RequestOptionsJSON,
    opts?: GetPasskeyOptions,
  ) => Promise<AuthenticationResponse>
}

const registration = loadOnce(() => import('./registration'))

/**
 * The create() ceremony is never on the first screen, so its code is a chunk of its own: the
 * flows fetch it while the browser is idle, and a tap on "Create passkey" finds it in and opens
 * the prompt at once. Only a user faster than an idle browser waits for it (and on Safari may
 * have to tap again). A failed fetch (offline) is tried again next time.
 */
export const preloadRegistration = registration.load

const browserLibrary: CeremonyLibrary = {
  startRegistration: (options) =>
    registration.current
      ? registration.current.startRegistration(options)
      : registration.load().then((module) => module.startRegistration(options)),
  startAuthentication,
  cancelCeremony: () => WebAuthnAbortService.cancelCeremony(),
  now: () => performance.now(),
}

export function createCeremonies(overrides: Partial<CeremonyLibrary> = {}): Ceremonies {
  const lib = { ...browserLibrary, ...overrides }

  // SimpleWebAuthn keeps one ceremony at a time and cancelCeremony() ends whichever is current.
  // A ceremony only cancels when it is still the newest one started here, so a late abort (the
  // conditional request of a state being left) cannot close the prompt that replaced it.
  let newest = 0

  async function run<T>(
    context: CeremonyContext,
    signal: AbortSignal | undefined,
    start: () => Promise<unknown>,
    // Async: the schemas load after the first screen; by the time an OS prompt has been
    // answered they are there, and nothing is fetched between the tap and the prompt.
    parse: (
      value: unknown,
    ) => Promise<{ success: true; data: T } | { success: false; error: Error }>,
  ): Promise<T> {
    if (signal?.aborted) throw abortedError(signal)

    const id = ++newest
    const startedAt = lib.now()
    let onAbort: (() => void) | undefined
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        if (id === newest) lib.cancelCeremony()
        reject(abortedError(signal))
      }
      signal?.addEventListener('abort', onAbort, { once: true })
    })

    let value: unknown
    try {
      // The race settles on abort at once; the library's own AbortError arrives later and is
      // absorbed by the race.
      value = await Promise.race([start(), aborted])
    } catch (error) {
      if (error instanceof CeremonyError) throw error
      const failure = ceremonyFailure(error, { ...context, elapsedMs: lib.now() - startedAt })
      throw new CeremonyError(failure, { cause: error })
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort)
    }

    const parsed = await parse(value)
    if (!parsed.success) {
      throw new CeremonyError('unknown', {
        message: `The browser answered the ${context.ceremony} ceremony with JSON the server would reject`,
        cause: parsed.error,
      })
    }
    return parsed.data
  }

  return {
    createPasskey: (options, opts = {}) =>
      run(
        { ceremony: 'create', timeoutMs: options.timeout },
        opts.signal,
        () =>
          lib.startRegistration({
            optionsJSON: options,
            useAutoRegister: opts.conditional ?? false,
          }),
        async (value) => (await loadContract()).registrationResponseSchema.safeParse(value),
      ),

    getPasskey: (options, opts = {}) =>
      run(
        { ceremony: 'get', timeoutMs: options.timeout },
        opts.signal,
        () =>
          lib.startAuthentication({
            optionsJSON: opts.hybrid ? withHybridHint(options) : options,
            useBrowserAutofill: opts.conditional ?? false,
          }),
        async (value) => (await loadContract()).authenticationResponseSchema.safeParse(value),
      ),
  }
}

/** 'hybrid' first (hints are in order of preference), keeping the server's other hints after it. */
function withHybridHint(options: RequestOptionsJSON): RequestOptionsJSON {
  const others = (options.hints ?? []).filter((hint) => hint !== 'hybrid')
  return { ...options, hints: ['hybrid', ...others] }
}

function abortedError(signal: AbortSignal | undefined): CeremonyError {
  return new CeremonyError('aborted', {
    errorName: 'AbortError',
    message: 'The passkey ceremony was aborted',
    cause: signal?.reason,
  })
}

const browserCeremonies = createCeremonies()

/** Registers a passkey; rejects with a `CeremonyError` only. */
export async function createPasskey(
  options: CreationOptionsJSON,
  opts?: CeremonyOptions,
): Promise<RegistrationResponse> {
  return browserCeremonies.createPasskey(options, opts)
}

/** Signs in with a passkey; rejects with a `CeremonyError` only. */
export async function getPasskey(
  options: RequestOptionsJSON,
  opts?: GetPasskeyOptions,
): Promise<AuthenticationResponse> {
  return browserCeremonies.getPasskey(options, opts)
}
