/** The app's API client: same origin by default, or `VITE_API_BASE_URL` for a separate backend. */
import { createApiClient } from './http'

export const apiClient = createApiClient({ baseUrl: import.meta.env.VITE_API_BASE_URL ?? '' })
