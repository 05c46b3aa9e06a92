/**
 * The fake backend in the page (demo builds only; `src/main.tsx` loads this file with a dynamic
 * import, so production bundles never contain it). Data persists in localStorage.
 */
import { setupWorker } from 'msw/browser'
import { configureBackend } from './config'
import { db, localStoragePersistence } from './db/store'
import { handlers } from './handlers/index'

export const worker = setupWorker(...handlers)

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): unknown
}

/**
 * The page requires Trusted Types for script sinks (its CSP), and registering a service worker
 * is one. Only MSW's own worker script is let through.
 */
function allowOnlyTheMockWorker(): void {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes
  factory?.createPolicy('default', {
    createScriptURL: (url) => {
      if (new URL(url, location.href).pathname === '/mockServiceWorker.js') return url
      throw new TypeError(`Trusted Types: refused script URL ${url}`)
    },
  })
}

export async function startFakeBackend(): Promise<void> {
  allowOnlyTheMockWorker()
  // The relying party is this page: configured once here, never read from a request.
  configureBackend({ rpId: location.hostname, origin: location.origin })
  db.usePersistence(localStoragePersistence())
  await worker.start({
    // Only /api is ours; assets and the dev server's own requests pass through silently.
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
}
