import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { devEndpoints } from '../../src/api/dev-contract'
import { endpoints, errorCodeSchema, type EndpointDefinition } from '../../src/api/contract'
import {
  bearerSchemeName,
  buildOpenApiDocument,
  demoOnlyNote,
  errorStatus,
  openApiPath,
  serializeOpenApiDocument,
} from '../../src/api/openapi'

const checkedIn = readFileSync(new URL('../../src/api/openapi.json', import.meta.url), 'utf8')

const document = buildOpenApiDocument()
const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

interface Operation {
  operationId?: string
  summary?: string
  description?: string
  tags?: string[]
  security?: Record<string, string[]>[]
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown; $ref?: string }[]
  requestBody?: { content?: Record<string, { schema?: unknown }> }
  responses?: Record<
    string,
    { description?: string; content?: Record<string, { schema?: unknown }> }
  >
}

const operations: { path: string; method: string; operation: Operation }[] = Object.entries(
  document.paths ?? {},
).flatMap(([path, item]) =>
  methods.flatMap((method) => {
    const operation = (item as Record<string, unknown>)[method] as Operation | undefined
    return operation ? [{ path, method, operation }] : []
  }),
)

const endpointList = Object.entries({ ...endpoints, ...devEndpoints }) as [
  string,
  EndpointDefinition,
][]

function operationFor(name: string): Operation {
  const found = operations.filter(({ operation }) => operation.operationId === name)
  expect(found, `operations with operationId ${name}`).toHaveLength(1)
  return found[0]!.operation
}

/** Every `$ref` in a JSON value, with where it was found. */
function collectRefs(value: unknown, at = '#'): { ref: string; at: string }[] {
  if (Array.isArray(value))
    return value.flatMap((entry, index) => collectRefs(entry, `${at}/${index}`))
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, entry]) =>
    key === '$ref' && typeof entry === 'string'
      ? [{ ref: entry, at }]
      : collectRefs(entry, `${at}/${key}`),
  )
}

function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object' && Object.hasOwn(node, key)
          ? (node as Record<string, unknown>)[key]
          : undefined,
      root,
    )
}

