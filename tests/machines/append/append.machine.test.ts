/** The append step, with every effect a controlled fake: each WebAuthn outcome and each fault. */
import { describe, expect, it } from 'vitest'
import { createActor } from 'xstate'
import type { CreationOptionsJSON, Passkey, RegistrationResponse } from '../../../src/api/contract'
import {
  appendMachine,
  type AppendInput,
  type CreatePasskeyInput,
  type FetchCreationOptionsInput,
  type RecordSkipInput,
  type VerifyPasskeyInput,
} from '../../../src/machines/append/append.machine'
import { appendSuggestsSkip } from '../../../src/machines/append/append.selectors'
import { CeremonyError, ceremonyFailure } from '../../../src/webauthn/errors'
import { fault, rejection } from '../support/api-errors'
import { controlledPromiseActor } from '../support/controlled-promise-actor'
import { reach } from '../support/wait'
import { creationOptions as options, passkey, registration as response } from '../support/fixtures'

/** How the default createPasskey actor fails: the browser's DOMException read by the adapter. */
const domError = (name: string) =>
  new CeremonyError(ceremonyFailure(new DOMException(name, name), { ceremony: 'create' }))

function startAppend(overrides: Partial<AppendInput> = {}) {
  const fetchOptions = controlledPromiseActor<
    { options: CreationOptionsJSON },
    FetchCreationOptionsInput
  >()
  const create = controlledPromiseActor<RegistrationResponse, CreatePasskeyInput>()
  const verify = controlledPromiseActor<
    { passkey: Passkey; pending: boolean },
    VerifyPasskeyInput
  >()
  const skip = controlledPromiseActor<{ snoozedUntil: string; pending: boolean }, RecordSkipInput>()
  const actor = createActor(
    appendMachine.provide({
      actors: {
        fetchCreationOptions: fetchOptions.logic,
        createPasskey: create.logic,
        verifyPasskey: verify.logic,
        recordSkip: skip.logic,
      },
    }),
    {
      input: {
        token: 'pending-token',
        purpose: 'login',
        canSkip: true,
        canCreate: true,
        tryConditionalCreate: false,
        ...overrides,
      },
    },
  ).start()
  type AppendState = Parameters<ReturnType<typeof actor.getSnapshot>['matches']>[0]
  const at = (state: AppendState) => reach(actor, state)
  /** Options loaded and the offer on screen. */
  async function atOffer() {
    await fetchOptions.latest().resolve({ options })
    return at({ offering: 'ready' })
  }
  return { actor, fetchOptions, create, verify, skip, at, atOffer }
}

