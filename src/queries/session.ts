/**
 * The signed-in session as TanStack Query units. Keys go from general to specific, so
 * `['session']` reaches every session query at once (to remove them all on sign-out).
 */
import { mutationOptions, queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/client'
import type { ApiClient } from '../api/http'

export const sessionKeys = {
  all: ['session'] as const,
  detail: (token: string) => [...sessionKeys.all, token] as const,
  logout: () => [...sessionKeys.all, 'logout'] as const,
  logoutEverywhere: () => [...sessionKeys.all, 'logoutEverywhere'] as const,
}

/** `GET /api/session`: who holds `token`, and until when. */
export function sessionQuery(token: string, api: ApiClient = apiClient) {
  return queryOptions({
    queryKey: sessionKeys.detail(token),
    queryFn: ({ signal }) => api.call('session', { token, signal }),
  })
}

/** `POST /api/session/logout`: ends the session that `token` names. */
export function logoutMutation(token: string, api: ApiClient = apiClient) {
  return mutationOptions({
    mutationKey: sessionKeys.logout(),
    mutationFn: () => api.call('logout', { token }),
  })
}

/** `POST /api/session/logout-everywhere`: ends every session of the account `token` signs in. */
export function logoutEverywhereMutation(token: string, api: ApiClient = apiClient) {
  return mutationOptions({
    mutationKey: sessionKeys.logoutEverywhere(),
    mutationFn: ({ renewedToken }: LogoutEverywhereVariables = {}) =>
      api.call('logoutEverywhere', { token: renewedToken ?? token }),
  })
}

export interface LogoutEverywhereVariables {
  /** A session renewed by "Confirm it's you" since this mutation was set up. */
  renewedToken?: string
}