describe('the OpenAPI document', () => {
  it('is checked in at src/api/openapi.json exactly as the contract generates it', () => {
    expect(
      checkedIn.replace(/\r\n/g, '\n'),
      'src/api/openapi.json is out of date with src/api/contract.ts: run `npm run openapi`',
    ).toBe(serializeOpenApiDocument(document))
  })

  it('comes out the same every time it is built', () => {
    expect(serializeOpenApiDocument(buildOpenApiDocument())).toBe(
      serializeOpenApiDocument(document),
    )
  })

  it('describes every endpoint of the contract as exactly one operation named after it', () => {
    for (const [name, endpoint] of endpointList) {
      const found = operations.filter(({ operation }) => operation.operationId === name)
      expect(found, `operations with operationId ${name}`).toHaveLength(1)
      expect(found[0]).toMatchObject({
        path: openApiPath(endpoint.path),
        method: endpoint.method.toLowerCase(),
        operation: { summary: endpoint.summary },
      })
    }
    expect(operations.map(({ operation }) => operation.operationId).sort()).toEqual(
      endpointList.map(([name]) => name).sort(),
    )
  })

  it('is an OpenAPI 3.1 document whose every $ref resolves within the document', () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/)
    expect(document.info.title).toBeTruthy()
    expect(document.info.version).toBeTruthy()
    const refs = collectRefs(document)
    expect(refs.length).toBeGreaterThan(0)
    for (const { ref, at } of refs) {
      expect(ref, `$ref at ${at}`).toMatch(/^#\/components\//)
      expect(resolvePointer(document, ref), `$ref ${ref} at ${at}`).toBeDefined()
    }
  })

  it('keeps no component schema that nothing refers to', () => {
    const referenced = new Set(collectRefs(document).map(({ ref }) => ref))
    for (const name of Object.keys(document.components?.schemas ?? {})) {
      expect(referenced.has(`#/components/schemas/${name}`), `unused component ${name}`).toBe(true)
    }
  })

  it('gives every operation a success response and described responses with JSON schemas', () => {
    for (const { path, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`
      expect(path, where).toMatch(/^\/api\//)
      expect(Object.keys(operation.responses ?? {}), where).toContain('200')
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        expect(status, `${where} status`).toMatch(/^[1-5]\d\d$/)
        expect(response.description, `${where} ${status} description`).toBeTruthy()
        expect(
          response.content?.['application/json']?.schema,
          `${where} ${status} schema`,
        ).toBeTypeOf('object')
      }
      if (operation.requestBody) {
        expect(
          operation.requestBody.content?.['application/json']?.schema,
          `${where} body`,
        ).toBeTypeOf('object')
      }
    }
  })

  it('declares each path template parameter as a required path parameter, and no others', () => {
    for (const { path, method, operation } of operations) {
      const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).sort()
      const pathParams = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path')
      expect(pathParams.map((parameter) => parameter.name).sort(), `${method} ${path}`).toEqual(
        inTemplate,
      )
      for (const parameter of pathParams) {
        expect(parameter.required, `${method} ${path} {${parameter.name}}`).toBe(true)
        expect(parameter.schema, `${method} ${path} {${parameter.name}}`).toBeTypeOf('object')
      }
    }
  })

  it('answers each error code of an endpoint with its HTTP status and the shared Error schema', () => {
    for (const [name, endpoint] of endpointList) {
      const responses = operationFor(name).responses ?? {}
      for (const code of [...endpoint.errors, 'server_error' as const]) {
        const response = responses[String(errorStatus[code])]
        expect(response, `${name}: ${code} → ${errorStatus[code]}`).toBeDefined()
        expect(response?.description, `${name}: ${code}`).toContain(`\`${code}\``)
        expect(response?.content?.['application/json']?.schema).toEqual({
          $ref: '#/components/schemas/Error',
        })
      }
      const errorStatuses = Object.keys(responses).filter((status) => status !== '200')
      const expected = new Set(
        [...endpoint.errors, 'server_error' as const].map((code) => String(errorStatus[code])),
      )
      expect(errorStatuses.sort(), `${name}: error statuses`).toEqual([...expected].sort())
    }
  })

  it('maps every error code of the contract to an HTTP error status', () => {
    for (const code of errorCodeSchema.options) {
      expect(errorStatus[code], code).toBeGreaterThanOrEqual(400)
      expect(errorStatus[code], code).toBeLessThan(600)
    }
  })

  it('requires the bearer token exactly on the endpoints that need one, and says which token', () => {
    expect(document.components?.securitySchemes?.[bearerSchemeName]).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    })
    for (const [name, endpoint] of endpointList) {
      const operation = operationFor(name)
      if (endpoint.auth === 'none') {
        expect(operation.security, name).toBeUndefined()
        continue
      }
      expect(operation.security, name).toEqual([{ [bearerSchemeName]: [] }])
      if (endpoint.auth !== 'session')
        expect(operation.description, name).toContain('pending login token')
      if (endpoint.auth !== 'pendingLogin')
        expect(operation.description, name).toContain('session token')
    }
    expect(document.security, 'no global security requirement').toBeUndefined()
  })

  it('tags operations by area and marks the demo-only ones as served by the fake backend', () => {
    const declared = (document.tags ?? []).map((tag) => tag.name)
    expect(declared).toEqual(['auth', 'otp', 'passkeys', 'session', 'demo'])
    for (const [name, endpoint] of endpointList) {
      const operation = operationFor(name)
      expect(operation.tags, name).toHaveLength(1)
      expect(declared, name).toContain(operation.tags?.[0])
      if (endpoint.demoOnly) {
        expect(operation.tags, name).toEqual(['demo'])
        expect(operation.description, name).toContain(demoOnlyNote)
      } else {
        expect(operation.tags, name).not.toContain('demo')
        expect(operation.description ?? '', name).not.toContain('demo only')
      }
    }
    expect(operationFor('otpVerify').tags).toEqual(['otp'])
    expect(operationFor('password').tags).toEqual(['auth'])
    expect(operationFor('passkeyRename').tags).toEqual(['passkeys'])
    expect(operationFor('logout').tags).toEqual(['session'])
  })

  it('documents request bodies and path parameters only where the contract has them', () => {
    for (const [name, endpoint] of endpointList) {
      const operation = operationFor(name)
      expect(operation.requestBody !== undefined, `${name} request body`).toBe(
        endpoint.body !== undefined,
      )
      expect((operation.parameters ?? []).length > 0, `${name} parameters`).toBe(
        endpoint.params !== undefined,
      )
    }
  })
})
