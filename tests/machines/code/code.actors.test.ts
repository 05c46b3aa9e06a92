/**
 * The default actors: otp/send and otp/verify through the API client with the actor's signal,
 * first against a stub client, then end to end against the fake backend (MSW in Node).
 */
import { describe, expect, it, vi } from 'vitest'
import { createActor } from 'xstate'
import type { ApiClient } from '../../../src/api/http'
import { codeActors } from '../../../src/machines/code/code.actors'
import { codeMachine, type CodeInput } from '../../../src/machines/code/code.machine'
import { api, latestCode, passwordLogin } from '../../support/backend'
import { codeSent, oneChannel } from './code-harness'
import { reach, waitWithReason } from '../support/wait'

/** A client whose calls never answer, recording what they were given. */
function pendingClient() {
  const call = vi.fn((..._args: unknown[]): Promise<unknown> => new Promise(() => {}))
  return { client: { call } as unknown as ApiClient, call }
}

describe('the code machine’s default actors', () => {
  it('send the code through the API client with the actor’s signal, aborted on leaving', () => {
    const { client, call } = pendingClient()
    const actor = createActor(codeMachine.provide({ actors: codeActors(client) }), {
      input: oneChannel,
    }).start()

    expect(call).toHaveBeenCalledWith('otpSend', {
      token: oneChannel.token,
      body: { channel: 'email' },
      signal: expect.any(AbortSignal) as unknown,
    })
    const { signal } = call.mock.calls[0]![1] as { signal: AbortSignal }
    expect(signal.aborted).toBe(false)

    actor.stop()
    expect(signal.aborted).toBe(true)
  })

  it('verify the code through the API client with the actor’s signal', async () => {
    const { client, call } = pendingClient()
    call.mockResolvedValueOnce(codeSent('email'))
    const actor = createActor(codeMachine.provide({ actors: codeActors(client) }), {
      input: oneChannel,
    }).start()
    await reach(actor, { codeSent: 'entering' })

    actor.send({ type: 'code.submit', code: '123456' })

    expect(call).toHaveBeenLastCalledWith('otpVerify', {
      token: oneChannel.token,
      body: { code: '123456' },
      signal: expect.any(AbortSignal) as unknown,
    })
    actor.stop()
  })

  describe('against the fake backend', () => {
    async function startFor(identifier: string) {
      const pending = await passwordLogin(identifier)
      const input: CodeInput = { token: pending.token, channels: pending.channels }
      const actor = createActor(codeMachine.provide({ actors: codeActors(api) }), { input })
      return { actor: actor.start(), input }
    }

    it('signs in with a code sent by SMS', async () => {
      const { actor } = await startFor('max@example.com')
      expect(actor.getSnapshot().value).toBe('choosingChannel')

      actor.send({ type: 'code.choose', channel: 'sms' })
      const entering = await reach(actor, { codeSent: 'entering' })
      expect(entering.context).toMatchObject({
        channel: 'sms',
        codeLength: 6,
        expiresInSeconds: 300,
        resendIn: 30,
      })

      actor.send({ type: 'code.submit', code: await latestCode() })
      const done = await waitWithReason(
        actor,
        (snapshot) => snapshot.status === 'done',
        'the end of the step',
      )

      expect(done.output).toMatchObject({
        kind: 'verified',
        session: { user: { identifier: 'max@example.com' } },
      })
    })

    it('counts down the tries the backend reports after a wrong code', async () => {
      const { actor } = await startFor('ana@example.com')
      await reach(actor, { codeSent: 'entering' })
      const right = await latestCode()
      const wrong = right === '000000' ? '111111' : '000000'

      actor.send({ type: 'code.submit', code: wrong })
      const back = await waitWithReason(
        actor,
        (snapshot) => snapshot.matches({ codeSent: 'entering' }) && snapshot.context.error !== null,
        'the wrong code answered at the entering step',
      )

      expect(back.context.attemptsLeft).toBe(4)
      expect(back.context.error).toMatchObject({ kind: 'rejected', code: 'code_invalid' })
      actor.stop()
    })

    it('meets the backend’s cooldown when a second send comes too soon', async () => {
      const pending = await passwordLogin('ana@example.com')
      await api.call('otpSend', { token: pending.token, body: { channel: 'email' } })

      const actor = createActor(codeMachine.provide({ actors: codeActors(api) }), {
        input: { token: pending.token, channels: pending.channels },
      }).start()
      const entering = await reach(actor, { codeSent: 'entering' })

      expect(entering.context.error).toMatchObject({ code: 'resend_cooldown' })
      expect(entering.context.resendIn).toBeGreaterThan(25)
      expect(entering.context.resendIn).toBeLessThanOrEqual(30)
      actor.stop()
    })
  })
})
