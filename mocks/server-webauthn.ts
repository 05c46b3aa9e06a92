/**
 * WebAuthn for the fake backend, with @simplewebauthn/server doing every check that matters:
 * challenge, origin, RP ID, user verification, signature and sign counter. It runs on WebCrypto
 * alone, so the same verification happens in Node tests and inside the demo page.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server'
import { isoBase64URL } from '@simplewebauthn/server/helpers'
import {
  creationOptionsSchema,
  requestOptionsSchema,
  transportSchema,
  type AuthenticationResponse,
  type RegistrationResponse,
  type Transport,
} from '../src/api/contract'
import type { Account, Credential } from './db/schema'

/** Challenges (and so the ceremonies they start) live five minutes. */
export const CHALLENGE_TTL_MS = 5 * 60 * 1000
const CEREMONY_TIMEOUT_MS = 2 * 60 * 1000
const RP_NAME = 'Passkey Login Demo'

export interface RelyingParty {
  rpID: string
  origin: string
}

/** The relying party is the page's own origin: requests to /api are same-origin. */
export function relyingPartyOf(request: Request): RelyingParty {
  const url = new URL(request.url)
  return { rpID: url.hostname, origin: url.origin }
}

const descriptor = (credential: Credential) => ({
  id: credential.id,
  transports: credential.transports,
})

// The library types `type` as string; parsing with the contract narrows it to 'public-key' and
// proves the options we hand out are exactly what the contract promises.
export async function authenticationOptions(rp: RelyingParty, allow: readonly Credential[]) {
  const options = await generateAuthenticationOptions({
    rpID: rp.rpID,
    allowCredentials: allow.map(descriptor),
    userVerification: 'required',
    timeout: CEREMONY_TIMEOUT_MS,
  })
  return requestOptionsSchema.parse(options)
}

export async function registrationOptions(
  rp: RelyingParty,
  account: Account,
  exclude: readonly Credential[],
) {
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.rpID,
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
  rp: RelyingParty,
  response: RegistrationResponse,
  expectedChallenge: string,
): Promise<NewCredential | null> {
  try {
    const { verified, registrationInfo } = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
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
  rp: RelyingParty,
  response: AuthenticationResponse,
  expectedChallenge: string,
  credential: Credential,
): Promise<{ newCounter: number } | null> {
  try {
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.rpID,
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
