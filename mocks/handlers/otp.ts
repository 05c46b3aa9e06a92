/** The login's code step: send a code for the pending login, verify it into a session. */
import { accountById, createSession, endPendingLogin } from '../db/records'
import { checkCode, sendCode } from './codes'
import { toSession } from './dto'
import { authenticate, route } from './route'

export const otpHandlers = [
  route('otpSend', async ({ request, body }) => {
    const caller = await authenticate(request, ['pendingLogin'])
    return sendCode(caller.token, caller.account, body.channel)
  }),

  route('otpVerify', async ({ request, body }) => {
    const caller = await authenticate(request, ['pendingLogin'])
    return checkCode(caller.token, caller.account, body.code, (data, now) => {
      // The login is complete: passkeys made during it become usable, a skip starts its
      // snooze, and the login ends.
      endPendingLogin(data, caller.token, true, now)
      const session = createSession(data, caller.account.id, now)
      return toSession(session, accountById(data, caller.account.id))
    })
  }),
]
