/**
 * Which of the account's passkeys live on this device: the credential ids this browser made or
 * used with its own (platform) authenticator, so the dashboard can mark "This device". No API can
 * tell; the browser reports the attachment of each ceremony. Ids only, in localStorage; best
 * effort, as storage may be blocked (then only the badge is lost).
 */
import { readJson, writeItem } from '../storage/web-storage'

const KEY = 'passkey-login:passkeys-here'

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []

export function passkeysHere(): string[] {
  return readJson('local', KEY, idsOf) ?? []
}

function write(ids: string[]): void {
  writeItem('local', KEY, JSON.stringify(ids))
}

/** After a ceremony this device's authenticator answered ('platform'); a phone's is not here. */
export function rememberPasskeyHere(credential: {
  id: string
  authenticatorAttachment?: 'platform' | 'cross-platform' | undefined
}): void {
  if (credential.authenticatorAttachment !== 'platform') return
  const ids = passkeysHere()
  if (!ids.includes(credential.id)) write([...ids, credential.id])
}

export function forgetPasskeyHere(id: string): void {
  write(passkeysHere().filter((known) => known !== id))
}
