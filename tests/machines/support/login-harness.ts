/**
 * Runs the real login machine against the real fake backend (MSW's Node server), with only the
 * browser swapped out: a software authenticator stands in for the OS prompt, and the device
 * profile is given. Failures of the prompt are queued per test (`nextPrompt`).
 */
import { vi } from 'vitest'
import {
  createActor,
  fromPromise,
  type ActorRefFrom,
  type Snapshot,
  type SnapshotFrom,
} from 'xstate'
import type {
  AuthenticationResponse,
  CreationOptionsJSON,
  RegistrationResponse,
} from '../../../src/api/contract'
import { copy } from '../../../src/copy/en'
import { appendMachine, type AppendContext } from '../../../src/machines/append/append.machine'
import { codeMachine, type CodeContext } from '../../../src/machines/code/code.machine'
import { codeActors } from '../../../src/machines/code/code.actors'
import { appendActors } from '../../../src/machines/append/append.actors'
import { loginImplementations } from '../../../src/machines/login/login.actors'
import { loginMachine, type GetPasskeyInput } from '../../../src/machines/login/login.machine'
import { defaultPolicy, type Policy } from '../../../src/machines/policy'
import type { LoginNotice } from '../../../src/machines/login/login.types'
import type { DeviceProfile } from '../../../src/webauthn/capabilities'
import { CeremonyError, ceremonyFailure } from '../../../src/webauthn/errors'
import type { SoftAuthenticator } from '../../../mocks/soft-authenticator'
import { api, devApi, newAuthenticator } from '../../support/backend'
import { waitWithReason } from './wait'

export const capableDevice: DeviceProfile = {
  platform: 'macos',
  biometric: 'touchId',
  canPasskey: true,
  canCreate: true,
  canConditional: true,
  canConditionalCreate: false,
  canHybrid: true,
}

export const incapableDevice: DeviceProfile = {
  platform: 'other',
  biometric: 'screenLock',
  canPasskey: false,
  canCreate: false,
  canConditional: false,
  canConditionalCreate: false,
  canHybrid: false,
}

/** What the next OS prompt does instead of succeeding: a DOMException name, or 'hang'. */
export type PromptOutcome = 'NotAllowedError' | 'InvalidStateError' | 'SecurityError' | 'hang'

export interface HarnessOptions {
  policy?: Partial<Policy>
  device?: DeviceProfile
  lastAccount?: string | null
  authenticator?: SoftAuthenticator
  /** Resume from a persisted snapshot (a reload). */
  snapshot?: Snapshot<unknown>
  notice?: LoginNotice | null
}

