/**
 * The one `fetch` of the app. It builds the request from the contract's endpoint table, passes
 * the caller's AbortSignal, and validates every answer against the contract, so callers get
 * either a typed body or an `ApiError` — never an unchecked object and never a crash.
 */
import {
  endpoints,
  errorBodySchema,
  pathFor,
  type EndpointName,
  type ErrorBody,
  type PathParams,
  type RequestBody,
  type ResponseBody,
} from './contract'

/** What went wrong with a call, as a discriminated union callers can switch on. */
export type ApiFailure =
  /** The backend answered with a contract error body (4xx or 5xx). */
  | { kind: 'http'; status: number; error: ErrorBody['error'] }
  /** No answer: offline, DNS, CORS, connection reset. */
  | { kind: 'network' }
  /** An answer that does not match the contract (wrong shape, not JSON). */
  | { kind: 'malformed'; status: number; detail: string }
  /** The caller aborted (the user left the step). */
  | { kind: 'aborted' }

export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly endpoint: EndpointName,
    readonly failure: ApiFailure,
  ) {
    super(describe(endpoint, failure))
  }

  /** The contract error code for `http` failures, else null. */
  get code(): ErrorBody['error']['code'] | null {
    return this.failure.kind === 'http' ? this.failure.error.code : null
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError
}

function describe(endpoint: EndpointName, failure: ApiFailure): string {
  switch (failure.kind) {
    case 'http':
      return `${endpoint}: ${failure.status} ${failure.error.code}: ${failure.error.message}`
    case 'network':
      return `${endpoint}: network error`
    case 'malformed':
      return `${endpoint}: malformed response (${failure.status}): ${failure.detail}`
    case 'aborted':
      return `${endpoint}: aborted`
  }
}

type BodyInput<N extends EndpointName> =
  RequestBody<N> extends undefined ? { body?: undefined } : { body: RequestBody<N> }
type ParamsInput<N extends EndpointName> =
  PathParams<N> extends undefined ? { params?: undefined } : { params: PathParams<N> }

/** What a call takes: the body and path parameters the endpoint needs, and its bearer token. */
export type CallInput<N extends EndpointName> = BodyInput<N> &
  ParamsInput<N> & {
    /** Pending-login or session token, for endpoints whose `auth` is not `none`. */
    token?: string | undefined
    signal?: AbortSignal | undefined
  }

export interface ApiClientOptions {
  /** Origin (and optional prefix) of the backend; '' means the page's own origin. */
  baseUrl?: string
  fetch?: typeof fetch
}

export interface ApiClient {
  call<N extends EndpointName>(name: N, input: CallInput<N>): Promise<ResponseBody<N>>
}

export function createApiClient({ baseUrl = '', fetch: doFetch }: ApiClientOptions = {}): ApiClient {
  return {
    async call(name, input) {
      const endpoint = endpoints[name]
      const url = baseUrl + pathFor(endpoint.path, input.params)
      const headers: Record<string, string> = { accept: 'application/json' }
      if (input.body !== undefined) headers['content-type'] = 'application/json'
      if (input.token) headers.authorization = `Bearer ${input.token}`

      let response: Response
      try {
        // Looked up per call, not captured at creation, so test doubles installed later apply.
        response = await (doFetch ?? globalThis.fetch)(url, {
          method: endpoint.method,
          headers,
          body: input.body === undefined ? undefined : JSON.stringify(input.body),
          signal: input.signal,
        })
      } catch {
        throw new ApiError(name, input.signal?.aborted ? { kind: 'aborted' } : { kind: 'network' })
      }

      let json: unknown
      try {
        json = await response.json()
      } catch {
        if (input.signal?.aborted) throw new ApiError(name, { kind: 'aborted' })
        throw new ApiError(name, unreadable(response.status, 'body is not JSON'))
      }

      if (!response.ok) {
        const parsed = errorBodySchema.safeParse(json)
        if (parsed.success) {
          throw new ApiError(name, { kind: 'http', status: response.status, error: parsed.data.error })
        }
        throw new ApiError(name, unreadable(response.status, 'error body does not match the contract'))
      }

      const parsed = endpoint.response.safeParse(json)
      if (!parsed.success) {
        throw new ApiError(name, {
          kind: 'malformed',
          status: response.status,
          detail: parsed.error.issues
            .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
            .join('; '),
        })
      }
      return parsed.data as ResponseBody<typeof name>
    },
  }
}

/** A body we cannot read: a 5xx stays a server error (its proxy page is not our concern). */
function unreadable(status: number, detail: string): ApiFailure {
  if (status >= 500) {
    return {
      kind: 'http',
      status,
      error: { code: 'server_error', message: 'The server had a problem.' },
    }
  }
  return { kind: 'malformed', status, detail }
}
