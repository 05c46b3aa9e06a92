/**
 * What this browser can do with passkeys, detected once at start, and what that means for the
 * flow on this device. The flow never offers what the browser cannot do, so every probe errs
 * towards `false`: a missed feature costs an offer, a wrongly claimed one costs a broken prompt.
 */
import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  platformAuthenticatorIsAvailable,
} from '@simplewebauthn/browser'
import type { Platform } from './platform'

export interface Capabilities {
  webauthn: boolean
  platformAuthenticator: boolean
  conditionalGet: boolean
  conditionalCreate: boolean
  hybrid: boolean
  signalUnknownCredential: boolean
  signalAllAcceptedCredentials: boolean
}

export const noCapabilities: Capabilities = {
  webauthn: false,
  platformAuthenticator: false,
  conditionalGet: false,
  conditionalCreate: false,
  hybrid: false,
  signalUnknownCredential: false,
  signalAllAcceptedCredentials: false,
}

/**
 * The answer of `PublicKeyCredential.getClientCapabilities()`. A missing key means the browser
 * chose not to say (privacy), which this module reads as "no".
 */
export type ClientCapabilities = Readonly<Partial<Record<string, boolean>>>

/** The browser calls behind detection; tests and Storybook inject their own. */
export interface CapabilityProbes {
  webauthn: () => boolean
  platformAuthenticator: () => Promise<boolean>
  conditionalGet: () => Promise<boolean>
  clientCapabilities: () => Promise<ClientCapabilities>
}

/**
 * Long enough for a real answer (these calls normally settle in a few milliseconds), short enough
 * that a browser whose call never settles (seen with some password-manager extensions that
 * intercept WebAuthn) does not hold the login screen.
 */
export const capabilityProbeTimeoutMs = 1000

const browserProbes: CapabilityProbes = {
  webauthn: browserSupportsWebAuthn,
  platformAuthenticator: platformAuthenticatorIsAvailable,
  conditionalGet: browserSupportsWebAuthnAutofill,
  clientCapabilities: readClientCapabilities,
}

/**
 * Never rejects, and settles within about `timeoutMs` whatever the browser does: a probe that
 * throws, rejects or hangs counts as "not supported".
 */
export async function detectCapabilities(
  probes: Partial<CapabilityProbes> = {},
  timeoutMs: number = capabilityProbeTimeoutMs,
): Promise<Capabilities> {
  const probe = { ...browserProbes, ...probes }

  let webauthn: boolean
  try {
    webauthn = probe.webauthn()
  } catch {
    webauthn = false
  }
  // Without the API every other answer is meaningless, and some probes would throw.
  if (!webauthn) return { ...noCapabilities }

  const [uvpaa, autofill, client] = await Promise.all([
    within(probe.platformAuthenticator, false, timeoutMs),
    within(probe.conditionalGet, false, timeoutMs),
    within(probe.clientCapabilities, {}, timeoutMs),
  ])
  const says = (name: string): boolean => client[name] === true

  const platformAuthenticator = uvpaa || says('userVerifyingPlatformAuthenticator')
  return {
    webauthn,
    platformAuthenticator,
    conditionalGet: autofill || says('conditionalGet'),
    conditionalCreate: says('conditionalCreate'),
    // passkeyPlatformAuthenticator means "a platform authenticator here and/or over hybrid", so a
    // yes from a device without a platform authenticator of its own can only mean hybrid.
    hybrid:
      says('hybridTransport') || (says('passkeyPlatformAuthenticator') && !platformAuthenticator),
    signalUnknownCredential: says('signalUnknownCredential'),
    signalAllAcceptedCredentials: says('signalAllAcceptedCredentials'),
  }
}

/** Races a probe against a timer; a throw, a rejection or the timer all give `fallback`. */
async function within<T>(probe: () => Promise<T>, fallback: T, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), timeoutMs)
  })
  try {
    // The `then` turns a probe that throws synchronously into a rejection caught below.
    return await Promise.race([Promise.resolve().then(probe), timeout])
  } catch {
    return fallback
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Reads `getClientCapabilities()` directly rather than through SimpleWebAuthn's
 * `getBrowserCapabilities()`, which dereferences `PublicKeyCredential` without checking it exists
 * and throws on any non-boolean value.
 */
async function readClientCapabilities(): Promise<ClientCapabilities> {
  // The DOM types declare the method on every browser; in reality it is Chrome 133+, Safari 17.4+.
  const scope: { PublicKeyCredential?: { getClientCapabilities?: unknown } } = globalThis
  const publicKeyCredential = scope.PublicKeyCredential
  if (typeof publicKeyCredential?.getClientCapabilities !== 'function') return {}
  const answer: unknown = await (
    publicKeyCredential.getClientCapabilities as () => Promise<unknown>
  ).call(publicKeyCredential)
  return typeof answer === 'object' && answer !== null ? (answer as ClientCapabilities) : {}
}

// ---------------------------------------------------------------------------------------------
// What the capabilities mean on this device

/** Which words the copy uses for the OS prompt (the strings themselves live in copy/). */
export type BiometricKey =
  'touchId' | 'windowsHello' | 'faceIdOrTouchId' | 'androidScreenLock' | 'screenLock'

export interface DeviceProfile {
  platform: Platform
  biometric: BiometricKey
  /** Some passkey login can work here (local, security key or phone). */
  canPasskey: boolean
  /** A passkey can be created on this device, so the append offer makes sense. */
  canCreate: boolean
  /** Passkeys can be offered in the identifier field's autofill. */
  canConditional: boolean
  /** A passkey can be created silently after a password login. */
  canConditionalCreate: boolean
  /** "Use a phone or tablet" (the QR code) is worth offering. */
  canHybrid: boolean
}

/** The one place a platform gets the wording of its OS prompt (Storybook's toolbar reads it too). */
export const biometricByPlatform: Readonly<Record<Platform, BiometricKey>> = {
  macos: 'touchId',
  windows: 'windowsHello',
  ios: 'faceIdOrTouchId',
  android: 'androidScreenLock',
  other: 'screenLock',
}

export function describeDevice(platform: Platform, capabilities: Capabilities): DeviceProfile {
  const { webauthn } = capabilities
  const canCreate = webauthn && capabilities.platformAuthenticator
  return {
    platform,
    biometric: biometricByPlatform[platform],
    canPasskey: webauthn,
    canCreate,
    canConditional: webauthn && capabilities.conditionalGet,
    canConditionalCreate: canCreate && capabilities.conditionalCreate,
    // Offered when the browser says it has hybrid, and also when WebAuthn works but this device
    // has no platform authenticator: then a phone (or a security key, behind the same browser
    // dialog) is the only way a passkey can work here, and most browsers that hide their
    // capabilities (no getClientCapabilities) still show the QR code in that dialog.
    canHybrid: webauthn && (capabilities.hybrid || !capabilities.platformAuthenticator),
  }
}
