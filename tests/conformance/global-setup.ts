/**
 * Where the conformance suite runs: the backend at CONFORMANCE_BASE_URL (with its origin, RP ID
 * and adapter), or by default the fake backend, started here over real HTTP.
 */
import type { TestProject } from 'vitest/node'
import { startFakeBackend } from './fake-server'

export interface ConformanceConfig {
  baseUrl: string
  /** The page origin the backend accepts WebAuthn responses from. */
  origin: string
  rpId: string
  /** A module whose default export creates the adapter; '' for the fake backend's own. */
  adapter: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    conformance: ConformanceConfig
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.CONFORMANCE_BASE_URL
  const origin = process.env.CONFORMANCE_ORIGIN ?? 'http://localhost'
  const rpId = process.env.CONFORMANCE_RP_ID ?? new URL(origin).hostname
  const adapter = process.env.CONFORMANCE_ADAPTER ?? ''
  if (given) {
    project.provide('conformance', { baseUrl: given, origin, rpId, adapter })
    return
  }
  const backend = await startFakeBackend({ origin, rpId })
  project.provide('conformance', { baseUrl: backend.baseUrl, origin, rpId, adapter })
  return backend.close
}
