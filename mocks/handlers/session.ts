/** The session: who is signed in, signing out here or everywhere. */
import { db } from '../db/store'
import { requireConfirmation } from './confirmation'
import { toUser } from './dto'
import { authenticate, route } from './route'

export const sessionHandlers = [
  route('session', async ({ request }) => {
    const caller = await authenticate(request, ['session'])
    return {
      user: toUser(caller.account),
      expiresAt: new Date(caller.session.expiresAt).toISOString(),
    }
  }),

  route('logout', async ({ request }) => {
    const caller = await authenticate(request, ['session'])
    await db.transact((data) => {
      data.sessions = data.sessions.filter((s) => s.token !== caller.token)
    })
    return { ok: true as const }
  }),

  // A stolen token dies here, with every other session of the account. It must not be the one
  // that signs its owner out of every device, so this too needs a recent sign-in or a step-up.
  route('logoutEverywhere', async ({ request }) => {
    const caller = await authenticate(request, ['session'])
    await db.transact((data, now) => {
      requireConfirmation(data, caller, 'sessions.revoke', now)
      data.sessions = data.sessions.filter((s) => s.accountId !== caller.account.id)
    })
    return { ok: true as const }
  }),
]
