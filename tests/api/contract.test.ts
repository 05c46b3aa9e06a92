/**
 * Every answer the fake backend gives parses with the contract's schema for that endpoint: the
 * success schema for 2xx, the error body otherwise. Recorded from MSW's own response events
 * while a journey touches every endpoint, so no handler can drift from the contract unseen.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { endpoints, errorBodySchema } from '../../src/api/contract'
import { devEndpoints } from '../../src/api/dev-contract'
import { server } from '../../mocks/node'
import {
  api,
  completeWithCode,
  latestCode,
  errorCode,
  newAuthenticator,
  passwordLogin,
  registerPasskey,
  signIn,
  devApi,
} from '../support/backend'

const served = { ...endpoints, ...devEndpoints }
type EndpointName = keyof typeof served

interface Recorded {
  endpoint: EndpointName
  status: number
  body: unknown
}

function endpointOf(method: string, url: string): EndpointName | undefined {
  const { pathname } = new URL(url)
  return (Object.keys(served) as EndpointName[]).find((name) => {
    const endpoint = served[name]
    const pattern = new RegExp(`^${endpoint.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`)
    return endpoint.method === method && pattern.test(pathname)
  })
}

describe('fake backend answers', () => {
  const recorded: Promise<Recorded>[] = []
  const listener = ({ request, response }: { request: Request; response: Response }) => {
    const endpoint = endpointOf(request.method, request.url)
    if (!endpoint) throw new Error(`no endpoint for ${request.method} ${request.url}`)
    recorded.push(
      response
        .clone()
        .json()
        .then((body: unknown) => ({ endpoint, status: response.status, body })),
    )
  }
  beforeEach(() => {
    recorded.length = 0
    server.events.on('response:mocked', listener)
  })
  afterEach(() => server.events.removeListener('response:mocked', listener))

  it('parse with the contract on every endpoint, in success and in error', async () => {
    // Errors first, then every journey step once.
    await errorCode(passwordLogin('ana@example.com', 'wrong'))
    await errorCode(api.call('passkeyList', {}))
    const authenticator = newAuthenticator()
    const pending = await passwordLogin('ana@example.com')
    const { passkey } = await registerPasskey(authenticator, pending.token)
    await api.call('appendSkip', {
      token: pending.token,
      body: { reason: 'skipped' },
    })
    await completeWithCode(pending)
    const { passkey: login } = await api.call('identify', {
      body: { identifier: 'ana@example.com' },
    })
    const session = await api.call('passkeyVerify', {
      body: { response: await authenticator.authenticate(login!.options) },
    })
    await api.call('passkeyOptions', { body: {} })
    await api.call('stepUpOptions', { token: session.token, body: { action: 'passkey.delete' } })
    await api.call('stepUpCodeSend', { token: session.token, body: { channel: 'email' } })
    const renewed = await api.call('stepUpVerify', {
      token: session.token,
      body: { code: await latestCode() },
    })
    await api.call('session', { token: renewed.token })
    await api.call('passkeyList', { token: renewed.token })
    await api.call('passkeyRename', {
      token: renewed.token,
      params: { id: passkey.id },
      body: { name: 'Laptop' },
    })
    await api.call('passkeyDelete', { token: renewed.token, params: { id: passkey.id } })
    // The session that passkey signed in ended with it.
    expect(await errorCode(api.call('logout', { token: renewed.token }))).toBe('unauthorized')
    await api.call('logout', { token: (await signIn('max@example.com')).token })
    await api.call('logoutEverywhere', { token: (await signIn('max@example.com')).token })
    await devApi.call('devClock', { body: { advanceSeconds: 0 } })
    await devApi.call('devScenario', {})
    await devApi.call('devScenarioUpdate', { body: { latencyMs: 0 } })
    await devApi.call('devReset', {})

    const answers = await Promise.all(recorded)
    for (const { endpoint, status, body } of answers) {
      const schema = status < 400 ? served[endpoint].response : errorBodySchema
      const result = schema.safeParse(body)
      expect(result.success, `${endpoint} ${status}: ${JSON.stringify(result.error?.issues)}`).toBe(
        true,
      )
    }
    expect(new Set(answers.map((a) => a.endpoint))).toEqual(new Set(Object.keys(served)))
    expect(answers.some((a) => a.status >= 400)).toBe(true)
  })
})
