/**
 * The code step's transitions, one behaviour at a time, on fake actors the tests settle by hand
 * and a fake clock for the resend countdown.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createActor } from 'xstate'
import { codeMachine } from '../../../src/machines/code/code.machine'
import { fault, rejection } from '../support/api-errors'
import { TOKEN, codeSent, oneChannel, session, startCode, twoChannels } from './code-harness'

/** Started on two channels, code sent by SMS, waiting for the user to type it. */
async function startEntering(resendAfterSeconds = 30) {
  const code = startCode(twoChannels)
  code.send({ type: 'code.choose', channel: 'sms' })
  await code.sendCode.latest().resolve(codeSent('sms', resendAfterSeconds))
  return code
}

describe('the code machine', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })

  describe('choosing a channel', () => {
    it('sends to the only channel at once, without asking', () => {
      const code = startCode(oneChannel)

      expect(code.snapshot().value).toBe('sending')
      expect(code.sendCode.latest().input).toEqual({ token: TOKEN, channel: 'email' })
    })

    it('asks which channel when the account has two, then sends to the chosen one', () => {
      const code = startCode(twoChannels)
      expect(code.snapshot().value).toBe('choosingChannel')
      expect(code.sendCode.calls).toHaveLength(0)

      code.send({ type: 'code.choose', channel: 'sms' })

      expect(code.snapshot().value).toBe('sending')
      expect(code.sendCode.latest().input).toEqual({ token: TOKEN, channel: 'sms' })
      expect(code.snapshot().context).toMatchObject({
        channel: 'sms',
        destination: '•••• •••• 42',
      })
    })

    it('ignores a channel the account does not have', () => {
      // Two email addresses: a choice to make, and no SMS among it.
      const code = startCode({
        token: TOKEN,
        channels: [
          { channel: 'email', destination: 'm•••@example.com' },
          { channel: 'email', destination: 'm•••@example.org' },
        ],
      })

      code.send({ type: 'code.choose', channel: 'sms' })

      expect(code.snapshot().value).toBe('choosingChannel')
      expect(code.sendCode.calls).toHaveLength(0)
    })

    it('marks sending and verifying as busy for the screen', async () => {
      const code = startCode(oneChannel)
      expect(code.snapshot().hasTag('busy')).toBe(true)

      await code.sendCode.latest().resolve(codeSent('email'))
      expect(code.snapshot().hasTag('busy')).toBe(false)

      code.send({ type: 'code.submit', code: '123456' })
      expect(code.snapshot().hasTag('busy')).toBe(true)
    })
  })

  describe('entering the code', () => {
    it('keeps what the backend said about the code for the screen', async () => {
      const code = await startEntering()

      expect(code.snapshot().value).toEqual({ codeSent: 'entering' })
      expect(code.snapshot().context).toMatchObject({
        channel: 'sms',
        destination: '•••• •••• 42',
        codeLength: 6,
        expiresInSeconds: 300,
        resendIn: 30,
        attemptsLeft: null,
        error: null,
        fieldError: null,
      })
    })

    it('takes the length of the code from what the backend said, not a length of its own', async () => {
      const code = startCode(oneChannel)
      await code.sendCode.latest().resolve({ ...codeSent('email'), codeLength: 8 })

      code.send({ type: 'code.submit', code: '123456' })
      expect(code.snapshot().context.fieldError).toBe('format')
      expect(code.verifyCode.calls).toHaveLength(0)

      code.send({ type: 'code.submit', code: '12345678' })
      expect(code.snapshot().value).toBe('verifying')
      expect(code.verifyCode.latest().input.code).toBe('12345678')
    })

    it('ends verified with the session when the code is right', async () => {
      const code = await startEntering()

      code.send({ type: 'code.submit', code: '123456' })
      expect(code.snapshot().value).toBe('verifying')
      expect(code.verifyCode.latest().input).toEqual({ token: TOKEN, code: '123456' })
      await code.verifyCode.latest().resolve(session)

      expect(code.snapshot().status).toBe('done')
      expect(code.snapshot().value).toBe('verified')
      expect(code.snapshot().output).toEqual({ kind: 'verified', session })
    })

    it('flags a code that is not six digits without asking the backend', async () => {
      const code = await startEntering()

      code.send({ type: 'code.submit', code: '12345' })
      expect(code.snapshot().value).toEqual({ codeSent: 'entering' })
      expect(code.snapshot().context.fieldError).toBe('format')
      code.send({ type: 'code.submit', code: '12345a' })
      expect(code.verifyCode.calls).toHaveLength(0)

      code.send({ type: 'code.submit', code: '123456' })
      expect(code.snapshot().value).toBe('verifying')
      expect(code.snapshot().context.fieldError).toBeNull()
    })

    it('goes back to entering with the tries left after a wrong code', async () => {
      const code = await startEntering()
      code.send({ type: 'code.submit', code: '111111' })

      await code.verifyCode
        .latest()
        .reject(rejection('otpVerify', 'code_invalid', { attemptsLeft: 4 }))

      expect(code.snapshot().value).toEqual({ codeSent: 'entering' })
      expect(code.snapshot().context.attemptsLeft).toBe(4)
      expect(code.snapshot().context.error).toMatchObject({
        kind: 'rejected',
        code: 'code_invalid',
      })

      code.send({ type: 'code.submit', code: '222222' })
      expect(code.snapshot().context.error).toBeNull()
      expect(code.snapshot().context.attemptsLeft).toBe(4)
    })

    it('offers a new code when this one expired, once the countdown allows', async () => {
      const code = await startEntering()
      vi.advanceTimersByTime(10_000)
      code.send({ type: 'code.submit', code: '123456' })

      await code.verifyCode.latest().reject(rejection('otpVerify', 'code_expired'))
      expect(code.snapshot().value).toEqual({ codeSent: 'expired' })
      expect(code.snapshot().context.error).toMatchObject({ code: 'code_expired' })
      expect(code.snapshot().context.resendIn).toBe(20)

      code.send({ type: 'code.resend' })
      expect(code.snapshot().value).toEqual({ codeSent: 'expired' })

      vi.advanceTimersByTime(20_000)
      code.send({ type: 'code.resend' })
      expect(code.snapshot().value).toBe('sending')
      expect(code.snapshot().context.error).toBeNull()
      expect(code.sendCode.calls).toHaveLength(2)
    })

    it('after too many wrong codes, offers no new code: tries carry across resends', async () => {
      const code = await startEntering()
      code.send({ type: 'code.submit', code: '111111' })

      await code.verifyCode.latest().reject(rejection('otpVerify', 'too_many_attempts'))
      expect(code.snapshot().value).toBe('tooManyAttempts')
      expect(code.snapshot().context.attemptsLeft).toBe(0)

      vi.advanceTimersByTime(30_000)
      code.send({ type: 'code.resend' })
      expect(code.snapshot().value).toBe('tooManyAttempts')
      expect(code.sendCode.calls).toHaveLength(1)
    })

    it.each([
      ['sending', 'otpSend'],
      ['verifying', 'otpVerify'],
    ] as const)(
      'stops at "blocked", saying for how long, when the account’s code budget is spent (%s)',
      async (_, endpoint) => {
        const code = await startEntering()
        const limited = rejection(endpoint, 'code_rate_limited', { retryAfterSeconds: 2520 })
        if (endpoint === 'otpVerify') {
          code.send({ type: 'code.submit', code: '111111' })
          await code.verifyCode.latest().reject(limited)
        } else {
          vi.advanceTimersByTime(30_000)
          code.send({ type: 'code.resend' })
          await code.sendCode.latest().reject(limited)
        }

        expect(code.snapshot().value).toBe('blocked')
        expect(code.snapshot().context.error).toMatchObject({
          code: 'code_rate_limited',
          retryAfterSeconds: 2520,
        })
      },
    )

    it('ends as loginExpired when the pending login has lapsed', async () => {
      const code = await startEntering()
      code.send({ type: 'code.submit', code: '123456' })

      await code.verifyCode.latest().reject(rejection('otpVerify', 'unauthorized'))

      expect(code.snapshot().status).toBe('done')
      expect(code.snapshot().value).toBe('loginExpired')
      expect(code.snapshot().output).toEqual({ kind: 'loginExpired' })
    })

    it('keeps the user on the code after a verify fault, and the same code can go again', async () => {
      const code = await startEntering()
      code.send({ type: 'code.submit', code: '123456' })

      await code.verifyCode.latest().reject(fault('otpVerify', 'server'))
      expect(code.snapshot().value).toEqual({ codeSent: 'entering' })
      expect(code.snapshot().context.error).toMatchObject({ kind: 'server' })

      code.send({ type: 'code.submit', code: '123456' })
      expect(code.snapshot().context.error).toBeNull()
      await code.verifyCode.latest().resolve(session)
      expect(code.snapshot().output).toEqual({ kind: 'verified', session })
      expect(code.verifyCode.calls).toHaveLength(2)
    })
  })

  describe('the resend countdown', () => {
    it('ignores resend for 30 one-second ticks, then sends a new code', async () => {
      const code = await startEntering(30)

      for (let tick = 1; tick < 30; tick++) {
        vi.advanceTimersByTime(1000)
        expect(code.snapshot().context.resendIn).toBe(30 - tick)
        code.send({ type: 'code.resend' })
      }
      expect(code.snapshot().value).toEqual({ codeSent: 'entering' })
      expect(code.sendCode.calls).toHaveLength(1)

      vi.advanceTimersByTime(1000)
      expect(code.snapshot().context.resendIn).toBe(0)
      code.send({ type: 'code.resend' })

      expect(code.snapshot().value).toBe('sending')
      expect(code.sendCode.calls).toHaveLength(2)
      expect(code.sendCode.latest().input).toEqual({ token: TOKEN, channel: 'sms' })
    })

    it('stops ticking at zero', async () => {
      const code = await startEntering(2)

      vi.advanceTimersByTime(60_000)

      expect(code.snapshot().context.resendIn).toBe(0)
      expect(vi.getTimerCount()).toBe(0)
    })

    it('takes the cooldown from the backend when it refuses a resend', async () => {
      const code = await startEntering(30)
      vi.advanceTimersByTime(30_000)
      code.send({ type: 'code.resend' })

      await code.sendCode
        .latest()
        .reject(rejection('otpSend', 'resend_cooldown', { retryAfterSeconds: 12 }))

      expect(code.snapshot().value).toEqual({ codeSent: 'entering' })
      expect(code.snapshot().context.resendIn).toBe(12)
      expect(code.snapshot().context.error).toMatchObject({ code: 'resend_cooldown' })
      vi.advanceTimersByTime(11_000)
      code.send({ type: 'code.resend' })
      expect(code.snapshot().value).toEqual({ codeSent: 'entering' })
      vi.advanceTimersByTime(1000)
      code.send({ type: 'code.resend' })
      expect(code.snapshot().value).toBe('sending')
    })

    it('waits the rule’s 30 s when a cooldown answer does not say how long', async () => {
      const code = startCode(oneChannel)

      await code.sendCode.latest().reject(rejection('otpSend', 'resend_cooldown'))

      expect(code.snapshot().value).toEqual({ codeSent: 'entering' })
      expect(code.snapshot().context.resendIn).toBe(30)
    })
  })

  describe('when sending fails', () => {
    it('offers retry after a fault', async () => {
      const code = startCode(oneChannel)

      await code.sendCode.latest().reject(fault('otpSend', 'network'))
      expect(code.snapshot().value).toBe('sendFailed')
      expect(code.snapshot().context.error).toMatchObject({ kind: 'network' })

      code.send({ type: 'code.retry' })
      expect(code.snapshot().value).toBe('sending')
      expect(code.snapshot().context.error).toBeNull()
      await code.sendCode.latest().resolve(codeSent('email'))
      expect(code.snapshot().value).toEqual({ codeSent: 'entering' })
    })

    it('offers another channel only when there is one', async () => {
      const single = startCode(oneChannel)
      const double = startCode(twoChannels)
      double.send({ type: 'code.choose', channel: 'email' })
      await single.sendCode.latest().reject(fault('otpSend', 'malformed'))
      await double.sendCode.latest().reject(rejection('otpSend', 'channel_unavailable'))

      single.send({ type: 'code.changeChannel' })
      double.send({ type: 'code.changeChannel' })

      expect(single.snapshot().value).toBe('sendFailed')
      expect(double.snapshot().value).toBe('choosingChannel')
      expect(double.snapshot().context.error).toBeNull()
    })

    it('ends as loginExpired when the pending login has lapsed', async () => {
      const code = startCode(oneChannel)

      await code.sendCode.latest().reject(rejection('otpSend', 'unauthorized'))

      expect(code.snapshot().output).toEqual({ kind: 'loginExpired' })
    })
  })

  describe('leaving a state cancels its request', () => {
    it('aborts the send when the user changes channel meanwhile', async () => {
      const code = startCode(twoChannels)
      code.send({ type: 'code.choose', channel: 'email' })
      const { signal } = code.sendCode.latest()
      expect(signal.aborted).toBe(false)

      code.send({ type: 'code.changeChannel' })

      expect(code.snapshot().value).toBe('choosingChannel')
      expect(signal.aborted).toBe(true)
      // The late answer of the cancelled send changes nothing.
      await code.sendCode.calls[0]!.resolve(codeSent('email'))
      expect(code.snapshot().value).toBe('choosingChannel')
    })

    it('aborts the verification when the machine is stopped', async () => {
      const code = await startEntering()
      code.send({ type: 'code.submit', code: '123456' })
      const { signal } = code.verifyCode.latest()

      code.actor.stop()

      expect(signal.aborted).toBe(true)
    })

    it('does not abort a request that finished', async () => {
      const code = await startEntering()
      const { signal } = code.sendCode.latest()

      code.actor.stop()

      expect(signal.aborted).toBe(false)
    })
  })

  it('needs at least one channel', () => {
    const actor = createActor(codeMachine, { input: { token: TOKEN, channels: [] } })
    actor.subscribe({ error: () => {} })

    actor.start()

    expect(actor.getSnapshot().status).toBe('error')
  })
})
