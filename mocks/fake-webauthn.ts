/**
 * `navigator.credentials` and `PublicKeyCredential` over a software authenticator, for jsdom
 * tests and Storybook: the app's real WebAuthn adapter (@simplewebauthn/browser) runs unchanged,
 * and a browser-shaped credential comes back from real keys. `nextPrompt` makes the next
 * ceremony fail the way a real OS prompt would (the user cancels, nothing answers...).
 */
import { isoBase64URL } from '@simplewebauthn/server/helpers'
import type { SoftAuthenticator } from './soft-authenticator'

type Buffers = ArrayBuffer | ArrayBufferView
export type PromptFailure = 'NotAllowedError' | 'InvalidStateError' | 'SecurityError' | 'hang'

const b64 = (value: Buffers) =>
  isoBase64URL.fromBuffer(
    value instanceof ArrayBuffer
      ? new Uint8Array(value)
      : new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice(),
  )
const bytes = (value: string): ArrayBuffer => isoBase64URL.toBuffer(value).slice().buffer

interface CreateOptions {
  publicKey: {
    rp: { id?: string; name: string }
    user: { id: Buffers; name: string; displayName: string }
    challenge: Buffers
    pubKeyCredParams: { type: 'public-key'; alg: number }[]
    excludeCredentials?: { id: Buffers; type: 'public-key' }[]
  }
  mediation?: string
  signal?: AbortSignal
}

interface GetOptions {
  publicKey: {
    challenge: Buffers
    rpId?: string
    /** 'hybrid' first: the user picked "a phone or tablet"; the passkey answers from there. */
    hints?: string[]
    allowCredentials?: { id: Buffers; type: 'public-key' }[]
  }
  mediation?: string
  signal?: AbortSignal
}

/** Installs the fake on `target` (the window); returns the controls and the way to remove it. */
export function installFakeWebAuthn(
  authenticator: SoftAuthenticator,
  target: typeof globalThis = globalThis,
) {
  const queued: PromptFailure[] = []

  /** A request nobody answers: it ends only when its signal aborts it. */
  function untilAborted(signal: AbortSignal | undefined): Promise<never> {
    return new Promise((_, reject) => {
      const abort = () => {
        reject(new DOMException('The operation was aborted.', 'AbortError'))
      }
      if (signal?.aborted) abort()
      else signal?.addEventListener('abort', abort, { once: true })
    })
  }

  function settle<T>(signal: AbortSignal | undefined, run: () => Promise<T>): Promise<T> {
    const failure = queued.shift()
    return new Promise<T>((resolve, reject) => {
      const abort = () => {
        reject(new DOMException('The operation was aborted.', 'AbortError'))
      }
      if (signal?.aborted) {
        abort()
        return
      }
      signal?.addEventListener('abort', abort, { once: true })
      if (failure === 'hang') return
      if (failure) {
        reject(new DOMException(`The prompt ended: ${failure}`, failure))
        return
      }
      run().then(resolve, reject)
    })
  }

  /** Credential descriptors as the authenticator's JSON takes them (the browser hands buffers). */
  const descriptorsJson = (descriptors: readonly { id: Buffers }[] | undefined) =>
    descriptors?.map((descriptor) => ({ id: b64(descriptor.id), type: 'public-key' as const }))

  const credentials = {
    create(options: CreateOptions) {
      // Conditional create: a password manager that declines, as most do in tests.
      if (options.mediation === 'conditional') {
        return Promise.reject(new DOMException('Declined.', 'NotAllowedError'))
      }
      const { publicKey } = options
      return settle(options.signal, async () => {
        const json = await authenticator.register({
          rp: publicKey.rp,
          user: { ...publicKey.user, id: b64(publicKey.user.id) },
          challenge: b64(publicKey.challenge),
          pubKeyCredParams: publicKey.pubKeyCredParams,
          excludeCredentials: descriptorsJson(publicKey.excludeCredentials),
        })
        return {
          id: json.id,
          rawId: bytes(json.rawId),
          type: 'public-key',
          authenticatorAttachment: 'platform',
          getClientExtensionResults: () => ({}),
          response: {
            clientDataJSON: bytes(json.response.clientDataJSON),
            attestationObject: bytes(json.response.attestationObject),
            getTransports: () => json.response.transports ?? [],
          },
        }
      })
    },
    get(options: GetOptions) {
      // Autofill waits for the user to pick a passkey; in tests nobody does. It is no OS prompt,
      // so it leaves a queued failure to the prompt it was meant for.
      if (options.mediation === 'conditional') return untilAborted(options.signal)
      const { publicKey } = options
      return settle(options.signal, async () => {
        const json = await authenticator.authenticate({
          challenge: b64(publicKey.challenge),
          rpId: publicKey.rpId,
          allowCredentials: descriptorsJson(publicKey.allowCredentials),
        })
        return {
          id: json.id,
          rawId: bytes(json.rawId),
          type: 'public-key',
          authenticatorAttachment:
            publicKey.hints?.[0] === 'hybrid' ? 'cross-platform' : 'platform',
          getClientExtensionResults: () => ({}),
          response: {
            clientDataJSON: bytes(json.response.clientDataJSON),
            authenticatorData: bytes(json.response.authenticatorData),
            signature: bytes(json.response.signature),
            userHandle: json.response.userHandle ? bytes(json.response.userHandle) : null,
          },
        }
      })
    },
  }

  // A function, as the real constructor is (feature checks test `typeof === 'function'`).
  const FakePublicKeyCredential = Object.assign(
    function PublicKeyCredential() {
      throw new TypeError('Illegal constructor')
    },
    {
      isUserVerifyingPlatformAuthenticatorAvailable: () => Promise.resolve(true),
      isConditionalMediationAvailable: () => Promise.resolve(false),
    },
  )

  const previousCredentials = Object.getOwnPropertyDescriptor(target.navigator, 'credentials')
  const previousPkc = Object.getOwnPropertyDescriptor(target, 'PublicKeyCredential')
  Object.defineProperty(target.navigator, 'credentials', { value: credentials, configurable: true })
  Object.defineProperty(target, 'PublicKeyCredential', {
    value: FakePublicKeyCredential,
    configurable: true,
    writable: true,
  })

  return {
    /** The next OS prompt ends this way instead of succeeding. */
    nextPrompt(failure: PromptFailure) {
      queued.push(failure)
    },
    uninstall() {
      if (previousCredentials) {
        Object.defineProperty(target.navigator, 'credentials', previousCredentials)
      } else {
        Reflect.deleteProperty(target.navigator, 'credentials')
      }
      if (previousPkc) Object.defineProperty(target, 'PublicKeyCredential', previousPkc)
      else Reflect.deleteProperty(target, 'PublicKeyCredential')
    },
  }
}
