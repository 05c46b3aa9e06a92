/**
 * A software authenticator: real P-256 keys from WebCrypto, real `none` attestations and signed
 * assertions, in the W3C JSON forms. It stands in for the OS prompt in Node tests and Storybook
 * flows, and can misbehave on request (wrong origin, wrong RP ID, no user verification, a
 * rewound counter) so tests can prove the backend refuses each.
 */
import { isoBase64URL, isoCBOR, isoUint8Array } from '@simplewebauthn/server/helpers'
import type {
  AuthenticationResponse,
  CreationOptionsJSON,
  RegistrationResponse,
  RequestOptionsJSON,
} from '../src/api/contract'

type Bytes = Uint8Array<ArrayBuffer>

export interface HeldCredential {
  id: string
  rpId: string
  userHandle: string
  keyPair: CryptoKeyPair
  /** COSE-encoded public key, base64url: what a backend stores. */
  publicKey: string
  counter: number
}

/** Ways to make one ceremony misbehave. */
export interface CeremonyOverrides {
  origin?: string
  /** The RP ID hashed into authenticatorData. */
  rpId?: string
  userVerified?: boolean
  /** Sign with this counter instead of the next one. */
  counter?: number
  /** Report the ceremony as run inside a frame of another site (`crossOrigin: true`). */
  crossOrigin?: boolean
}

const FLAG_UP = 0x01
const FLAG_UV = 0x04
const FLAG_BE = 0x08
const FLAG_BS = 0x10
const FLAG_AT = 0x40

/** "Soft authenticator" in the demo's passkey list; any 16 bytes will do. */
export const SOFT_AUTHENTICATOR_AAGUID = '5d3a7c1e-9b2f-4e6a-8c0d-1f2e3a4b5c6d'

const bytes = (value: ArrayBuffer | Uint8Array): Bytes => new Uint8Array(value)
const sha256 = async (data: Uint8Array) => bytes(await crypto.subtle.digest('SHA-256', bytes(data)))
const utf8 = (text: string) => bytes(new TextEncoder().encode(text))
const b64 = (data: Uint8Array) => isoBase64URL.fromBuffer(bytes(data))

function uint32(value: number): Bytes {
  const out = new Uint8Array(4)
  new DataView(out.buffer).setUint32(0, value)
  return out
}

function aaguidBytes(aaguid: string): Bytes {
  return isoUint8Array.fromHex(aaguid.replace(/-/g, ''))
}

/** WebCrypto signs ECDSA as r‖s; WebAuthn wants ASN.1 DER. */
function derSignature(raw: Bytes): Bytes {
  const integer = (part: Bytes) => {
    let start = 0
    while (start < part.length - 1 && part[start] === 0) start++
    const trimmed = part.slice(start)
    const padded =
      (trimmed[0] ?? 0) & 0x80 ? isoUint8Array.concat([new Uint8Array([0]), trimmed]) : trimmed
    return isoUint8Array.concat([new Uint8Array([0x02, padded.length]), padded])
  }
  const body = isoUint8Array.concat([integer(raw.slice(0, 32)), integer(raw.slice(32))])
  return isoUint8Array.concat([new Uint8Array([0x30, body.length]), body])
}

function clientData(
  type: 'webauthn.create' | 'webauthn.get',
  challenge: string,
  origin: string,
  crossOrigin = false,
) {
  return utf8(JSON.stringify({ type, challenge, origin, crossOrigin }))
}

/** What every PublicKeyCredential JSON from a platform authenticator carries besides its response. */
function credentialEnvelope(id: string) {
  return {
    id,
    rawId: id,
    type: 'public-key' as const,
    authenticatorAttachment: 'platform' as const,
    clientExtensionResults: {},
  }
}

function domException(name: string, message: string): Error {
  return new DOMException(message, name)
}

export class SoftAuthenticator {
  readonly credentials: HeldCredential[] = []

  /**
   * @param origin the page origin it believes it is on (what the browser would report)
   * @param aaguid its model id, embedded in attestations
   * @param defaultRpId the RP ID when the options name none (the origin's host, as browsers do)
   */
  constructor(
    readonly origin: string,
    readonly aaguid: string = SOFT_AUTHENTICATOR_AAGUID,
    private readonly defaultRpId: string = new URL(origin).hostname,
  ) {}

