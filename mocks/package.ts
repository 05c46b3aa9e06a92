/**
 * `passkey-login/msw`: the fake backend, for a host's own tests and Storybook. It is the same
 * backend the demo runs: it verifies real WebAuthn, enforces the rules of the conformance suite,
 * and keeps its data in a store you can seed, reset and persist.
 *
 *   import { setupServer } from 'msw/node'            // or setupWorker from 'msw/browser'
 *   import { configureBackend, handlers } from 'passkey-login/msw'
 *   configureBackend({ rpId: 'localhost', origin: 'http://localhost:5173' })
 *   const server = setupServer(...handlers)
 *
 * The host brings its own server or worker (`msw/node` or `msw/browser`): msw is a peer.
 */
export { handlers } from './handlers/index'
export { failOnce } from './handlers/route'
export { FakeDb, db, localStoragePersistence, memoryPersistence } from './db/store'
export type { Persistence } from './db/store'
export { DEMO_PASSWORD, demoAccounts } from './db/seed'
export type { DemoAccount } from './db/seed'
export {
  OWASP_PBKDF2_SHA256_ITERATIONS,
  advanceClock,
  backendConfig,
  configureBackend,
  resetClock,
} from './config'
export type { BackendConfig } from './config'
export { SOFT_AUTHENTICATOR_AAGUID, SoftAuthenticator } from './soft-authenticator'
export type { CeremonyOverrides, HeldCredential } from './soft-authenticator'
export { installFakeWebAuthn } from './fake-webauthn'
export type { PromptFailure } from './fake-webauthn'
// The test endpoints (inbox, failure switches, clock): a typed client for them.
export { devApiClient } from '../src/api/dev-client'
export { devEndpoints, failureKindSchema } from '../src/api/dev-contract'
export type { DevEndpoints, FailureKind, InboxMessage, Scenario } from '../src/api/dev-contract'
