/**
 * The account's passkeys as TanStack Query units: the list, rename and delete. Keys go from
 * general to specific, so invalidating `['passkeys']` refreshes every list after a change.
 */
import { mutationOptions, queryOptions } from '@tanstack/react-query'
import { apiClient } from '../api/client'
import type { ApiClient } from '../api/http'
import type { Passkey } from '../api/contract'

export const passkeyKeys = {
  all: ['passkeys'] as const,
  lists: () => [...passkeyKeys.all, 'list'] as const,
  list: (token: string) => [...passkeyKeys.lists(), token] as const,
  rename: () => [...passkeyKeys.all, 'rename'] as const,
  remove: () => [...passkeyKeys.all, 'delete'] as const,
}

/** What every passkey mutation takes, so pending ones can be told apart by passkey. */
export interface PasskeyTarget {
  id: string
}

export interface RenamePasskeyVariables extends PasskeyTarget {
  name: string
}

/** `GET /api/passkeys`: the passkeys of the account that `token` is signed in to. */
export function passkeysQuery(token: string, api: ApiClient = apiClient) {
  return queryOptions({
    queryKey: passkeyKeys.list(token),
    queryFn: async ({ signal }): Promise<Passkey[]> =>
      (await api.call('passkeyList', { token, signal })).passkeys,
  })
}

/** `PATCH /api/passkeys/:id`: answers the renamed passkey. */
export function renamePasskeyMutation(token: string, api: ApiClient = apiClient) {
  return mutationOptions({
    mutationKey: passkeyKeys.rename(),
    mutationFn: async ({ id, name }: RenamePasskeyVariables): Promise<Passkey> =>
      (await api.call('passkeyRename', { token, params: { id }, body: { name } })).passkey,
  })
}

/** `DELETE /api/passkeys/:id`: answers the passkeys that remain. */
export function deletePasskeyMutation(token: string, api: ApiClient = apiClient) {
  return mutationOptions({
    mutationKey: passkeyKeys.remove(),
    mutationFn: async ({ id, renewedToken }: DeletePasskeyVariables): Promise<Passkey[]> =>
      (await api.call('passkeyDelete', { token: renewedToken ?? token, params: { id } })).passkeys,
  })
}

export interface DeletePasskeyVariables extends PasskeyTarget {
  /** A session renewed by "Confirm it's you" since this mutation was set up. */
  renewedToken?: string
}

/** Narrows a pending mutation's variables to the passkey it targets. */
export function isPasskeyTarget(variables: unknown): variables is PasskeyTarget {
  return (
    typeof variables === 'object' &&
    variables !== null &&
    'id' in variables &&
    typeof variables.id === 'string'
  )
}
