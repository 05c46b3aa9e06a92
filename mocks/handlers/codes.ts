/**
 * One-time codes, for the login's code step and for a step-up alike: the same rules for both.
 *
 * - A code is 6 digits, lives 5 minutes, and is stored as a keyed hash bound to what it unlocks.
 * - What it unlocks (a pending login, a session's step-up) gets 5 tries in all: a resend brings
 *   a new code, not new tries.
 * - The account has a budget, whatever the login: 10 wrong codes and 5 sends per channel an
 *   hour. Past it the code step answers `code_rate_limited` with the time to wait, and the
 *   account's own inbox is told once, so the owner learns someone is trying.
 * - A resend waits 30 seconds.
 */
import { codeHash, codeMatches, randomDigits, randomToken } from '../crypto'
import {
  CODE_LENGTH,
  CODE_MAX_ATTEMPTS,
  CODE_RESEND_COOLDOWN_MS,
  CODE_TTL_MS,
  accountById,
  codeFailuresBlockFor,
  codeSendsBlockFor,
  notifyOwner,
  recordCodeFailure,
  recordCodeSend,
} from '../db/records'
import type { Account, DbData } from '../db/schema'
import { db } from '../db/store'
import { channelsOf } from './dto'
import { fail } from './route'

const seconds = (ms: number) => Math.ceil(ms / 1000)

function rateLimited(ms: number) {
  return fail(
    'code_rate_limited',
    'Too many codes were asked for or tried on this account. Try again later.',
    { retryAfterSeconds: seconds(ms) },
  )
}

function tooManyAttempts() {
  return fail('too_many_attempts', 'Too many wrong codes. Start again to get a new code.')
}

/** Tells the account's owner, once per block, that its code step is blocked. */
function noticeBlocked(data: DbData, account: Account, now: number, blockedMs: number): void {
  if (account.codeBlockNoticeAt !== null && now - account.codeBlockNoticeAt < blockedMs) return
  account.codeBlockNoticeAt = now
  notifyOwner(
    data,
    account,
    "Someone asked for or tried too many sign-in codes for your account, so we paused codes for a while. If this wasn't you, change your password.",
    now,
  )
}

/** Sends a code for `boundTo` (a pending-login or session token) to one of the account's channels. */
export async function sendCode(boundTo: string, account: Account, channel: 'email' | 'sms') {
  const to = channel === 'email' ? account.email : account.phone
  const destination = channelsOf(account).find((c) => c.channel === channel)?.destination
  if (!to || !destination) {
    throw fail(
      'channel_unavailable',
      `This account has no ${channel === 'email' ? 'email address' : 'phone number'}.`,
    )
  }
  const secret = await db.read((data) => data.secret)
  const code = randomDigits(CODE_LENGTH)
  const hash = await codeHash(secret, boundTo, code)

  const outcome = await db.transact((data, now) => {
    const stored = accountById(data, account.id)
    const blocked = Math.max(
      codeSendsBlockFor(stored, channel, now),
      codeFailuresBlockFor(stored, now),
    )
    if (blocked > 0) {
      noticeBlocked(data, stored, now, blocked)
      return { kind: 'limited' as const, ms: blocked }
    }
    const previous = data.codes.find((c) => c.boundTo === boundTo)
    // Out of tries: a new code would bring none, so none is sent; the login starts again.
    if (previous && previous.attemptsLeft <= 0) return { kind: 'exhausted' as const }
    const wait = previous ? previous.sentAt + CODE_RESEND_COOLDOWN_MS - now : 0
    if (wait > 0) return { kind: 'cooldown' as const, ms: wait }
    // A new code replaces the old one; the tries left carry over.
    data.codes = data.codes.filter((c) => c.boundTo !== boundTo)
    data.codes.push({
      boundTo,
      accountId: stored.id,
      channel,
      codeHash: hash,
      sentAt: now,
      expiresAt: now + CODE_TTL_MS,
      attemptsLeft: previous?.attemptsLeft ?? CODE_MAX_ATTEMPTS,
    })
    recordCodeSend(stored, channel, now)
    data.inbox.push({
      id: randomToken(8),
      channel,
      to,
      code,
      sentAt: now,
      body:
        channel === 'email'
          ? `Your sign-in code is ${code}. It expires in 5 minutes. If this wasn't you, you can ignore this email.`
          : `${code} is your sign-in code. It expires in 5 minutes.`,
    })
    return { kind: 'sent' as const }
  })
  if (outcome.kind === 'limited') throw rateLimited(outcome.ms)
  if (outcome.kind === 'exhausted') throw tooManyAttempts()
  if (outcome.kind === 'cooldown') {
    throw fail('resend_cooldown', 'Please wait a moment before asking for another code.', {
      retryAfterSeconds: seconds(outcome.ms),
    })
  }
  return {
    channel,
    destination,
    codeLength: CODE_LENGTH,
    expiresInSeconds: seconds(CODE_TTL_MS),
    resendAfterSeconds: seconds(CODE_RESEND_COOLDOWN_MS),
  }
}

/**
 * Checks a code for `boundTo`; on success runs `onVerified` in the same write (the login ends,
 * a session starts) and answers its result. Every failure answers with the contract's error.
 */
export async function checkCode<T>(
  boundTo: string,
  account: Account,
  code: string,
  onVerified: (data: DbData, now: number) => T,
): Promise<T> {
  const { secret, record, blocked } = await db.read((data, now) => ({
    secret: data.secret,
    record: data.codes.find((c) => c.boundTo === boundTo),
    blocked: codeFailuresBlockFor(accountById(data, account.id), now),
  }))
  if (blocked > 0) throw rateLimited(blocked)
  // Hashed outside the write (WebCrypto is async); compared in constant time.
  const right = record ? await codeMatches(secret, boundTo, code, record.codeHash) : false

  const outcome = await db.transact((data, now) => {
    const stored = accountById(data, account.id)
    const current = data.codes.find((c) => c.boundTo === boundTo)
    // The budget and the tries are checked again inside the write: guesses sent all at once
    // each take one try, in turn.
    const blockedNow = codeFailuresBlockFor(stored, now)
    if (blockedNow > 0) return { kind: 'limited' as const, ms: blockedNow }
    if (!current || current.codeHash !== record?.codeHash || current.expiresAt <= now) {
      return { kind: 'expired' as const }
    }
    if (current.attemptsLeft <= 0) return { kind: 'exhausted' as const }
    if (!right) {
      current.attemptsLeft -= 1
      recordCodeFailure(stored, now)
      const blockedAfter = codeFailuresBlockFor(stored, now)
      if (blockedAfter > 0) noticeBlocked(data, stored, now, blockedAfter)
      return current.attemptsLeft > 0
        ? { kind: 'wrong' as const, attemptsLeft: current.attemptsLeft }
        : { kind: 'exhausted' as const }
    }
    data.codes = data.codes.filter((c) => c.boundTo !== boundTo)
    return { kind: 'ok' as const, result: onVerified(data, now) }
  })
  switch (outcome.kind) {
    case 'limited':
      throw rateLimited(outcome.ms)
    case 'expired':
      throw fail('code_expired', 'That code has expired. Request a new one.')
    case 'exhausted':
      throw tooManyAttempts()
    case 'wrong':
      throw fail('code_invalid', 'That code is not right.', { attemptsLeft: outcome.attemptsLeft })
    case 'ok':
      return outcome.result
  }
}
