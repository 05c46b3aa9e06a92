/**
 * The OpenAPI 3.1 description of the API, generated from the contract's endpoint table.
 *
 * `npm run openapi` writes it to `src/api/openapi.json` (checked in, for backend teams and API
 * tools); `npm run openapi -- --check` and tests/api/openapi.test.ts fail when that copy is stale.
 *
 * Imports nothing but `zod-openapi` and the contract (product and demo tables), so it can run in Node without the app.
 * The output depends only on the contract: paths and operations follow the order of `endpoints`,
 * responses are keyed by status, and component schemas are sorted by name.
 */
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi'
import { devEndpoints } from './dev-contract'
import {
  endpoints,
  errorBodySchema,
  errorStatus,
  type AuthRequirement,
  type EndpointDefinition,
  type ErrorCode,
} from './contract'

export type OpenApiDocument = ReturnType<typeof createDocument>

/** The HTTP status each error code is answered with (re-exported from the contract). */
export { errorStatus }

const statusText: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  404: 'Not found',
  409: 'Conflict',
  410: 'Gone',
  423: 'Locked',
  429: 'Too many requests',
  500: 'Server error',
}

export const openApiTags = ['auth', 'otp', 'passkeys', 'session', 'demo'] as const
export type OpenApiTag = (typeof openApiTags)[number]

const tagDescriptions: Record<OpenApiTag, string> = {
  auth: 'Identify, passkey sign-in and password sign-in',
  otp: 'One-time codes for the pending login',
  passkeys: 'Creating, listing, renaming and deleting passkeys; the append offer',
  session: 'The signed-in session',
  demo: 'Demo only: served by the fake backend, not part of a real backend',
}

/** Path prefixes by area; the first match wins. */
const tagByPathPrefix: readonly (readonly [string, OpenApiTag])[] = [
  ['/api/dev/', 'demo'],
  ['/api/auth/otp/', 'otp'],
  ['/api/auth/', 'auth'],
  ['/api/passkeys', 'passkeys'],
  ['/api/session', 'session'],
]

/** The area an endpoint belongs to: 'demo' for demo-only endpoints, else by its path. */
export function tagOf(endpoint: Pick<EndpointDefinition, 'path' | 'demoOnly'>): OpenApiTag {
  if (endpoint.demoOnly) return 'demo'
  const match = tagByPathPrefix.find(([prefix]) => endpoint.path.startsWith(prefix))
  if (!match) throw new Error(`openapi: no tag for ${endpoint.path}; add it to tagByPathPrefix`)
  return match[1]
}

/** `/api/passkeys/:id` → `/api/passkeys/{id}` */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}')
}

export const bearerSchemeName = 'bearer'

const passwordPath = endpoints.password.path
const sessionPaths = `\`POST ${endpoints.passkeyVerify.path}\` or \`POST ${endpoints.otpVerify.path}\``

const authDescriptions: Record<Exclude<AuthRequirement, 'none'>, string> = {
  pendingLogin: `Requires \`Authorization: Bearer <token>\` with the pending login token from \`POST ${passwordPath}\`.`,
  session: `Requires \`Authorization: Bearer <token>\` with the session token from ${sessionPaths}.`,
  pendingLoginOrSession: `Requires \`Authorization: Bearer <token>\` with either the pending login token from \`POST ${passwordPath}\` or the session token from ${sessionPaths}.`,
}

export const demoOnlyNote = '(demo only: served by the fake backend, not part of a real backend)'

function describe(endpoint: EndpointDefinition): string | undefined {
  const parts: string[] = []
  if (endpoint.auth !== 'none') parts.push(authDescriptions[endpoint.auth])
  if (endpoint.demoOnly) parts.push(demoOnlyNote)
  return parts.length > 0 ? parts.join('\n\n') : undefined
}

function errorResponses(endpoint: EndpointDefinition): ZodOpenApiResponsesObject {
  // Every operation may answer 500.
  const codes = new Set<ErrorCode>([...endpoint.errors, 'server_error'])
  const byStatus = new Map<number, ErrorCode[]>()
  for (const code of codes) {
    const status = errorStatus[code]
    byStatus.set(status, [...(byStatus.get(status) ?? []), code])
  }
  const responses: ZodOpenApiResponsesObject = {}
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const list = (byStatus.get(status) ?? []).sort()
    const key = String(status) as `${4 | 5}${string}`
    responses[key] = {
      description: `${statusText[status] ?? 'Error'}: ${list.map((code) => `\`${code}\``).join(', ')}`,
      content: { 'application/json': { schema: errorBodySchema } },
    }
  }
  return responses
}

function operation(name: string, endpoint: EndpointDefinition): ZodOpenApiOperationObject {
  const description = describe(endpoint)
  return {
    operationId: name,
    summary: endpoint.summary,
    ...(description === undefined ? {} : { description }),
    tags: [tagOf(endpoint)],
    ...(endpoint.auth === 'none' ? {} : { security: [{ [bearerSchemeName]: [] }] }),
    ...(endpoint.params ? { requestParams: { path: endpoint.params } } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: endpoint.body } },
          },
        }
      : {}),
    responses: {
      200: {
        description: 'OK',
        content: { 'application/json': { schema: endpoint.response } },
      },
      ...errorResponses(endpoint),
    },
  }
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** The OpenAPI 3.1 document for every endpoint of the contract, demo-only ones tagged 'demo'. */
export function buildOpenApiDocument(): OpenApiDocument {
  const paths: ZodOpenApiPathsObject = {}
  for (const [name, endpoint] of Object.entries({ ...endpoints, ...devEndpoints }) as [
    string,
    EndpointDefinition,
  ][]) {
    const path = openApiPath(endpoint.path)
    const method = endpoint.method.toLowerCase() as Lowercase<EndpointDefinition['method']>
    const item = (paths[path] ??= {})
    if (item[method])
      throw new Error(`openapi: two endpoints for ${endpoint.method} ${endpoint.path}`)
    item[method] = operation(name, endpoint)
  }

  const document = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Passkey login API',
      version: '0.1.0',
      description:
        'JSON over HTTP under `/api`. Errors answer `{ "error": { "code", "message", ... } }` (the `Error` schema). ' +
        'A password login yields a pending login token, not a session; passkey and code verification yield a session. ' +
        'Both travel as `Authorization: Bearer <token>`. WebAuthn options and responses use the W3C JSON forms (base64url for binary). ' +
        'Generated from src/api/contract.ts: do not edit by hand.',
    },
    tags: openApiTags.map((name) => ({ name, description: tagDescriptions[name] })),
    paths,
    components: {
      securitySchemes: {
        [bearerSchemeName]: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A pending login token (from a password login) or a session token, depending on the operation.',
        },
      },
    },
  })

  const schemas = document.components?.schemas
  if (document.components && schemas) document.components.schemas = sortKeys(schemas)
  return document
}

/** The document as checked in at `src/api/openapi.json`: 2-space JSON and a trailing newline. */
export function serializeOpenApiDocument(
  document: OpenApiDocument = buildOpenApiDocument(),
): string {
  return `${JSON.stringify(document, null, 2)}\n`
}
