/**
 * One-time codes: how they are sent and checked, and the account's budget, which no resend and
 * no new login resets, so a password holder can neither guess the code step nor flood the user.
 */
import { describe, expect, it } from 'vitest'
import type { PendingLogin } from '../../../src/api/contract'
import {
  adapter,
  advanceClock,
  api,
  canMoveClock,
  errorCode,
  failureOf,
  latestCode,
  mfa,
  outcomeOf,
  passwordLogin,
  plain,
} from '../target'

const send = (pending: PendingLogin, channel: 'email' | 'sms' = 'email') =>
  api.call('otpSend', { token: pending.token, body: { channel } })
const verify = (pending: PendingLogin, code: string) =>
  api.call('otpVerify', { token: pending.token, body: { code } })
/** A code that is not the one sent (the suite never knows it otherwise). */
const wrongFor = (code: string) => (code === '000000' ? '111111' : '000000')

describe('a code', () => {
  it('is sent to the chosen channel, and says its length, lifetime and cooldown', async () => {
    const pending = await passwordLogin(mfa)

    const sent = await send(pending, 'sms')
    const message = (await adapter.messages(mfa)).at(-1)

    expect(sent).toMatchObject({ channel: 'sms', resendAfterSeconds: 30, expiresInSeconds: 300 })
    expect(message).toMatchObject({ channel: 'sms' })
    expect(message?.code).toMatch(new RegExp(`^\\d{${sent.codeLength}}$`))
  })

  it('refuses a channel the account does not have', async () => {
    // The adapter's plain account has email only.
    const pending = await passwordLogin(plain)

    expect(await errorCode(send(pending, 'sms'))).toBe('channel_unavailable')
  })

  it.runIf(canMoveClock)('holds a resend for 30 seconds and says how long to wait', async () => {
    const pending = await passwordLogin(plain)
    await send(pending)
    await advanceClock(10)

    const early = await failureOf(send(pending))
    await advanceClock(20)
    const onTime = await send(pending)

    expect(early).toMatchObject({
      status: 429,
      error: { code: 'resend_cooldown', retryAfterSeconds: 20 },
    })
    expect(onTime.channel).toBe('email')
  })

  it.runIf(canMoveClock)('expires after five minutes', async () => {
    const pending = await passwordLogin(plain)
    await send(pending)
    const code = await latestCode(plain)
    await advanceClock(5 * 60 + 1)

    expect(await errorCode(verify(pending, code))).toBe('code_expired')
  })

  it('allows five tries, then refuses the sixth even with the right code', async () => {
    const pending = await passwordLogin(plain)
    await send(pending)
    const code = await latestCode(plain)

    const answers = []
    for (let attempt = 1; attempt <= 5; attempt++) {
      answers.push(await failureOf(verify(pending, wrongFor(code))))
    }
    const sixth = await errorCode(verify(pending, code))

    expect(answers.slice(0, 4)).toMatchObject(
      [4, 3, 2, 1].map((left) => ({ error: { code: 'code_invalid', attemptsLeft: left } })),
    )
    expect(answers[4]).toMatchObject({ error: { code: 'too_many_attempts' } })
    expect(sixth).toBe('too_many_attempts')
  })

  it.runIf(canMoveClock)('brings no new tries with a resend: they carry over', async () => {
    const pending = await passwordLogin(plain)
    await send(pending)
    for (let attempt = 1; attempt <= 3; attempt++) {
      await errorCode(verify(pending, wrongFor(await latestCode(plain))))
    }
    await advanceClock(31)
    await send(pending)

    const next = await failureOf(verify(pending, wrongFor(await latestCode(plain))))

    expect(next).toMatchObject({ error: { code: 'code_invalid', attemptsLeft: 1 } })
  })

  it('takes one try for each of many guesses sent at once', async () => {
    const pending = await passwordLogin(plain)
    await send(pending)
    const code = await latestCode(plain)

    const answers = await Promise.all(
      Array.from({ length: 8 }, () => outcomeOf(verify(pending, wrongFor(code)))),
    )

    expect(answers.filter((answer) => answer === 'code_invalid')).toHaveLength(4)
    expect(await errorCode(verify(pending, code))).toBe('too_many_attempts')
  })

  it('ends the pending login once verified', async () => {
    const pending = await passwordLogin(plain)
    await send(pending)
    await verify(pending, await latestCode(plain))

    expect(await errorCode(send(pending))).toBe('unauthorized')
  })
})

describe('the account’s code budget', () => {
  /** Spends `count` wrong codes across new password logins, as an attacker with the password would. */
  async function wrongCodesAcrossLogins(count: number) {
    let spent = 0
    while (spent < count) {
      const pending = await passwordLogin(plain)
      await send(pending)
      const wrong = wrongFor(await latestCode(plain))
      for (let attempt = 0; attempt < 5 && spent < count; attempt++, spent++) {
        await errorCode(verify(pending, wrong))
      }
    }
  }

  it('refuses the code step after ten wrong codes in an hour, however many new logins, saying when', async () => {
    await wrongCodesAcrossLogins(10)

    const pending = await passwordLogin(plain)
    const blocked = await failureOf(send(pending))

    expect(blocked).toMatchObject({ status: 429, error: { code: 'code_rate_limited' } })
    const wait = (blocked as { error: { retryAfterSeconds?: number } }).error.retryAfterSeconds
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(3600)
  })

  it('sends at most five codes a channel in an hour, across logins', async () => {
    const answers = []
    for (let login = 0; login < 6; login++) {
      answers.push(await outcomeOf(send(await passwordLogin(plain))))
    }

    expect(answers).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'code_rate_limited'])
  })

  it('tells the account’s owner that its codes are paused', async () => {
    await wrongCodesAcrossLogins(10)
    await errorCode(send(await passwordLogin(plain)))

    const notices = (await adapter.messages(plain)).filter((message) => message.code === null)

    expect(notices.length).toBeGreaterThanOrEqual(1)
  })

  it.runIf(canMoveClock)('opens again once the hour has passed', async () => {
    await wrongCodesAcrossLogins(10)
    await advanceClock(3601)

    const pending = await passwordLogin(plain)
    await send(pending)

    expect((await verify(pending, await latestCode(plain))).user.identifier).toBe(plain.identifier)
  })
})
