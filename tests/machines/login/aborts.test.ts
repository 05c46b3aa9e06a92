/** Leaving a step aborts what it started: the request or the OS prompt gets the abort signal. */
import { expect, it } from 'vitest'
import { createActor, fromPromise } from 'xstate'
import type { AuthenticationResponse, ResponseBody } from '../../../src/api/contract'
import { loginMachine, type GetPasskeyInput } from '../../../src/machines/login/login.machine'
import type { EnvironmentOutput } from '../../../src/machines/login/login.types'
import { defaultPolicy } from '../../../src/machines/policy'
import { controlledPromiseActor } from '../support/controlled-promise-actor'
import { requestOptions } from '../support/fixtures'
import { capableDevice } from '../support/login-harness'
import { reach } from '../support/wait'

const options = requestOptions

function startWithControlledEffects() {
  const identify = controlledPromiseActor<ResponseBody<'identify'>, { identifier: string }>()
  const getPasskey = controlledPromiseActor<AuthenticationResponse, GetPasskeyInput>()
  const actor = createActor(
    loginMachine.provide({
      actors: {
        detectEnvironment: fromPromise<EnvironmentOutput>(() =>
          Promise.resolve({ device: capableDevice, lastAccount: null }),
        ),
        fetchRequestOptions: fromPromise(() => Promise.resolve({ options })),
        identify: identify.logic,
        getPasskey: getPasskey.logic,
      },
    }),
    { input: { policy: { ...defaultPolicy, conditionalUI: false } } },
  ).start()
  return { actor, identify, getPasskey }
}

it('going back during the lookup aborts the request', async () => {
  const { actor, identify } = startWithControlledEffects()
  await reach(actor, { identifier: 'ready' })
  actor.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
  const lookup = identify.latest()

  actor.send({ type: 'login.back' })

  expect(lookup.signal.aborted).toBe(true)
  expect(actor.getSnapshot().matches('identifier')).toBe(true)
})

it('choosing the password while the passkey prompt is open aborts the prompt', async () => {
  const { actor, identify, getPasskey } = startWithControlledEffects()
  await reach(actor, { identifier: 'ready' })
  actor.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
  await identify.latest().resolve({ identifier: 'ana@example.com', passkey: { options } })
  actor.send({ type: 'passkey.start' })
  const prompt = getPasskey.latest()

  actor.send({ type: 'passkey.usePassword' })

  expect(prompt.signal.aborted).toBe(true)
  expect(actor.getSnapshot().matches('password')).toBe(true)
})
