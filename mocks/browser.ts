/**
 * The fake backend in the page (demo builds only; `src/main.tsx` loads this file with a dynamic
 * import, so production bundles never contain it). Data persists in localStorage.
 */
import { setupWorker } from 'msw/browser'
import { db, localStoragePersistence } from './db/store'
import { handlers } from './handlers/index'

export const worker = setupWorker(...handlers)

export async function startFakeBackend(): Promise<void> {
  db.usePersistence(localStoragePersistence())
  await worker.start({
    // Only /api is ours; assets and the dev server's own requests pass through silently.
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
}
