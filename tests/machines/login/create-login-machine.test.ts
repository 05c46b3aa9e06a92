/** `createLoginMachine`: the embedder's options reach the machine's effects. */
import { expect, it, vi } from 'vitest'
import { createActor } from 'xstate'
import type { ApiClient } from '../../../src/api/http'
import { createLoginMachine } from '../../../src/machines/login/login.actors'
import { defaultPolicy } from '../../../src/machines/policy'
import { incapableDevice } from '../support/login-harness'
import { reach } from '../support/wait'

const policy = { ...defaultPolicy, conditionalUI: false }

it('asks the given device detector what this device can do', async () => {
  const actor = createActor(
    createLoginMachine({ detectDevice: () => Promise.resolve(incapableDevice) }),
    {
      input: { policy },
    },
  ).start()

  await reach(actor, { identifier: 'ready' })

  expect(actor.getSnapshot().context.device).toEqual(incapableDevice)
})

it('sends its calls through the given API client', async () => {
  const call = vi.fn(() => new Promise<never>(() => undefined))
  // A client that records the call and never answers (its generic signature is not a mock's).
  const api = { call } as unknown as ApiClient
  const actor = createActor(
    createLoginMachine({
      api,
      detectDevice: () => Promise.resolve(incapableDevice),
    }),
    { input: { policy } },
  ).start()
  await reach(actor, { identifier: 'ready' })

  actor.send({ type: 'identifier.submit', identifier: 'ana@example.com' })

  expect(call).toHaveBeenCalledWith(
    'identify',
    expect.objectContaining({ body: { identifier: 'ana@example.com' } }),
  )
})
