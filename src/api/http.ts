/**
 * The one `fetch` of the app. It builds the request from the contract's endpoint table, passes
 * the caller's AbortSignal, and validates every answer against the contract, so callers get
 * either a typed body or an `ApiError` — never an unchecked object and never a crash.
 *
 * The table may arrive as a promise: the product client takes it from the contract module as it
 * loads (`./contract-loader`), so the schemas stay out of the first screen's download.
 */
import { pathFor } from './contract-basics'
import { loadContract } from './contract-loader'
import type {
  BodyOf,
  EndpointDefinition,
  Endpoints,
  EndpointTable,
  ErrorBody,
  ParamsOf,
  ResultOf,
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
    /** The endpoint's name in its table, e.g. 'identify'. */
    readonly endpoint: string,
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

function describe(endpoint: string, failure: ApiFailure): string {
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

type BodyInput<E> = BodyOf<E> extends undefined ? { body?: undefined } : { body: BodyOf<E> }
type ParamsInput<E> =
  ParamsOf<E> extends undefined ? { params?: undefined } : { params: ParamsOf<E> }

/** What a call takes: the body and path parameters the endpoint needs, and its bearer token. */
export type CallInput<E> = BodyInput<E> &
  ParamsInput<E> & {
    /** Pending-login or session token, for endpoints whose `auth` is not `none`. */
    token?: string | undefined
    signal?: AbortSignal | undefined
  }

export interface ApiClientOptions {
  /** Origin (and optional prefix) of the backend; '' means the page's own origin. */
  baseUrl?: string
  fetch?: typeof fetch
}

export interface ApiClient<T extends EndpointTable = Endpoints> {
  call<N extends keyof T & string>(name: N, input: CallInput<T[N]>): Promise<ResultOf<T[N]>>
}

/** A client for the product API (it starts loading the contract's schemas). */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  return createClientFor(
    loadContract().then((contract) => contract.endpoints),
    options,
  )
}

/** A client for any endpoint table of the contract's shape (the demo's dev table, for one). */
export function createClientFor<T extends EndpointTable>(
  table: T | Promise<T>,
  { baseUrl = '', fetch: doFetch }: ApiClientOptions = {},
): ApiClient<T> {
  return {
    async call(name, input) {
      const endpoint: EndpointDefinition | undefined = (await table)[name]
      if (!endpoint) throw new Error(`No endpoint named ${name}`)
      const url = baseUrl + pathFor(endpoint.path, input.params)
      const headers: Record<string, string> = { accept: 'application/json' }
      const body: unknown = input.body
      if (body !== undefined) headers['content-type'] = 'application/json'
      if (input.token) headers.authorization = `Bearer ${input.token}`

      let response: Response
      try {
        // Looked up per call, not captured at creation, so test doubles installed later apply.
        response = await (doFetch ?? globalThis.fetch)(url, {
          method: endpoint.method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
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
        const { errorBodySchema } = await loadContract()
        const parsed = errorBodySchema.safeParse(json)
        if (parsed.success) {
          throw new ApiError(name, {
            kind: 'http',
            status: response.status,
            error: parsed.data.error,
          })
        }
        throw new ApiError(
          name,
          unreadable(response.status, 'error body does not match the contract'),
        )
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
      // The table's schema for `name` produced this value, so it has the declared type.
      return parsed.data as ResultOf<T[typeof name]>
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
