/**
 * Default effects of the login machine: the API client, the browser's WebAuthn, localStorage for
 * the last account, and the WebAuthn Signal API. `loginImplementations(api)` returns them so an
 * embedder can swap one piece and keep the rest:
 *
 *   loginMachine.provide({ ...loginImplementations(myApi), actors: { ...mine } })
 */
import { fromPromise } from 'xstate'
import type { AuthenticationResponse, PendingLogin, Session } from '../../api/contract'
import { apiClient } from '../../api/client'
import { createApiClient, type ApiClient } from '../../api/http'
import { describeDevice, detectCapabilities } from '../../webauthn/capabilities'
import { getPasskey } from '../../webauthn/ceremonies'
import { rememberPasskeyHere } from '../../webauthn/passkeys-here'
import { currentUserAgent, detectPlatform } from '../../webauthn/platform'
import { readItem, writeItem } from '../../storage/web-storage'
import type { DetectDevice } from '../../webauthn/detect-device'
import { signalUnknownCredential } from '../../webauthn/signals'
import { lazyLogic, loadingActor } from '../lazy-logic'
import { loginMachine, type GetPasskeyInput, type LoginMachine } from './login.machine'
import type { EnvironmentOutput } from './login.types'
import type { appendActors } from '../append/append.actors'
import type { codeActors } from '../code/code.actors'

/** Where the last account's identifier is remembered on this device (never a secret). */
export const LAST_ACCOUNT_KEY = 'passkey-login:last-account'

export function readLastAccount(): string | null {
  return readItem('local', LAST_ACCOUNT_KEY)
}

/** Not remembering the account (blocked storage) only costs the user some typing. */
function writeLastAccount(identifier: string | null): void {
  writeItem('local', LAST_ACCOUNT_KEY, identifier)
}

/** The login's own effects that reach the backend or the authenticator. */
function loginActors(api: ApiClient) {
  return {
    identify: fromPromise(
      ({ input, signal }: { input: { identifier: string }; signal: AbortSignal }) =>
        api.call('identify', { body: { identifier: input.identifier }, signal }),
    ),
    fetchRequestOptions: fromPromise(
      ({ input, signal }: { input: { identifier: string | undefined }; signal: AbortSignal }) =>
        api.call('passkeyOptions', {
          body: input.identifier === undefined ? {} : { identifier: input.identifier },
          signal,
        }),
    ),
    getPasskey: fromPromise<AuthenticationResponse, GetPasskeyInput>(({ input, signal }) =>
      getPasskey(input.options, { signal, conditional: input.conditional, hybrid: input.hybrid }),
    ),
    verifyAssertion: fromPromise<Session, { response: AuthenticationResponse }>(
      async ({ input, signal }) => {
        const session = await api.call('passkeyVerify', {
          body: { response: input.response },
          signal,
        })
        rememberPasskeyHere(input.response)
        return session
      },
    ),
    checkPassword: fromPromise<PendingLogin, { identifier: string; password: string }>(
      ({ input, signal }) => api.call('password', { body: input, signal }),
    ),
  }
}

/**
 * Every effect of the whole flow that talks to the backend or the authenticator, by actor name:
 * the login's own, the code step's and the passkey offer's. A host whose backend has another
 * shape replaces these (see `createLoginMachine`'s `actors`) and keeps the machines.
 */
export type FlowActors = ReturnType<typeof loginActors> &
  ReturnType<typeof codeActors> &
  ReturnType<typeof appendActors>

const codeActorNames = ['sendCode', 'verifyCode'] as const
const appendActorNames = [
  'fetchCreationOptions',
  'createPasskey',
  'verifyPasskey',
  'recordSkip',
] as const

/** The replacements among `names` (an absent one keeps its default). */
function replacementsOf<K extends keyof FlowActors>(
  replaced: Partial<FlowActors>,
  names: readonly K[],
): Partial<Pick<FlowActors, K>> {
  return Object.fromEntries(
    names.flatMap((name) => (replaced[name] ? [[name, replaced[name]]] : [])),
  ) as Partial<Pick<FlowActors, K>>
}

/** The browser's device profile, asked afresh for each flow (`detectDevice` keeps one a page). */
const thisBrowser: DetectDevice = async () =>
  describeDevice(detectPlatform(currentUserAgent()), await detectCapabilities())

/** What the flow's effects may change besides the API client (see `LoginMachineOptions`). */
export type FlowOptions = Pick<LoginMachineOptions, 'actors' | 'detectDevice'>

/**
 * The login machine's implementations over `api`, with any of the flow's effects replaced and
 * the device detected by `detectDevice`.
 * The code and offer steps are machines of their own, loaded with their chunk: their
 * replacements are provided to them as they load.
 */
export function loginImplementations(
  api: ApiClient = apiClient,
  { actors: replaced = {}, detectDevice = thisBrowser }: FlowOptions = {},
) {
  // The later steps with this client, loaded with their chunk (see `afterPassword`).
  const code = lazyLogic(() =>
    import('./later-steps').then((steps) =>
      steps.codeMachine.provide({
        actors: { ...steps.codeActors(api), ...replacementsOf(replaced, codeActorNames) },
      }),
    ),
  )
  const append = lazyLogic(() =>
    import('./later-steps').then((steps) =>
      steps.appendMachine.provide({
        actors: { ...steps.appendActors(api), ...replacementsOf(replaced, appendActorNames) },
      }),
    ),
  )
  const login = loginActors(api)
  return {
    actors: {
      detectEnvironment: fromPromise<EnvironmentOutput>(async () => ({
        device: await detectDevice(),
        lastAccount: readLastAccount(),
      })),
      ...login,
      ...replacementsOf(replaced, Object.keys(login) as (keyof typeof login)[]),
      code: code.logic,
      append: append.logic,
      loadLaterSteps: loadingActor(code, append),
    },
    actions: {
      rememberAccount: (_: unknown, params: { identifier: string }) => {
        writeLastAccount(params.identifier)
      },
      forgetAccount: () => {
        writeLastAccount(null)
      },
      signalUnknownCredential: (
        _: unknown,
        params: { credentialId: string; rpId: string | undefined },
      ) => {
        void signalUnknownCredential(params.rpId ?? location.hostname, params.credentialId)
      },
    },
  }
}

/** The login machine with the app's API client, the browser's WebAuthn and localStorage. */
export const defaultLoginMachine = loginMachine.provide(loginImplementations())

/** What `createLoginMachine` takes; everything has a default. */
export interface LoginMachineOptions {
  /** The API client; by default one for `baseUrl`. */
  api?: ApiClient
  /** Where the API lives (`''`, the default, is this origin). Ignored when `api` is given. */
  baseUrl?: string
  /** The device profile (platform, passkey support); by default the browser's own. */
  detectDevice?: DetectDevice
  /**
   * Effects to replace, by name, for a backend of another shape (other paths, a cookie
   * session): the rest keep their defaults over `api`. See `FlowActors`.
   */
  actors?: Partial<FlowActors>
}

/**
 * A ready login machine from options: the one call an embedder needs when the defaults (this
 * origin's API, the browser's device) are not theirs. Finer changes go through
 * `loginMachine.provide({ ...loginImplementations(api), ... })`.
 */
export function createLoginMachine(options: LoginMachineOptions = {}): LoginMachine {
  const api = options.api ?? createApiClient({ baseUrl: options.baseUrl ?? '' })
  return loginMachine.provide(loginImplementations(api, options))
}