  get rpId(): string {
    return this.defaultRpId
  }

  /** navigator.credentials.create(), as @simplewebauthn/browser's startRegistration returns it. */
  async register(
    options: CreationOptionsJSON,
    overrides: CeremonyOverrides = {},
  ): Promise<RegistrationResponse> {
    const rpId = overrides.rpId ?? options.rp.id ?? this.rpId
    const excluded = new Set(options.excludeCredentials?.map((c) => c.id))
    if (this.credentials.some((c) => c.rpId === rpId && excluded.has(c.id))) {
      throw domException('InvalidStateError', 'The authenticator was previously registered.')
    }

    const keyPair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ])
    const raw = bytes(await crypto.subtle.exportKey('raw', keyPair.publicKey))
    const cose = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, raw.slice(1, 33)],
        [-3, raw.slice(33, 65)],
      ]),
    )
    const credentialId = crypto.getRandomValues(new Uint8Array(32))
    const credential: HeldCredential = {
      id: b64(credentialId),
      rpId,
      userHandle: options.user.id,
      keyPair,
      publicKey: b64(cose),
      counter: 0,
    }

    const flags =
      FLAG_UP | FLAG_AT | FLAG_BE | FLAG_BS | (overrides.userVerified === false ? 0 : FLAG_UV)
    const authData = isoUint8Array.concat([
      await sha256(utf8(rpId)),
      new Uint8Array([flags]),
      uint32(0),
      aaguidBytes(this.aaguid),
      new Uint8Array([0, credentialId.length]),
      credentialId,
      cose,
    ])
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', authData],
      ]),
    )
    this.credentials.push(credential)
    return {
      ...credentialEnvelope(credential.id),
      response: {
        clientDataJSON: b64(
          clientData(
            'webauthn.create',
            options.challenge,
            overrides.origin ?? this.origin,
            overrides.crossOrigin,
          ),
        ),
        attestationObject: b64(attestationObject),
        transports: ['internal', 'hybrid'],
      },
    }
  }

  /** navigator.credentials.get(), as startAuthentication returns it. */
  async authenticate(
    options: RequestOptionsJSON,
    overrides: CeremonyOverrides = {},
  ): Promise<AuthenticationResponse> {
    const rpId = options.rpId ?? this.rpId
    const allowed = options.allowCredentials?.map((c) => c.id) ?? []
    const credential = this.credentials.find(
      (c) => c.rpId === rpId && (allowed.length === 0 || allowed.includes(c.id)),
    )
    if (!credential) {
      throw domException('NotAllowedError', 'No passkey for this site on this authenticator.')
    }
    credential.counter = overrides.counter ?? credential.counter + 1

    const flags = FLAG_UP | FLAG_BE | FLAG_BS | (overrides.userVerified === false ? 0 : FLAG_UV)
    const authData = isoUint8Array.concat([
      await sha256(utf8(overrides.rpId ?? rpId)),
      new Uint8Array([flags]),
      uint32(credential.counter),
    ])
    const clientDataJSON = clientData(
      'webauthn.get',
      options.challenge,
      overrides.origin ?? this.origin,
      overrides.crossOrigin,
    )
    const signed = isoUint8Array.concat([authData, await sha256(clientDataJSON)])
    const signature = bytes(
      await crypto.subtle.sign(
        { name: 'ECDSA', hash: 'SHA-256' },
        credential.keyPair.privateKey,
        signed,
      ),
    )
    return {
      ...credentialEnvelope(credential.id),
      response: {
        clientDataJSON: b64(clientDataJSON),
        authenticatorData: b64(authData),
        signature: b64(derSignature(signature)),
        userHandle: credential.userHandle,
      },
    }
  }

  /** Forget a credential, as when the user deletes it from their password manager. */
  forget(id: string): void {
    const index = this.credentials.findIndex((c) => c.id === id)
    if (index !== -1) this.credentials.splice(index, 1)
  }
}
