/**
 * The code machine with controlled fake actors, and the data its tests share: inputs with one
 * and two channels, what otp/send and otp/verify answer.
 */
import { createActor } from 'xstate'
import type { CodeChannel, CodeSent, Session } from '../../../src/api/contract'
import {
  codeMachine,
  type CodeEvent,
  type CodeInput,
  type SendCodeInput,
  type SendCodeOutput,
  type VerifyCodeInput,
  type VerifyCodeOutput,
} from '../../../src/machines/code/code.machine'
import { controlledPromiseActor } from '../support/controlled-promise-actor'

export const TOKEN = 'pending-login-token'

const email = { channel: 'email', destination: 'm•••@example.com' } as const
const sms = { channel: 'sms', destination: '•••• •••• 42' } as const

export const oneChannel: CodeInput = { token: TOKEN, channels: [email] }
export const twoChannels: CodeInput = { token: TOKEN, channels: [email, sms] }

/** What otp/send answers (the backend confirms the masked destination). */
export function codeSent(channel: CodeChannel, resendAfterSeconds = 30): CodeSent {
  return {
    channel,
    destination: channel === 'email' ? email.destination : sms.destination,
    codeLength: 6,
    expiresInSeconds: 300,
    resendAfterSeconds,
  }
}

export const session: Session = {
  token: 'session-token',
  expiresAt: '2030-01-01T12:00:00.000Z',
  user: { id: 'bWF4', identifier: 'max@example.com', displayName: 'Max' },
}

/** Fresh fakes for both actors, and the code machine provided with them. */
export function codeFakes() {
  const sendCode = controlledPromiseActor<SendCodeOutput, SendCodeInput>()
  const verifyCode = controlledPromiseActor<VerifyCodeOutput, VerifyCodeInput>()
  const machine = codeMachine.provide({
    actors: { sendCode: sendCode.logic, verifyCode: verifyCode.logic },
  })
  return { machine, sendCode, verifyCode }
}

/** A started code machine on fake actors. */
export function startCode(input: CodeInput = twoChannels) {
  const fakes = codeFakes()
  const actor = createActor(fakes.machine, { input })
  actor.start()
  return {
    ...fakes,
    actor,
    snapshot: () => actor.getSnapshot(),
    send: (event: CodeEvent) => {
      actor.send(event)
    },
  }
}