export function startLogin(options: HarnessOptions = {}) {
  const authenticator = options.authenticator ?? newAuthenticator()
  const queued: PromptOutcome[] = []
  const prompts: {
    kind: 'get' | 'create'
    conditional: boolean
    hybrid: boolean
    signal: AbortSignal
  }[] = []
  const effects = {
    rememberAccount: vi.fn(),
    forgetAccount: vi.fn(),
    signalUnknownCredential: vi.fn(),
  }

  /**
   * Runs a ceremony unless a failure was queued; 'hang' waits until the state is left. A failure
   * is what the browser throws, read by the WebAuthn adapter's one mapping, as the default
   * ceremonies do.
   */
  function prompt<T>(
    ceremony: 'get' | 'create',
    signal: AbortSignal,
    run: () => Promise<T>,
  ): Promise<T> {
    const outcome = queued.shift()
    if (!outcome) return run()
    const failWith = (name: string) => {
      const thrown = new DOMException(`prompt: ${name}`, name)
      return new CeremonyError(ceremonyFailure(thrown, { ceremony }), { cause: thrown })
    }
    if (outcome === 'hang') {
      return new Promise((_, reject) => {
        signal.addEventListener('abort', () => {
          reject(failWith('AbortError'))
        })
      })
    }
    return Promise.reject(failWith(outcome))
  }

  const defaults = loginImplementations(api)
  const machine = loginMachine.provide({
    actors: {
      ...defaults.actors,
      detectEnvironment: fromPromise(() =>
        Promise.resolve({
          device: options.device ?? capableDevice,
          lastAccount: options.lastAccount ?? null,
        }),
      ),
      getPasskey: fromPromise<AuthenticationResponse, GetPasskeyInput>(({ input, signal }) => {
        prompts.push({ kind: 'get', conditional: input.conditional, hybrid: input.hybrid, signal })
        // Autofill waits for the user to pick a passkey; tests pick through `queued` or never.
        if (input.conditional) {
          return prompt('get', signal, () => new Promise<never>(() => undefined))
        }
        return prompt('get', signal, () => authenticator.authenticate(input.options))
      }),
      // The steps' machines themselves, not the stand-ins that load them later (the app's
      // LoginFlow waits for those before it resumes a flow; tests/machines/lazy-logic.test.ts).
      code: codeMachine.provide({ actors: codeActors(api) }),
      append: appendMachine.provide({
        actors: {
          ...appendActors(api),
          createPasskey: fromPromise<
            RegistrationResponse,
            { options: CreationOptionsJSON; conditional: boolean }
          >(({ input, signal }) => {
            prompts.push({ kind: 'create', conditional: input.conditional, hybrid: false, signal })
            return prompt('create', signal, () => authenticator.register(input.options))
          }),
        },
      }),
    },
    actions: effects,
  })

  const actor = createActor(machine, {
    input: {
      policy: { ...defaultPolicy, ...options.policy },
      passkeyNames: copy.append.passkeyName,
      notice: options.notice ?? null,
    },
    ...(options.snapshot ? { snapshot: options.snapshot } : {}),
  })
  actor.start()

  type Snapshot = SnapshotFrom<typeof machine>
  return {
    actor,
    authenticator,
    prompts,
    effects,
    /** The next OS prompt ends this way instead of succeeding. */
    nextPrompt(outcome: PromptOutcome) {
      queued.push(outcome)
    },
    send: actor.send.bind(actor),
    /** Waits until the machine is where `predicate` says; on timeout, says where it is. */
    until(predicate: (snapshot: Snapshot) => boolean, expected = 'the awaited snapshot') {
      return waitWithReason(actor, predicate, expected)
    },
    at(state: Parameters<Snapshot['matches']>[0]) {
      return waitWithReason(actor, (s) => s.matches(state), JSON.stringify(state))
    },
    /** The child actor of the current code or append step. */
    child(id: 'code' | 'append') {
      const child = actor.getSnapshot().children[id]
      if (!child) throw new Error(`no ${id} child now`)
      return child
    },
    atChild,
  }

  /**
   * Waits for the code or append child to be in `state`. A child's own transitions do not
   * re-emit the parent's snapshot, so this subscribes to the child itself.
   */
  function atChild(
    id: 'code',
    state: ChildState<typeof codeMachine>,
    where?: (context: CodeContext) => boolean,
  ): Promise<SnapshotFrom<typeof codeMachine>>
  function atChild(
    id: 'append',
    state: ChildState<typeof appendMachine>,
    where?: (context: AppendContext) => boolean,
  ): Promise<SnapshotFrom<typeof appendMachine>>
  async function atChild(
    id: 'code' | 'append',
    state: string | Record<string, unknown>,
    where?: (context: never) => boolean,
  ): Promise<unknown> {
    const expected = `the ${id} step at ${JSON.stringify(state)}`
    const parent = await waitWithReason(actor, (s) => s.children[id] !== undefined, expected)
    // One of the two children; the overloads above type each one.
    const child = parent.children[id] as ActorRefFrom<typeof codeMachine>
    return waitWithReason(
      child,
      (s) => s.matches(state as never) && (where?.(s.context as never) ?? true),
      expected,
    )
  }
}

type ChildState<TMachine extends typeof codeMachine | typeof appendMachine> = Parameters<
  SnapshotFrom<TMachine>['matches']
>[0]

/** The newest code the fake backend "sent". */
export async function inboxCode(): Promise<string> {
  const { messages } = await devApi.call('devInbox', {})
  const code = messages.at(-1)?.code
  if (!code) throw new Error('no code in the inbox')
  return code
}
