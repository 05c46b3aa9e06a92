/**
 * The step-up's funnel: "Confirm it's you" reports that it opened, how it passed, or that the
 * person closed it or the prompt failed, with no personal data (observeFunnel, as for the login).
 */
import { createActor, fromPromise, toPromise } from 'xstate'
import { expect, it } from 'vitest'
import type { AuthenticationResponse } from '../../src/api/contract'
import type { GetPasskeyInput } from '../../src/machines/login/login.machine'
import { observeFunnel, type FunnelEvent } from '../../src/machines/funnel'
import { stepUpActors } from '../../src/machines/step-up/step-up.actors'
import { stepUpMachine } from '../../src/machines/step-up/step-up.machine'
import { CeremonyError, ceremonyFailure } from '../../src/webauthn/errors'
import { api, newAuthenticator, registerPasskey, signIn } from '../support/backend'

/** The adapter's reading of the OS prompt the person closed, as `getPasskey` rejects with it. */
function cancelledPrompt() {
  const thrown = new DOMException('The user cancelled.', 'NotAllowedError')
  return new CeremonyError(ceremonyFailure(thrown, { ceremony: 'get' }), { cause: thrown })
}

async function confirming(prompt: 'answers' | 'cancelled') {
  const authenticator = newAuthenticator()
  const session = await signIn('ana@example.com')
  await registerPasskey(authenticator, session.token)
  const machine = stepUpMachine.provide({
    actors: {
      ...stepUpActors(api),
      getPasskey: fromPromise<AuthenticationResponse, GetPasskeyInput>(({ input }) =>
        prompt === 'answers'
          ? authenticator.authenticate(input.options)
          : Promise.reject(cancelledPrompt()),
      ),
    },
  })
  const actor = createActor(machine, {
    input: { token: session.token, canPasskey: true, action: 'passkey.delete' },
  })
  const events: FunnelEvent[] = []
  observeFunnel(actor, (event) => events.push(event))
  actor.start()
  return { actor, events }
}

const until = (actor: ReturnType<typeof createActor<typeof stepUpMachine>>, state: 'ready') =>
  new Promise<void>((resolve) => {
    const check = () => {
      if (actor.getSnapshot().matches(state)) resolve()
    }
    actor.subscribe(check)
    check()
  })

it('reports shown, then passed with the passkey', async () => {
  const { actor, events } = await confirming('answers')
  await until(actor, 'ready')
  actor.send({ type: 'stepUp.passkey' })

  expect((await toPromise(actor)).kind).toBe('verified')
  expect(events).toEqual([{ type: 'stepUp.shown' }, { type: 'stepUp.passed', method: 'passkey' }])
})

it('reports a cancelled prompt as a failure, then the person closing it as declined', async () => {
  const { actor, events } = await confirming('cancelled')
  await until(actor, 'ready')
  actor.send({ type: 'stepUp.passkey' })
  await until(actor, 'ready')
  actor.send({ type: 'stepUp.cancel' })

  expect(await toPromise(actor)).toEqual({ kind: 'declined' })
  expect(events).toEqual([
    { type: 'stepUp.shown' },
    { type: 'stepUp.failed', reason: 'cancelled' },
    { type: 'stepUp.declined' },
  ])
})
