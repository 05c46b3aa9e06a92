/**
 * The backend under test, as the rules see it: the contract's own API client, a software
 * authenticator on the backend's origin and RP ID, the adapter's accounts and inbox, and the
 * shortcuts every rule takes (password login, code, sign-in, a registered passkey).
 */
import { inject } from 'vitest'
import type { CodeChannel, PendingLogin, Session } from '../../src/api/contract'
import { createApiClient } from '../../src/api/http'
import { SoftAuthenticator } from '../../mocks/soft-authenticator'
import {
  fakeBackendAdapter,
  type BackendAdapter,
  type CreateAdapter,
  type TestAccount,
} from './adapter'

export { errorCode, failureOf, outcomeOf } from '../support/outcomes'

const config = inject('conformance')

export const { baseUrl, origin, rpId } = config
export const api = createApiClient({ baseUrl })

async function loadAdapter(): Promise<BackendAdapter> {
  if (!config.adapter) return fakeBackendAdapter({ baseUrl })
  const module = (await import(/* @vite-ignore */ config.adapter)) as { default: CreateAdapter }
  return module.default({ baseUrl })
}

export const adapter: BackendAdapter = await loadAdapter()
export const { plain, mfa } = adapter.accounts

/** An authenticator on this device, as the browser on the backend's origin would drive it. */
export const newAuthenticator = () => new SoftAuthenticator(origin, undefined, rpId)

export function passwordLogin(account: TestAccount = plain, password = account.password) {
  return api.call('password', { body: { identifier: account.identifier, password } })
}

/** The newest code the backend sent the account. */
export async function latestCode(account: TestAccount = plain): Promise<string> {
  const codes = (await adapter.messages(account)).filter((m) => m.code !== null)
  const code = codes.at(-1)?.code
  if (!code) throw new Error(`no code was sent to ${account.identifier}`)
  return code
}

/** Sends a code for a pending login and verifies it: the end of a password login. */
export async function completeWithCode(
  pending: PendingLogin,
  account: TestAccount = plain,
  channel: CodeChannel = pending.channels[0]?.channel ?? 'email',
): Promise<Session> {
  await api.call('otpSend', { token: pending.token, body: { channel } })
  return api.call('otpVerify', { token: pending.token, body: { code: await latestCode(account) } })
}

/** Password + code: a signed-in session, verified just now. */
export async function signIn(account: TestAccount = plain): Promise<Session> {
  return completeWithCode(await passwordLogin(account), account)
}

/** Registers a passkey on `authenticator` for whoever holds `token`. */
export async function registerPasskey(authenticator: SoftAuthenticator, token: string) {
  const { options } = await api.call('registrationOptions', { token })
  const response = await authenticator.register(options)
  return api.call('registrationVerify', { token, body: { response } })
}

/** Signs in with a passkey on `authenticator` (two-step, by identifier). */
export async function passkeySignIn(
  authenticator: SoftAuthenticator,
  account: TestAccount = plain,
) {
  const { passkey } = await api.call('identify', { body: { identifier: account.identifier } })
  if (!passkey) throw new Error(`${account.identifier} has no passkey`)
  const response = await authenticator.authenticate(passkey.options)
  return api.call('passkeyVerify', { body: { response } })
}

/** Moves the backend's clock, or says plainly that this backend's adapter cannot. */
export async function advanceClock(seconds: number): Promise<void> {
  if (!adapter.advanceClock) throw new Error('this rule needs the adapter to move the clock')
  await adapter.advanceClock(seconds)
}

/** The rules about lifetimes run where the adapter can move the clock. */
export const canMoveClock = adapter.advanceClock !== undefined

/** The window of a sign-in, and of a step-up's confirmation. */
export const FIVE_MINUTES = 5 * 60

/** "Confirm it's you" for `action` with the account's code: answers the fresh session. */
export async function stepUpWithCode(session: Session, action: string, account = plain) {
  const { channels } = await api.call('stepUpOptions', { token: session.token, body: { action } })
  const channel = channels[0]?.channel ?? 'email'
  await api.call('stepUpCodeSend', { token: session.token, body: { channel } })
  return api.call('stepUpVerify', {
    token: session.token,
    body: { code: await latestCode(account) },
  })
}

/** "Confirm it's you" for `action` with a passkey on `authenticator`: answers the fresh session. */
export async function stepUpWithPasskey(
  authenticator: SoftAuthenticator,
  session: Session,
  action: string,
) {
  const { passkey } = await api.call('stepUpOptions', { token: session.token, body: { action } })
  if (!passkey) throw new Error('the backend offered no passkey for the step-up')
  const response = await authenticator.authenticate(passkey.options)
  return api.call('stepUpVerify', { token: session.token, body: { response } })
}
