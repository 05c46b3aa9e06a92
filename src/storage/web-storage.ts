/**
 * Web Storage that never throws. Browsers block it (privacy settings, sandboxed frames, Safari's
 * private mode once), fill it, or hand back what someone else wrote; none of that may break a
 * sign-in. Everything the app keeps (the session, the last account, a flow in progress, which
 * passkeys live here) goes through here. Imports nothing of ours, so every layer may use it.
 */

export type StorageArea = 'local' | 'session'

/** The browser's storage, or null where there is none or it is blocked. */
export function webStorage(area: StorageArea): Storage | null {
  try {
    const storage = area === 'local' ? globalThis.localStorage : globalThis.sessionStorage
    return typeof storage === 'undefined' ? null : storage
  } catch {
    return null // SecurityError: storage blocked for this origin
  }
}

/** The stored text, or null when there is none or it cannot be read. */
export function readItem(area: StorageArea, key: string): string | null {
  try {
    return webStorage(area)?.getItem(key) ?? null
  } catch {
    return null
  }
}

/** Stores the text (null removes it). False when it could not be kept (blocked or full). */
export function writeItem(area: StorageArea, key: string, value: string | null): boolean {
  const storage = webStorage(area)
  if (!storage) return false
  try {
    if (value === null) storage.removeItem(key)
    else storage.setItem(key, value)
    return true
  } catch {
    return false // QuotaExceededError, or blocked after all
  }
}

/** Stored JSON through `parse`, which returns null for a value of the wrong shape. */
export function readJson<T>(
  area: StorageArea,
  key: string,
  parse: (value: unknown) => T | null,
): T | null {
  const text = readItem(area, key)
  if (text === null) return null
  try {
    return parse(JSON.parse(text))
  } catch {
    return null // not JSON: someone else's value, or a damaged one
  }
}
