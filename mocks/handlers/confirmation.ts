/**
 * What a sensitive change needs beyond a session: a sign-in from the last five minutes, or a
 * step-up ("Confirm it's you") for that very action. A session alone is not enough, because a
 * stolen token must not let its thief add a passkey of their own (which would outlive a logout),
 * remove the owner's, or sign the owner out of every device.
 *
 * A step-up's grant lives on the session it answered (see `step-up.ts`): it names one action,
 * lasts five minutes, and is spent by its first use where the action says so. Another session of
 * the account, or another action, gets nothing from it.
 */
import { recentlyVerified } from '../db/records'
import type { DbData } from '../db/schema'
import { fail, type Caller } from './route'

/** The actions a step-up may confirm, and whether one confirmation is spent by its first use. */
const actions: Record<string, { singleUse: boolean }> = {
  // The registration takes two calls (options, then verify), and a retry after a cancelled prompt.
  'passkey.add': { singleUse: false },
  'passkey.delete': { singleUse: true },
  'sessions.revoke': { singleUse: true },
}

/** A host's own action (an email change, a payout): spent by its first use, to be safe. */
export function isSingleUse(action: string): boolean {
  return actions[action]?.singleUse ?? true
}

/**
 * Throws `reauth_required` unless the caller may make the change `action` now: a pending login
 * (the sign-in itself), a recent sign-in, or the session's unexpired step-up for `action`, which
 * this spends if it is single use. Call it inside the write that makes the change.
 */
export function requireConfirmation(data: DbData, caller: Caller, action: string, now: number) {
  if (caller.kind === 'pendingLogin') return
  const session = data.sessions.find((s) => s.token === caller.token)
  if (!session) throw fail('unauthorized', 'Your sign-in has expired. Please start again.')
  if (recentlyVerified(session, now)) return
  const grant = session.confirmed
  if (grant?.action === action && grant.expiresAt > now) {
    if (isSingleUse(action)) delete session.confirmed
    return
  }
  throw fail('reauth_required', 'Confirm it is you before making this change.')
}
