/** One-time codes: send (with resend cooldown) and verify (TTL, limited attempts). */
import { randomDigits, randomToken } from '../crypto'
import {
  CODE_LENGTH,
  CODE_MAX_ATTEMPTS,
  CODE_RESEND_COOLDOWN_MS,
  CODE_TTL_MS,
  accountById,
  createSession,
  endPendingLogin,
} from '../db/records'
import { db } from '../db/store'
import { channelsOf, toSession } from './dto'
import { authenticate, fail, route } from './route'

const seconds = (ms: number) => Math.ceil(ms / 1000)

export const otpHandlers = [
  route('otpSend', async ({ request, body }) => {
    const caller = await authenticate(request, ['pendingLogin'])
    const { account } = caller
    const to = body.channel === 'email' ? account.email : account.phone
    const destination = channelsOf(account).find((c) => c.channel === body.channel)?.destination
    if (!to || !destination) {
      throw fail(
        'channel_unavailable',
        `This account has no ${body.channel === 'email' ? 'email address' : 'phone number'}.`,
      )
    }

    const waitMs = await db.transact((data, now) => {
      const previous = data.codes.find((c) => c.pendingLoginToken === caller.token)
      const wait = previous ? previous.sentAt + CODE_RESEND_COOLDOWN_MS - now : 0
      if (wait > 0) return wait
      const code = randomDigits(CODE_LENGTH)
      // A new code replaces the old one, and brings a fresh set of attempts.
      data.codes = data.codes.filter((c) => c.pendingLoginToken !== caller.token)
      data.codes.push({
        pendingLoginToken: caller.token,
        channel: body.channel,
        code,
        sentAt: now,
        expiresAt: now + CODE_TTL_MS,
        attemptsLeft: CODE_MAX_ATTEMPTS,
      })
      data.inbox.push({
        id: randomToken(8),
        channel: body.channel,
        to,
        code,
        sentAt: now,
        body:
          body.channel === 'email'
            ? `Your sign-in code is ${code}. It expires in 5 minutes. If this wasn't you, you can ignore this email.`
            : `${code} is your sign-in code. It expires in 5 minutes.`,
      })
      return 0
    })
    if (waitMs > 0) {
      throw fail('resend_cooldown', 'Please wait a moment before asking for another code.', {
        retryAfterSeconds: seconds(waitMs),
      })
    }
    return {
      channel: body.channel,
      destination,
      codeLength: CODE_LENGTH,
      expiresInSeconds: seconds(CODE_TTL_MS),
      resendAfterSeconds: seconds(CODE_RESEND_COOLDOWN_MS),
    }
  }),

  route('otpVerify', async ({ request, body }) => {
    const caller = await authenticate(request, ['pendingLogin'])
    const outcome = await db.transact((data, now) => {
      const record = data.codes.find((c) => c.pendingLoginToken === caller.token)
      if (!record || record.expiresAt <= now) return { kind: 'expired' as const }
      if (record.attemptsLeft <= 0) return { kind: 'exhausted' as const }
      if (record.code !== body.code) {
        record.attemptsLeft -= 1
        return record.attemptsLeft > 0
          ? { kind: 'wrong' as const, attemptsLeft: record.attemptsLeft }
          : { kind: 'exhausted' as const }
      }
      // The login is complete: passkeys created during it become usable, and it ends.
      endPendingLogin(data, caller.token, true)
      const session = createSession(data, caller.account.id, now)
      return {
        kind: 'ok' as const,
        session: toSession(session, accountById(data, caller.account.id)),
      }
    })
    switch (outcome.kind) {
      case 'expired':
        throw fail('code_expired', 'That code has expired. Request a new one.')
      case 'exhausted':
        throw fail('too_many_attempts', 'Too many wrong codes. Request a new code to try again.')
      case 'wrong':
        throw fail('code_invalid', 'That code is not right.', {
          attemptsLeft: outcome.attemptsLeft,
        })
      case 'ok':
        return outcome.session
    }
  }),
]
