/**
 * Default effects of the append machine: the API client and the browser's WebAuthn. Embedders
 * replace any of them with `appendMachine.provide({ actors })`.
 */
import { fromPromise } from 'xstate'
import type { CreationOptionsJSON, Passkey, RegistrationResponse } from '../../api/contract'
import { apiClient } from '../../api/client'
import type { ApiClient } from '../../api/http'
import { createPasskey, preloadRegistration } from '../../webauthn/ceremonies'
import { rememberPasskeyHere } from '../../webauthn/passkeys-here'
import type {
  CreatePasskeyInput,
  FetchCreationOptionsInput,
  RecordSkipInput,
  VerifyPasskeyInput,
} from './append.machine'

export function appendActors(api: ApiClient = apiClient) {
  return {
    // The create() ceremony's code arrives with the options: "Create passkey" is only ready
    // once both are in, so its tap opens the prompt at once.
    fetchCreationOptions: fromPromise<{ options: CreationOptionsJSON }, FetchCreationOptionsInput>(
      async ({ input, signal }) => {
        const [options] = await Promise.all([
          api.call('registrationOptions', { token: input.token, signal }),
          preloadRegistration(),
        ])
        return options
      },
    ),
    createPasskey: fromPromise<RegistrationResponse, CreatePasskeyInput>(({ input, signal }) =>
      createPasskey(input.options, { signal, conditional: input.conditional }),
    ),
    verifyPasskey: fromPromise<{ passkey: Passkey; pending: boolean }, VerifyPasskeyInput>(
      async ({ input, signal }) => {
        const verified = await api.call('registrationVerify', {
          token: input.token,
          body: { response: input.response, name: input.name },
          signal,
        })
        rememberPasskeyHere(input.response)
        return verified
      },
    ),
    recordSkip: fromPromise<{ snoozedUntil: string; pending: boolean }, RecordSkipInput>(
      ({ input, signal }) =>
        api.call('appendSkip', {
          token: input.token,
          body: { reason: input.reason },
          signal,
        }),
    ),
  }
}
