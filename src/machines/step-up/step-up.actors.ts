/**
 * Default effects of the step-up machine: the API client's step-up endpoints, the browser's
 * WebAuthn, and the code step wired to the step-up's own code endpoints (same rules as the login).
 */
import { fromPromise } from 'xstate'
import type { AuthenticationResponse, Session } from '../../api/contract'
import { apiClient } from '../../api/client'
import type { ApiClient } from '../../api/http'
import { getPasskey } from '../../webauthn/ceremonies'
import { codeMachine } from '../code/code.machine'
import type { SendCodeInput, SendCodeOutput, VerifyCodeInput } from '../code/code.types'
import type { GetPasskeyInput } from '../login/login.machine'
import { stepUpMachine, type StepUpOptionsInput, type VerifyStepUpInput } from './step-up.machine'

export function stepUpActors(api: ApiClient = apiClient) {
  return {
    fetchStepUpOptions: fromPromise(
      ({ input, signal }: { input: StepUpOptionsInput; signal: AbortSignal }) =>
        api.call('stepUpOptions', {
          token: input.token,
          body: input.action === undefined ? {} : { action: input.action },
          signal,
        }),
    ),
    getPasskey: fromPromise<AuthenticationResponse, GetPasskeyInput>(({ input, signal }) =>
      getPasskey(input.options, { signal, conditional: input.conditional, hybrid: input.hybrid }),
    ),
    verifyStepUp: fromPromise<Session, VerifyStepUpInput>(({ input, signal }) =>
      api.call('stepUpVerify', { token: input.token, body: { response: input.response }, signal }),
    ),
    code: codeMachine.provide({
      actors: {
        sendCode: fromPromise<SendCodeOutput, SendCodeInput>(({ input, signal }) =>
          api.call('stepUpCodeSend', {
            token: input.token,
            body: { channel: input.channel },
            signal,
          }),
        ),
        verifyCode: fromPromise<Session, VerifyCodeInput>(({ input, signal }) =>
          api.call('stepUpVerify', { token: input.token, body: { code: input.code }, signal }),
        ),
      },
    }),
  }
}

/** The step-up machine with the app's API client and the browser's WebAuthn. */
export const defaultStepUpMachine = stepUpMachine.provide({ actors: stepUpActors() })
