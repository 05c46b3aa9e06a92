/** Every handler of the fake backend, shared by the browser worker, Node tests and Storybook. */
import { authHandlers } from './auth'
import { devHandlers } from './dev'
import { otpHandlers } from './otp'
import { passkeyHandlers } from './passkeys'
import { sessionHandlers } from './session'
import { stepUpHandlers } from './step-up'

export const handlers = [
  ...authHandlers,
  ...otpHandlers,
  ...passkeyHandlers,
  ...sessionHandlers,
  ...stepUpHandlers,
  ...devHandlers,
]
