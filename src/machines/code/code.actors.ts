/**
 * Default effects of the code machine: otp/send and otp/verify through the API client, each
 * with the actor's `signal`, so leaving `sending` or `verifying` cancels the request.
 *
 * `codeActors(api)` is the one way in (like `appendActors`): the login machine's defaults and
 * tests pass their own client; embedders keep one actor and replace the other:
 *
 *   codeMachine.provide({ actors: { ...codeActors(myApi), verifyCode: myVerify } })
 */
import { fromPromise } from 'xstate'
import { apiClient } from '../../api/client'
import type { ApiClient } from '../../api/http'
import type {
  SendCodeInput,
  SendCodeOutput,
  VerifyCodeInput,
  VerifyCodeOutput,
} from './code.machine'

export function codeActors(api: ApiClient = apiClient) {
  return {
    sendCode: fromPromise<SendCodeOutput, SendCodeInput>(({ input, signal }) =>
      api.call('otpSend', { token: input.token, body: { channel: input.channel }, signal }),
    ),
    verifyCode: fromPromise<VerifyCodeOutput, VerifyCodeInput>(({ input, signal }) =>
      api.call('otpVerify', { token: input.token, body: { code: input.code }, signal }),
    ),
  }
}
