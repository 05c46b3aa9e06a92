/** The demo's client for the fake backend's own endpoints (demo builds and tests only). */
import { devEndpoints } from './dev-contract'
import { createClientFor } from './http'

export const devApiClient = createClientFor(devEndpoints, {
  baseUrl: import.meta.env.VITE_API_BASE_URL ?? '',
})