describe('the append offer', () => {
  it('fetches registration options on arrival, so the tap goes straight to the OS prompt', async () => {
    const append = startAppend()
    expect(append.fetchOptions.calls).toHaveLength(1)
    await append.atOffer()

    append.actor.send({ type: 'append.create' })

    expect(append.create.latest().input).toEqual({ options, conditional: false })
    expect(append.fetchOptions.calls).toHaveLength(1)
  })

  it('creates, verifies and ends with the new passkey', async () => {
    const append = startAppend()
    await append.atOffer()
    append.actor.send({ type: 'append.create' })
    await append.create.latest().resolve(response)
    await append.verify.latest().resolve({ passkey, pending: true })
    await append.at('created')

    append.actor.send({ type: 'append.continue' })

    expect(append.actor.getSnapshot().output).toEqual({ outcome: 'created', passkey })
    expect(append.verify.latest().input).toMatchObject({ token: 'pending-token', response })
  })

  it('reads InvalidStateError as "this device already has one", not as an error', async () => {
    const append = startAppend()
    await append.atOffer()
    append.actor.send({ type: 'append.create' })

    await append.create.latest().reject(domError('InvalidStateError'))
    await append.at('alreadyExists')
    append.actor.send({ type: 'append.continue' })

    expect(append.actor.getSnapshot().output?.outcome).toBe('alreadyExists')
  })

  it('returns to the offer after a cancel, and suggests skipping after three', async () => {
    const append = startAppend()
    await append.atOffer()

    for (let cancel = 1; cancel <= 3; cancel++) {
      append.actor.send({ type: 'append.create' })
      await append.create.latest().reject(domError('NotAllowedError'))
      await append.at({ offering: 'ready' })
      expect(append.actor.getSnapshot().context.ceremonyFailure).toBe('cancelled')
      expect(appendSuggestsSkip(append.actor.getSnapshot().context)).toBe(cancel >= 3)
    }
  })

  it('keeps a timeout apart from a cancel', async () => {
    const append = startAppend()
    await append.atOffer()
    append.actor.send({ type: 'append.create' })

    await append.create.latest().reject({ failure: 'timedOut' })

    await append.at({ offering: 'ready' })
    expect(append.actor.getSnapshot().context.ceremonyFailure).toBe('timedOut')
    expect(append.actor.getSnapshot().context.cancels).toBe(0)
  })

  it('fails with a way forward, and a retry fetches a fresh challenge', async () => {
    const append = startAppend()
    await append.atOffer()
    append.actor.send({ type: 'append.create' })
    await append.create.latest().resolve(response)
    await append.verify.latest().reject(rejection('registrationVerify', 'challenge_invalid'))
    await append.at({ offering: 'failed' })

    append.actor.send({ type: 'append.retry' })

    expect(append.fetchOptions.calls).toHaveLength(2)
    await append.atOffer()
  })

  it('reads a raw DOMException (an actor that skipped the WebAuthn adapter) as unknown', async () => {
    const append = startAppend()
    await append.atOffer()
    append.actor.send({ type: 'append.create' })

    await append.create.latest().reject(new DOMException('cancelled', 'NotAllowedError'))

    await append.at({ offering: 'failed' })
    expect(append.actor.getSnapshot().context.ceremonyFailure).toBe('unknown')
  })

  it('treats a SecurityError as a failure, not a cancel', async () => {
    const append = startAppend()
    await append.atOffer()
    append.actor.send({ type: 'append.create' })

    await append.create.latest().reject(domError('SecurityError'))

    await append.at({ offering: 'failed' })
    expect(append.actor.getSnapshot().context.ceremonyFailure).toBe('security')
  })

  it('offers retry and skip when the options cannot be loaded', async () => {
    const append = startAppend()
    await append.fetchOptions.latest().reject(fault('registrationOptions', 'network'))
    await append.at({ offering: 'failed' })

    append.actor.send({ type: 'append.retry' })

    await append.atOffer()
  })

  it('records the skip with the backend, and goes on even if that fails', async () => {
    const append = startAppend()
    await append.atOffer()
    append.actor.send({ type: 'append.skip' })

    await append.skip.latest().reject(fault('appendSkip', 'server'))

    expect(append.skip.latest().input).toEqual({
      token: 'pending-token',
      reason: 'skipped',
    })
    expect(append.actor.getSnapshot().output?.outcome).toBe('skipped')
  })

  it('takes a skip pressed while the options are still on their way', async () => {
    for (const input of [{}, { tryConditionalCreate: true }]) {
      const append = startAppend(input)
      const loading = append.fetchOptions.latest()

      append.actor.send({ type: 'append.skip' })

      expect(loading.signal.aborted).toBe(true)
      await append.skip
        .latest()
        .resolve({ snoozedUntil: '2026-11-29T00:00:00.000Z', pending: true })
      expect(append.actor.getSnapshot().output?.outcome).toBe('skipped')
    }
  })

  it('aborts the silent create when the user skips while it is open', async () => {
    const append = startAppend({ tryConditionalCreate: true })
    await append.fetchOptions.latest().resolve({ options })
    const silent = append.create.latest()

    append.actor.send({ type: 'append.skip' })

    expect(silent.signal.aborted).toBe(true)
    await append.skip.latest().resolve({ snoozedUntil: '2026-11-29T00:00:00.000Z', pending: true })
    expect(append.actor.getSnapshot().output?.outcome).toBe('skipped')
  })

  it('has no skip under policy "required"', async () => {
    const append = startAppend({ canSkip: false })
    await append.atOffer()

    append.actor.send({ type: 'append.skip' })

    expect(append.actor.getSnapshot().matches({ offering: 'ready' })).toBe(true)
    expect(append.skip.calls).toEqual([])
  })

  it('continues on a device that cannot create one, and asks the backend to ask again elsewhere', async () => {
    const append = startAppend({ canCreate: false, canSkip: false })

    await append.skip.latest().resolve({ snoozedUntil: '2026-11-22T00:00:00.000Z', pending: true })

    expect(append.skip.latest().input.reason).toBe('unsupported')
    expect(append.actor.getSnapshot().output?.outcome).toBe('unsupported')
    expect(append.fetchOptions.calls).toEqual([])
  })

  it('closes without a snooze when skipped from the dashboard', () => {
    const append = startAppend({ purpose: 'dashboard', token: 'session-token' })

    return append.atOffer().then(() => {
      append.actor.send({ type: 'append.skip' })
      expect(append.actor.getSnapshot().output?.outcome).toBe('dismissed')
      expect(append.skip.calls).toEqual([])
    })
  })

  it('aborts the OS prompt when the step is left', async () => {
    const append = startAppend()
    await append.atOffer()
    append.actor.send({ type: 'append.create' })
    const prompt = append.create.latest()

    append.actor.stop()

    expect(prompt.signal.aborted).toBe(true)
  })
})

describe('conditional create', () => {
  it('creates silently first, and skips the offer when the password manager agrees', async () => {
    const append = startAppend({ tryConditionalCreate: true })
    await append.fetchOptions.latest().resolve({ options })

    expect(append.create.latest().input.conditional).toBe(true)
    await append.create.latest().resolve(response)
    await append.verify.latest().resolve({ passkey, pending: true })
    await append.at('created')
  })

  it('shows the normal offer when the silent attempt declines', async () => {
    const append = startAppend({ tryConditionalCreate: true })
    await append.fetchOptions.latest().resolve({ options })

    await append.create.latest().reject(domError('NotAllowedError'))

    await append.at({ offering: 'ready' })
    append.actor.send({ type: 'append.create' })
    expect(append.create.latest().input.conditional).toBe(false)
  })
})
