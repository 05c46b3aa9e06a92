/**
 * Default effects of the step-up machine: the API client's step-up endpoints, the browser's
 * WebAuthn, and the code step wired to the step-up's own code endpoints (same rules as the login);
 * and `stepUp()`, the machine with them as a promise (below).
 */
import { createActor, fromPromise, toPromise } from 'xstate'
import type { AuthenticationResponse, Session } from '../../api/contract'
import { apiClient } from '../../api/client'
import type { ApiClient } from '../../api/http'
import { getPasskey } from '../../webauthn/ceremonies'
import { detectDevice as browserDevice, type DetectDevice } from '../../webauthn/detect-device'
import { codeMachine } from '../code/code.machine'
import { observeFlow } from '../observe-flow'
import type { SendCodeInput, SendCodeOutput, VerifyCodeInput } from '../code/code.types'
import type { GetPasskeyInput } from '../login/login.machine'
import {
  stepUpMachine,
  type StepUpEvent,
  type StepUpOptionsInput,
  type StepUpOutput,
  type VerifyStepUpInput,
} from './step-up.machine'
import { selectStepUpView, type StepUpView } from './step-up.selectors'

export function stepUpActors(api: ApiClient = apiClient) {
  return {
    fetchStepUpOptions: fromPromise(
      ({ input, signal }: { input: StepUpOptionsInput; signal: AbortSignal }) =>
        api.call('stepUpOptions', {
          token: input.token,
          body: { action: input.action },
          signal,
        }),
    ),
    getPasskey: fromPromise<AuthenticationResponse, GetPasskeyInput>(({ input, signal }) =>
      getPasskey(input.options, { signal, conditional: input.conditional, hybrid: input.hybrid }),
    ),
    verifyStepUp: fromPromise<Session, VerifyStepUpInput>(({ input, signal }) =>
      api.call('stepUpVerify', { token: input.token, body: { response: input.response }, signal }),
    ),
    code: codeMachine.provide({
      actors: {
        sendCode: fromPromise<SendCodeOutput, SendCodeInput>(({ input, signal }) =>
          api.call('stepUpCodeSend', {
            token: input.token,
            body: { channel: input.channel },
            signal,
          }),
        ),
        verifyCode: fromPromise<Session, VerifyCodeInput>(({ input, signal }) =>
          api.call('stepUpVerify', { token: input.token, body: { code: input.code }, signal }),
        ),
      },
    }),
  }
}

/** What `stepUp()` takes. */
export interface StepUpOptions {
  /** The session to confirm; the backend ends it and answers a fresh one. */
  token: string
  /** The one change being confirmed ("email.change"): the fresh session allows it and no other. */
  action: string
  /** The API client (default: this origin's). */
  api?: ApiClient
  /** The device profile; by default the browser's own. */
  detectDevice?: DetectDevice
  /** Draws each step and sends the person's events; see above for what happens without it. */
  onView?: (view: StepUpView, send: (event: StepUpEvent) => void) => void
  /** Aborting it declines the step-up (the host's dialog was closed some other way). */
  signal?: AbortSignal
}

/**
 * `stepUp()`: "Confirm it's you" as a promise, for hosts without React. It runs the step-up
 * machine with the default effects (or the host's API client) and resolves with its output: a
 * fresh session, `declined`, or `sessionEnded`.
 *
 *   const result = await stepUp({ token: session.token, action: 'email.change' })
 *   if (result.kind === 'verified') saveSession(result.session)
 *
 * With `onView`, the host draws each step (the choice, the code's channel and entry) and sends
 * the person's events. Without it, `stepUp()` opens the passkey prompt itself, and declines
 * where only a code would do, since nobody could type it. Call it from the person's tap: some
 * browsers only open a passkey prompt that a tap started.
 */
export async function stepUp(options: StepUpOptions): Promise<StepUpOutput> {
  const { token, action, api, detectDevice = browserDevice, onView, signal } = options
  const device = await detectDevice()
  const machine = stepUpMachine.provide({ actors: stepUpActors(api) })
  const actor = createActor(machine, { input: { token, canPasskey: device.canPasskey, action } })
  const send = (event: StepUpEvent) => {
    actor.send(event)
  }
  let prompted = false
  // The flow and its code step: the code's own changes (sent, wrong code) are views too.
  const stop = observeFlow(actor, () => {
    const snapshot = actor.getSnapshot()
    if (snapshot.status !== 'active') return
    const view = selectStepUpView(snapshot)
    if (onView) {
      onView(view, send)
      return
    }
    // No one to draw the steps: one passkey prompt, and nothing a person would have to type.
    if (view.screen !== 'stepUpChoice' || view.phase === 'failed') {
      send({ type: 'stepUp.cancel' })
    } else if (view.phase === 'ready') {
      const once = view.canPasskey && !prompted
      prompted = true
      send(once ? { type: 'stepUp.passkey' } : { type: 'stepUp.cancel' })
    }
  })
  signal?.addEventListener('abort', () => {
    send({ type: 'stepUp.cancel' })
  })
  actor.start()
  return toPromise(actor).finally(stop)
}
