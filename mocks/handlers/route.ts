/**
 * How every fake-backend handler is built: from the contract's endpoint table, with the request
 * parsed by the contract's schema, the reply typed by it, the demo scenario (latency, queued
 * failures) applied first, and errors in the contract's error body.
 */
import { delay, http, HttpResponse, type HttpResponseResolver } from 'msw'
import type * as z from 'zod/mini'
import { endpoints, errorStatus, type ErrorBody, type ErrorCode } from '../../src/api/contract'
import { devEndpoints, type FailureKind } from '../../src/api/dev-contract'
import { MAX_BODY_BYTES } from '../db/records'
import { db } from '../db/store'
import type { Account, SessionRecord } from '../db/schema'

/** Every endpoint the fake backend serves: the product contract and the demo's own. */
const served = { ...endpoints, ...devEndpoints }
type Served = typeof served
type EndpointName = keyof Served

type ErrorExtras = Omit<ErrorBody['error'], 'code' | 'message'>

/** A contract error response. Handlers `throw` it; the route turns it into the reply. */
export function fail(
  code: ErrorCode,
  message: string,
  extras: ErrorExtras = {},
): HttpResponse<ErrorBody> {
  return HttpResponse.json({ error: { code, message, ...extras } }, { status: errorStatus[code] })
}

type Def<N extends EndpointName> = Served[N]
type Parsed<S> = S extends z.ZodMiniType ? z.infer<S> : undefined
type ReplyOf<N extends EndpointName> = z.input<Def<N>['response']>

export interface RouteContext<N extends EndpointName> {
  request: Request
  body: Parsed<Def<N> extends { body: infer B } ? B : undefined>
  params: Parsed<Def<N> extends { params: infer P } ? P : undefined>
}

/** An MSW handler for one endpoint of the contract. */
export function route<N extends EndpointName>(
  name: N,
  resolve: (context: RouteContext<N>) => Promise<ReplyOf<N>>,
) {
  const endpoint: Def<N> = served[name]
  const method = endpoint.method.toLowerCase() as Lowercase<Def<N>['method']>
  // '*' matches any origin: the page's own in the browser, the test's base URL in Node.
  const resolver: HttpResponseResolver = async ({ request, params }) => {
    const failure = 'demoOnly' in endpoint ? null : await takeScenario(name, request.signal)
    if (failure) return failureResponse(failure)
    try {
      const body = 'body' in endpoint ? parse(endpoint.body, await readJson(request)) : undefined
      const parsedParams = 'params' in endpoint ? parse(endpoint.params, params) : undefined
      const reply = await resolve({ request, body, params: parsedParams } as RouteContext<N>)
      return HttpResponse.json(reply)
    } catch (error) {
      if (error instanceof Response) return error
      console.error(`[fake backend] ${name} failed`, error)
      return fail('server_error', 'Something went wrong on our side.')
    }
  }
  return http[method](`*${endpoint.path}`, resolver)
}

/** What a failing backend answers: a contract 500, a dropped connection, or a body off the contract. */
export function failureResponse(failure: FailureKind): Response {
  switch (failure) {
    case 'network_error':
      return HttpResponse.error()
    case 'malformed':
      return HttpResponse.json({ unexpected: 'shape' })
    case 'server_error':
      return fail('server_error', 'Something went wrong on our side.')
  }
}

/**
 * An MSW override that makes the next call to `name` fail, once; then the normal handler answers
 * again. Stories use it as their failure switch (`msw.use(failOnce(...))`).
 */
export function failOnce(name: EndpointName, failure: FailureKind) {
  const { method, path } = served[name]
  const lower = method.toLowerCase() as Lowercase<typeof method>
  return http[lower](`*${path}`, () => failureResponse(failure), { once: true })
}

/** The body as JSON, refused unread past MAX_BODY_BYTES (nobody's identifier is a megabyte). */
async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > MAX_BODY_BYTES) throw tooLarge()
  const text = await request.text()
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) throw tooLarge()
  try {
    return JSON.parse(text)
  } catch {
    throw fail('validation_error', 'The request body must be JSON.')
  }
}

function tooLarge() {
  return fail('payload_too_large', `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`)
}

function parse<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const fields: Record<string, string> = {}
  for (const issue of result.error.issues)
    fields[issue.path.join('.') || '(root)'] ??= issue.message
  throw fail('validation_error', Object.values(fields)[0] ?? 'The request is not valid.', {
    fields,
  })
}

/**
 * Applies the demo latency, then consumes a queued failure for this endpoint if there is one. A
 * request its caller already aborted (a flow unmounted by StrictMode, a step the user left) is
 * answered by nobody, so it leaves the queued failure for the next real call.
 */
async function takeScenario(name: string, signal: AbortSignal): Promise<FailureKind | null> {
  const latencyMs = await db.read(({ scenario }) => scenario.latencyMs)
  if (latencyMs > 0) await delay(latencyMs)
  if (signal.aborted) return 'network_error'
  return db.transact(({ scenario }) => {
    const index = scenario.failNext.findIndex((entry) => entry.endpoint === name)
    const queued = index === -1 ? null : scenario.failNext.splice(index, 1)[0]
    return queued?.failure ?? null
  })
}

// ---------------------------------------------------------------------------------------------
// Who is calling

export type Caller =
  | { kind: 'session'; token: string; account: Account; session: SessionRecord }
  | { kind: 'pendingLogin'; token: string; account: Account }

function bearer(request: Request): string | null {
  const header = request.headers.get('authorization') ?? ''
  const match = /^Bearer (\S+)$/.exec(header)
  return match?.[1] ?? null
}

/** The caller behind the request's bearer token, if it is of an accepted kind. */
export async function authenticate<K extends Caller['kind']>(
  request: Request,
  accept: readonly K[],
): Promise<Extract<Caller, { kind: K }>> {
  const token = bearer(request)
  const caller = await db.read((data): Caller | null => {
    if (!token) return null
    const session = data.sessions.find((s) => s.token === token)
    const pending = data.pendingLogins.find((p) => p.token === token)
    const record = session ?? pending
    const account = record && data.accounts.find((a) => a.id === record.accountId)
    if (!account) return null
    return session
      ? { kind: 'session', token: session.token, account, session }
      : { kind: 'pendingLogin', token: record.token, account }
  })
  if (!caller || !(accept as readonly string[]).includes(caller.kind)) {
    throw fail('unauthorized', 'Your sign-in has expired. Please start again.')
  }
  // Checked just above: the caller is of one of the accepted kinds.
  return caller as Extract<Caller, { kind: K }>
}
