import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { configureBackend } from '../../mocks/config'
import { db, server } from '../../mocks/node'

// OWASP's 600,000 PBKDF2 rounds take a third of a second a hash; tests hash thousands of times.
configureBackend({ passwordIterations: 1000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => db.reset())
afterEach(() => {
  server.resetHandlers()
  vi.useRealTimers()
})
afterAll(() => server.close())
