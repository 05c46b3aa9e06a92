/**
 * Helpers for tests that talk to the fake backend over real HTTP (MSW's Node server): the app's
 * own API client, a software authenticator on the same origin, and short-cuts through the flow.
 */
import type { CodeChannel, PendingLogin, Session } from '../../src/api/contract'
import { devEndpoints } from '../../src/api/dev-contract'
import { createApiClient, createClientFor } from '../../src/api/http'
import { db } from '../../mocks/node'
import { SoftAuthenticator } from '../../mocks/soft-authenticator'
import { DEMO_PASSWORD } from '../../mocks/db/seed'

export const ORIGIN = 'http://localhost'
export const api = createApiClient({ baseUrl: ORIGIN })
/** The fake backend's demo-only endpoints: inbox, scenario switches, reset. */
export const devApi = createClientFor(devEndpoints, { baseUrl: ORIGIN })
export { DEMO_PASSWORD, db }

export const newAuthenticator = () => new SoftAuthenticator(ORIGIN)

export function passwordLogin(identifier: string, password = DEMO_PASSWORD): Promise<PendingLogin> {
  return api.call('password', { body: { identifier, password } })
}

/** The code in the newest inbox message. */
export async function latestCode(): Promise<string> {
  const { messages } = await devApi.call('devInbox', {})
  const code = messages.at(-1)?.code
  if (!code) throw new Error('the inbox is empty')
  return code
}

/** Sends a code for a pending login and verifies it: the end of a password login. */
export async function completeWithCode(
  pending: PendingLogin,
  channel: CodeChannel = pending.channels[0]?.channel ?? 'email',
): Promise<Session> {
  await api.call('otpSend', { token: pending.token, body: { channel } })
  return api.call('otpVerify', { token: pending.token, body: { code: await latestCode() } })
}

/** Password + code: a signed-in session. */
export async function signIn(identifier: string): Promise<Session> {
  return completeWithCode(await passwordLogin(identifier))
}

/** Registers a passkey on `authenticator` for whoever holds `token`. Returns its id. */
export async function registerPasskey(authenticator: SoftAuthenticator, token: string) {
  const { options } = await api.call('registrationOptions', { token })
  const response = await authenticator.register(options)
  return api.call('registrationVerify', { token, body: { response } })
}

export { errorCode } from './outcomes'
