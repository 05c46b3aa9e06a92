import { beforeEach } from 'vitest'
import { adapter } from './target'

// Every rule starts from a clean backend: no passkeys, lockouts, spent budgets or sessions.
beforeEach(async () => {
  await adapter.reset()
})
