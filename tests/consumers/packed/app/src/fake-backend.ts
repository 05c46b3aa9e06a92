/**
 * The fake backend in the page (MSW's worker over `passkey-login/msw`), loaded on its own so the
 * host's sign-in bundle is what a real deployment ships.
 */
import { setupWorker } from 'msw/browser'
import { configureBackend, handlers } from 'passkey-login/msw'

export async function startFakeBackend(): Promise<void> {
  configureBackend({ rpId: location.hostname, origin: location.origin })
  await setupWorker(...handlers).start({ onUnhandledRequest: 'bypass', quiet: true })
}
