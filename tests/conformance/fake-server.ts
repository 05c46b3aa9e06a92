/**
 * The fake backend over real HTTP, for the conformance suite's default run: a Node HTTP server
 * that hands each request to the same MSW handlers the demo and the tests use (`getResponse`),
 * so the suite talks to it exactly as it would to any other backend.
 */
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getResponse } from 'msw'
import { configureBackend } from '../../mocks/config'
import { db } from '../../mocks/db/store'
import { handlers } from '../../mocks/handlers/index'

export interface RunningBackend {
  baseUrl: string
  close: () => Promise<void>
}

async function toRequest(message: IncomingMessage, baseUrl: string): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of message) chunks.push(chunk as Buffer)
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  return new Request(new URL(message.url ?? '/', baseUrl), {
    method: message.method ?? 'GET',
    headers,
    body: message.method === 'GET' || message.method === 'HEAD' ? undefined : body,
  })
}

/** Starts the fake backend on a free port of localhost, for the relying party given. */
export async function startFakeBackend(relyingParty: {
  origin: string
  rpId: string
}): Promise<RunningBackend> {
  // The rules are about behaviour, not hashing speed: a low PBKDF2 count keeps them quick.
  configureBackend({ ...relyingParty, passwordIterations: 1000 })
  await db.reset()
  const server = createServer((message, reply) => {
    const baseUrl = `http://${message.headers.host ?? 'localhost'}`
    void toRequest(message, baseUrl)
      .then((request) => getResponse(handlers, request))
      .then(async (response) => {
        const answer = response ?? new Response('Not found', { status: 404 })
        reply.writeHead(answer.status, Object.fromEntries(answer.headers))
        reply.end(Buffer.from(await answer.arrayBuffer()))
      })
      .catch((error: unknown) => {
        reply.writeHead(500).end(String(error))
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
