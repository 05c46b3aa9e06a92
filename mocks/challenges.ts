/**
 * Passkey sign-in challenges for callers nobody knows yet (identify, passkey/options) are signed,
 * not stored: asking for them costs the backend no memory, however often anyone asks. A challenge
 * carries its own expiry and the account it was issued for, under an HMAC of the server's secret:
 *
 *   16 random bytes | expiry (8 bytes, ms) | account id length (1 byte) | account id | HMAC (32)
 *
 * Single use is kept by remembering the ones already answered (`usedChallenges`), which grows
 * only with successful sign-ins and is purged when they expire.
 */
import { isoBase64URL } from '@simplewebauthn/server/helpers'
import { equalInConstantTime, hmac, randomBytes } from './crypto'

const NONCE = 16
const MAC = 32

export interface SignedChallenge {
  accountId: string | null
  expiresAt: number
}

export async function signChallenge(
  secret: string,
  { accountId, expiresAt }: SignedChallenge,
): Promise<string> {
  const account = new TextEncoder().encode(accountId ?? '')
  if (account.length > 255) throw new Error('account id too long for a challenge')
  const body = new Uint8Array(NONCE + 8 + 1 + account.length)
  body.set(randomBytes(NONCE), 0)
  new DataView(body.buffer).setBigUint64(NONCE, BigInt(expiresAt))
  body[NONCE + 8] = account.length
  body.set(account, NONCE + 9)
  const mac = await hmac(secret, body)
  const challenge = new Uint8Array(body.length + MAC)
  challenge.set(body, 0)
  challenge.set(mac, body.length)
  return isoBase64URL.fromBuffer(challenge)
}

/** What a challenge this server signed says, or null for anything else (forged, damaged). */
export async function openChallenge(
  secret: string,
  challenge: string,
): Promise<SignedChallenge | null> {
  let bytes: Uint8Array<ArrayBuffer>
  try {
    bytes = isoBase64URL.toBuffer(challenge)
  } catch {
    return null
  }
  if (bytes.length < NONCE + 9 + MAC) return null
  const body = bytes.slice(0, bytes.length - MAC)
  const mac = bytes.slice(bytes.length - MAC)
  if (!equalInConstantTime(await hmac(secret, body), mac)) return null
  const length = body[NONCE + 8] ?? 0
  if (body.length !== NONCE + 9 + length) return null
  const accountId = new TextDecoder().decode(body.slice(NONCE + 9))
  return {
    accountId: accountId === '' ? null : accountId,
    expiresAt: Number(new DataView(body.buffer).getBigUint64(NONCE)),
  }
}
