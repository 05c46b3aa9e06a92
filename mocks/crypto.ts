/** Randomness, hashing and signing for the fake backend, on WebCrypto only (browser and Node). */
import { isoBase64URL } from '@simplewebauthn/server/helpers'
import { backendConfig } from './config'

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length))
}

/** An unguessable opaque token (sessions, pending logins, ids, the server's secret). */
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

/** Compares every byte, so the time taken does not reveal how much matched. */
export function equalInConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0)
  return difference === 0
}

async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    isoBase64URL.toBuffer(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
}

/** HMAC-SHA-256 of `message` under the server's secret. */
export async function hmac(secret: string, message: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), message))
}

/**
 * What is stored of a one-time code: a keyed hash bound to what it unlocks, never the code. A
 * leaked store gives neither the code nor a table to look it up in (the key is the server's).
 */
export async function codeHash(secret: string, boundTo: string, code: string): Promise<string> {
  const mac = await hmac(secret, new TextEncoder().encode(`${boundTo}:${code}`))
  return isoBase64URL.fromBuffer(new Uint8Array(mac))
}

export async function codeMatches(
  secret: string,
  boundTo: string,
  code: string,
  stored: string,
): Promise<boolean> {
  const actual = isoBase64URL.toBuffer(await codeHash(secret, boundTo, code))
  return equalInConstantTime(actual, isoBase64URL.toBuffer(stored))
}

export interface PasswordHash {
  salt: string
  hash: string
  iterations: number
}

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

/**
 * A salted PBKDF2-SHA-256 hash at the configured count (OWASP's 600,000 unless a test sets
 * fewer); the parameters travel with it so they can be raised later.
 */
export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16)
  const iterations = backendConfig().passwordIterations
  const hash = await derive(password, salt, iterations)
  return {
    salt: isoBase64URL.fromBuffer(salt),
    hash: isoBase64URL.fromBuffer(hash),
    iterations,
  }
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const salt = isoBase64URL.toBuffer(stored.salt)
  const actual = await derive(password, salt, stored.iterations)
  return equalInConstantTime(actual, isoBase64URL.toBuffer(stored.hash))
}
