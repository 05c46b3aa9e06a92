/** The client's one fetch: a response that breaks the contract is a typed error, never a crash. */
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { ApiError, createApiClient } from '../../src/api/http'
import { api } from '../support/backend'

const identify = (client = api, signal?: AbortSignal) =>
  client
    .call('identify', { body: { identifier: 'ana@example.com' }, signal })
    .catch((error: unknown) => error)

const answer = (response: () => Response) =>
  server.use(http.post('*/api/auth/identify', response, { once: true }))

describe('the API client', () => {
  it('returns the validated body', async () => {
    await expect(identify()).resolves.toEqual({ identifier: 'ana@example.com', passkey: null })
  })

  it('turns a body of the wrong shape into a malformed error naming the field', async () => {
    answer(() => HttpResponse.json({ identifier: 42 }))

    const error = await identify()

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      endpoint: 'identify',
      failure: { kind: 'malformed', status: 200 },
    })
    expect((error as ApiError).failure).toMatchObject({
      detail: expect.stringContaining('identifier') as unknown,
    })
  })

  it('turns a body that is not JSON into a malformed error', async () => {
    answer(() => new HttpResponse('<html>oops</html>', { status: 200 }))

    expect(await identify()).toMatchObject({ failure: { kind: 'malformed' } })
  })

  it('keeps the contract error of a 4xx, with its details', async () => {
    answer(() =>
      HttpResponse.json(
        { error: { code: 'account_locked', message: 'Locked.', retryAfterSeconds: 60 } },
        { status: 423 },
      ),
    )

    const error = (await identify()) as ApiError

    expect(error.code).toBe('account_locked')
    expect(error.failure).toMatchObject({ status: 423, error: { retryAfterSeconds: 60 } })
  })

  it('reads a 5xx without a contract body (a proxy page) as a server error', async () => {
    answer(() => new HttpResponse('Bad Gateway', { status: 502 }))

    expect(await identify()).toMatchObject({
      failure: { kind: 'http', status: 502, error: { code: 'server_error' } },
    })
  })

  it('reads a 4xx whose error body breaks the contract as malformed', async () => {
    answer(() => HttpResponse.json({ message: 'nope' }, { status: 400 }))

    expect(await identify()).toMatchObject({ failure: { kind: 'malformed', status: 400 } })
  })

  it('reports a network failure', async () => {
    answer(() => HttpResponse.error())

    expect(await identify()).toMatchObject({ failure: { kind: 'network' } })
  })

  it('passes the abort signal and reports an abort as such', async () => {
    const controller = new AbortController()
    let seen: AbortSignal | undefined
    const client = createApiClient({
      baseUrl: 'http://localhost',
      fetch: (_, init) => {
        seen = init?.signal ?? undefined
        controller.abort()
        return Promise.reject(new DOMException('aborted', 'AbortError'))
      },
    })

    const error = await identify(client, controller.signal)

    expect(seen).toBe(controller.signal)
    expect(error).toMatchObject({ failure: { kind: 'aborted' } })
  })

  it('sends the bearer token and fills in path parameters', async () => {
    let request: Request | undefined
    server.use(
      http.delete(
        '*/api/passkeys/:id',
        ({ request: r }) => {
          request = r
          return HttpResponse.json({ passkeys: [] })
        },
        { once: true },
      ),
    )

    await api.call('passkeyDelete', { token: 'tok', params: { id: 'abc_-1' } })

    expect(request?.headers.get('authorization')).toBe('Bearer tok')
    expect(new URL(request!.url).pathname).toBe('/api/passkeys/abc_-1')
  })
})
