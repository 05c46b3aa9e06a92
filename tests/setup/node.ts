import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { db, server } from '../../mocks/node'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => db.reset())
afterEach(() => {
  server.resetHandlers()
  vi.useRealTimers()
})
afterAll(() => server.close())
