/**
 * WebAuthn for the fake backend, with @simplewebauthn/server doing every check that matters:
 * challenge, origin, RP ID, user verification, signature and sign counter. It runs on WebCrypto
 * alone, so the same verification happens in Node tests and inside the demo page. The relying
 * party is configuration (mocks/config.ts), never read from the request. Ceremonies run inside
 * another site's frame (`crossOrigin: true`) are refused: the library checks a frame's top origin
 * only when the browser reports one, and Safari does not.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server'
import { decodeClientDataJSON, isoBase64URL } from '@simplewebauthn/server/helpers'
import {
  creationOptionsSchema,
  requestOptionsSchema,
  transportSchema,
  type AuthenticationResponse,
  type RegistrationResponse,
  type Transport,
} from '../src/api/contract'
import { backendConfig } from './config'
import type { Account, Credential } from './db/schema'

/** Challenges (and so the ceremonies they start) live five minutes. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000
const CEREMONY_TIMEOUT_MS = 2 * 60 * 1000

/** True when the browser ran the ceremony inside a frame of another origin. */
function fromCrossOriginFrame(clientDataJSON: string): boolean {
  try {
    return decodeClientDataJSON(clientDataJSON).crossOrigin === true
  } catch {
    return true // unreadable client data is refused anyway; never let it through here
  }
}

const descriptor = (credential: Credential) => ({
  id: credential.id,
  transports: credential.transports,
})

// The library types `type` as string; parsing with the contract narrows it to 'public-key' and
// proves the options we hand out are exactly what the contract promises.
export async function authenticationOptions(allow: readonly Credential[], challenge: string) {
  const options = await generateAuthenticationOptions({
    rpID: backendConfig().rpId,
    challenge: isoBase64URL.toBuffer(challenge),
    allowCredentials: allow.map(descriptor),
    userVerification: 'required',
    timeout: CEREMONY_TIMEOUT_MS,
  })
  return requestOptionsSchema.parse(options)
}

export async function registrationOptions(account: Account, exclude: readonly Credential[]) {
  const options = await generateRegistrationOptions({
    rpName: backendConfig().rpName,
    rpID: backendConfig().rpId,
    userID: isoBase64URL.toBuffer(account.id),
    userName: account.identifier,
    userDisplayName: account.displayName,
    attestationType: 'none',
    excludeCredentials: exclude.map(descriptor),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    timeout: CEREMONY_TIMEOUT_MS,
  })
  return creationOptionsSchema.parse(options)
}

/** The challenge a client signed, read from its clientDataJSON (null when unreadable). */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const clientData: unknown = JSON.parse(isoBase64URL.toUTF8String(clientDataJSON))
    if (typeof clientData === 'object' && clientData !== null && 'challenge' in clientData) {
      return typeof clientData.challenge === 'string' ? clientData.challenge : null
    }
    return null
  } catch {
    return null
  }
}

export function knownTransports(values: readonly string[] | undefined): Transport[] {
  return (values ?? []).filter((v): v is Transport => transportSchema.safeParse(v).success)
}

export type NewCredential = Pick<
  Credential,
  'id' | 'publicKey' | 'counter' | 'transports' | 'aaguid' | 'deviceType' | 'backedUp'
>

/** Verified registration, or null when any check fails. */
export async function verifyRegistration(
  response: RegistrationResponse,
  expectedChallenge: string,
): Promise<NewCredential | null> {
  if (fromCrossOriginFrame(response.response.clientDataJSON)) return null
  try {
    const { verified, registrationInfo } = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: backendConfig().origin,
      expectedRPID: backendConfig().rpId,
      requireUserVerification: true,
    })
    if (!verified) return null
    return {
      id: registrationInfo.credential.id,
      publicKey: isoBase64URL.fromBuffer(registrationInfo.credential.publicKey),
      counter: registrationInfo.credential.counter,
      transports: knownTransports(response.response.transports),
      aaguid: registrationInfo.aaguid,
      deviceType: registrationInfo.credentialDeviceType,
      backedUp: registrationInfo.credentialBackedUp,
    }
  } catch {
    return null
  }
}

/** The new sign counter when the assertion verifies, else null. */
export async function verifyAuthentication(
  response: AuthenticationResponse,
  expectedChallenge: string,
  credential: Credential,
): Promise<{ newCounter: number } | null> {
  if (fromCrossOriginFrame(response.response.clientDataJSON)) return null
  try {
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: backendConfig().origin,
      expectedRPID: backendConfig().rpId,
      credential: {
        id: credential.id,
        publicKey: isoBase64URL.toBuffer(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports,
      },
      requireUserVerification: true,
    })
    return verified ? { newCounter: authenticationInfo.newCounter } : null
  } catch {
    return null
  }
}
