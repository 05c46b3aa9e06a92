/** The session: who is signed in, and signing out. */
import { db } from '../db/store'
import { toUser } from './dto'
import { authenticate, route } from './route'

export const sessionHandlers = [
  route('session', async ({ request }) => {
    const caller = await authenticate(request, ['session'])
    const expiresAt = await db.read(
      (data) => data.sessions.find((s) => s.token === caller.token)?.expiresAt ?? 0,
    )
    return { user: toUser(caller.account), expiresAt: new Date(expiresAt).toISOString() }
  }),

  route('logout', async ({ request }) => {
    const caller = await authenticate(request, ['session'])
    await db.transact((data) => {
      data.sessions = data.sessions.filter((s) => s.token !== caller.token)
    })
    return { ok: true as const }
  }),
]
