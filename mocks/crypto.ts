/** Randomness and password hashing for the fake backend, on WebCrypto only (browser and Node). */
import { isoBase64URL } from '@simplewebauthn/server/helpers'

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length))
}

/** An unguessable opaque token (sessions, pending logins, ids). */
export function randomToken(bytes = 32): string {
  return isoBase64URL.fromBuffer(randomBytes(bytes))
}

/** A uniformly random numeric code (rejection sampling, so no digit is favoured). */
export function randomDigits(length: number): string {
  const range = 10 ** length
  const limit = Math.floor(0x1_0000_0000 / range) * range
  for (;;) {
    const [value = 0] = crypto.getRandomValues(new Uint32Array(1))
    if (value < limit) return String(value % range).padStart(length, '0')
  }
}

export interface PasswordHash {
  salt: string
  hash: string
  iterations: number
}

const PBKDF2_ITERATIONS = 100_000

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  )
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  )
  return new Uint8Array(bits)
}

/** A salted PBKDF2-SHA-256 hash; the parameters travel with it so they can be raised later. */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16)
  const hash = await derive(password, salt, PBKDF2_ITERATIONS)
  return {
    salt: isoBase64URL.fromBuffer(salt),
    hash: isoBase64URL.fromBuffer(hash),
    iterations: PBKDF2_ITERATIONS,
  }
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const salt = isoBase64URL.toBuffer(stored.salt)
  const actual = await derive(password, salt, stored.iterations)
  const expected = isoBase64URL.toBuffer(stored.hash)
  // Compare every byte so the time taken does not reveal how much matched.
  let difference = actual.length ^ expected.length
  for (let i = 0; i < actual.length; i++) difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0)
  return difference === 0
}
