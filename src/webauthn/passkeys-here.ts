/**
 * Which of the account's passkeys live on this device: the credential ids this browser made or
 * used with its own (platform) authenticator, so the dashboard can mark "This device". No API can
 * tell; the browser reports the attachment of each ceremony. Ids only, in localStorage; best
 * effort, as storage may be blocked.
 */
const KEY = 'passkey-login:passkeys-here'

function read(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter((id) => typeof id === 'string') : []
  } catch {
    return [] // blocked storage or a corrupt value: nothing is known to be here
  }
}

function write(ids: string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(ids))
  } catch {
    // Not remembering only costs the badge.
  }
}

export function passkeysHere(): string[] {
  return read()
}

/** After a ceremony this device's authenticator answered ('platform'); a phone's is not here. */
export function rememberPasskeyHere(credential: {
  id: string
  authenticatorAttachment?: 'platform' | 'cross-platform' | undefined
}): void {
  if (credential.authenticatorAttachment !== 'platform') return
  const ids = read()
  if (!ids.includes(credential.id)) write([...ids, credential.id])
}

export function forgetPasskeyHere(id: string): void {
  write(read().filter((known) => known !== id))
}
