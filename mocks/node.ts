/** The fake backend for Node tests: `server.listen()` in setup, `db.reset()` between tests. */
import { setupServer } from 'msw/node'
import { handlers } from './handlers/index'

export const server = setupServer(...handlers)
export { db } from './db/store'
