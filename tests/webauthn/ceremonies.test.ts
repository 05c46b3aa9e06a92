/** The ceremonies the flow calls: abortable, failing only with CeremonyError, contract-shaped. */
import { WebAuthnError } from '@simplewebauthn/browser'
import { describe, expect, it, vi } from 'vitest'
import type {
  AuthenticationResponse,
  CreationOptionsJSON,
  RegistrationResponse,
  RequestOptionsJSON,
} from '../../src/api/contract'
import { createCeremonies, type CeremonyLibrary } from '../../src/webauthn/ceremonies'
import { CeremonyError } from '../../src/webauthn/errors'

const creationOptions: CreationOptionsJSON = {
  rp: { id: 'localhost', name: 'Passkey demo' },
  user: { id: 'dXNlci0x', name: 'ana@example.com', displayName: 'Ana' },
  challenge: 'Y2hhbGxlbmdl',
  pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
  timeout: 60_000,
  excludeCredentials: [{ id: 'b2xkLWtleQ', type: 'public-key', transports: ['internal'] }],
}

const requestOptions: RequestOptionsJSON = {
  challenge: 'Y2hhbGxlbmdl',
  timeout: 60_000,
  rpId: 'localhost',
  userVerification: 'required',
}

const registration: RegistrationResponse = {
  id: 'bmV3LWtleQ',
  rawId: 'bmV3LWtleQ',
  type: 'public-key',
  authenticatorAttachment: 'platform',
  clientExtensionResults: {},
  response: {
    clientDataJSON: 'e30',
    attestationObject: 'o2NmbXRkbm9uZQ',
    transports: ['internal', 'hybrid'],
    publicKeyAlgorithm: -7,
  },
}

const authentication: AuthenticationResponse = {
  id: 'bmV3LWtleQ',
  rawId: 'bmV3LWtleQ',
  type: 'public-key',
  authenticatorAttachment: 'platform',
  clientExtensionResults: {},
  response: {
    clientDataJSON: 'e30',
    authenticatorData: 'YXV0aERhdGE',
    signature: 'c2lnbmF0dXJl',
    userHandle: 'dXNlci0x',
  },
}

/** A library whose calls settle when the test says, on a clock the test moves. */
function fakeLibrary() {
  const clock = { ms: 0 }
  let settle: { resolve: (value: unknown) => void; reject: (error: Error) => void } | undefined
  const pending = () =>
    new Promise<unknown>((resolve, reject) => {
      settle = { resolve, reject }
    })
  const lib = {
    startRegistration: vi.fn<CeremonyLibrary['startRegistration']>(pending),
    startAuthentication: vi.fn<CeremonyLibrary['startAuthentication']>(pending),
    cancelCeremony: vi.fn<CeremonyLibrary['cancelCeremony']>(() => {
      settle?.reject(Object.assign(new Error('Manually cancelling'), { name: 'AbortError' }))
    }),
    now: () => clock.ms,
  }
  return {
    lib,
    clock,
    resolve: (value: unknown) => settle!.resolve(value),
    reject: (error: Error) => settle!.reject(error),
  }
}

/** The wrapper SimpleWebAuthn throws for a NotAllowedError (cancel, timeout, failed biometrics). */
const notAllowed = () =>
  new WebAuthnError({
    message: 'The operation either timed out or was not allowed.',
    code: 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY',
    cause: new DOMException(
      'The operation either timed out or was not allowed.',
      'NotAllowedError',
    ),
  })

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('the ceremony should have failed'),
    (error: unknown) => {
      expect(error).toBeInstanceOf(CeremonyError)
      return error as CeremonyError
    },
  )

describe('createPasskey', () => {
  it('answers the registration as the contract types it', async () => {
    const fake = fakeLibrary()
    const { createPasskey } = createCeremonies(fake.lib)

    const created = createPasskey(creationOptions)
    fake.resolve({ ...registration, response: { ...registration.response, extra: 'dropped' } })

    await expect(created).resolves.toEqual(registration)
    expect(fake.lib.startRegistration).toHaveBeenCalledWith({
      optionsJSON: creationOptions,
      useAutoRegister: false,
    })
  })

  it('asks for a silent registration when conditional', async () => {
    const fake = fakeLibrary()
    const { createPasskey } = createCeremonies(fake.lib)

    const created = createPasskey(creationOptions, { conditional: true })
    fake.resolve(registration)
    await created

    expect(fake.lib.startRegistration).toHaveBeenCalledWith(
      expect.objectContaining({ useAutoRegister: true }),
    )
  })

  it('reads an authenticator in excludeCredentials as already registered', async () => {
    const fake = fakeLibrary()
    const { createPasskey } = createCeremonies(fake.lib)

    const created = createPasskey(creationOptions)
    fake.reject(
      new WebAuthnError({
        message: 'The authenticator was previously registered',
        code: 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED',
        cause: new DOMException('excluded', 'InvalidStateError'),
      }),
    )
    const error = await failureOf(created)

    expect(error.failure).toBe('alreadyRegistered')
    expect(error.errorName).toBe('InvalidStateError')
  })

  it('reads a NotAllowedError at the options timeout as a timeout', async () => {
    const fake = fakeLibrary()
    const { createPasskey } = createCeremonies(fake.lib)

    const created = createPasskey(creationOptions)
    fake.clock.ms = 60_000
    fake.reject(notAllowed())

    expect((await failureOf(created)).failure).toBe('timedOut')
  })

  it('rejects a library result that breaks the contract as unknown', async () => {
    const fake = fakeLibrary()
    const { createPasskey } = createCeremonies(fake.lib)

    const created = createPasskey(creationOptions)
    fake.resolve({ ...registration, response: { clientDataJSON: 'e30' } })
    const error = await failureOf(created)

    expect(error.failure).toBe('unknown')
    expect(error.message).toMatch(/JSON the server would reject/)
  })

  it('maps a library that throws before it starts (no WebAuthn) to a CeremonyError', async () => {
    const { createPasskey } = createCeremonies({
      startRegistration: () => {
        throw new Error('WebAuthn is not supported in this browser')
      },
    })

    expect((await failureOf(createPasskey(creationOptions))).failure).toBe('unknown')
  })
})

describe('getPasskey', () => {
  it('answers the assertion as the contract types it', async () => {
    const fake = fakeLibrary()
    const { getPasskey } = createCeremonies(fake.lib)

    const signedIn = getPasskey(requestOptions)
    fake.resolve(authentication)

    await expect(signedIn).resolves.toEqual(authentication)
    expect(fake.lib.startAuthentication).toHaveBeenCalledWith({
      optionsJSON: requestOptions,
      useBrowserAutofill: false,
    })
  })

  it('runs in the autofill when conditional', async () => {
    const fake = fakeLibrary()
    const { getPasskey } = createCeremonies(fake.lib)

    const signedIn = getPasskey(requestOptions, { conditional: true })
    fake.resolve(authentication)
    await signedIn

    expect(fake.lib.startAuthentication).toHaveBeenCalledWith(
      expect.objectContaining({ useBrowserAutofill: true }),
    )
  })

  it('passes the hybrid hint first, keeping the server hints, so the browser offers the QR code', async () => {
    const fake = fakeLibrary()
    const { getPasskey } = createCeremonies(fake.lib)

    const signedIn = getPasskey(
      { ...requestOptions, hints: ['client-device', 'hybrid'] },
      { hybrid: true },
    )
    fake.resolve(authentication)
    await signedIn

    expect(fake.lib.startAuthentication).toHaveBeenCalledWith({
      optionsJSON: { ...requestOptions, hints: ['hybrid', 'client-device'] },
      useBrowserAutofill: false,
    })
  })

  it('reads a quick NotAllowedError as a cancel', async () => {
    const fake = fakeLibrary()
    const { getPasskey } = createCeremonies(fake.lib)

    const signedIn = getPasskey(requestOptions)
    fake.clock.ms = 4_000
    fake.reject(notAllowed())
    const error = await failureOf(signedIn)

    expect(error.failure).toBe('cancelled')
    expect(error.errorName).toBe('NotAllowedError')
  })

  it('reads a NotAllowedError after the timeout as a timeout', async () => {
    const fake = fakeLibrary()
    const { getPasskey } = createCeremonies(fake.lib)

    const signedIn = getPasskey(requestOptions)
    fake.clock.ms = 60_250
    fake.reject(notAllowed())

    expect((await failureOf(signedIn)).failure).toBe('timedOut')
  })

  it('rejects a library result that breaks the contract as unknown', async () => {
    const fake = fakeLibrary()
    const { getPasskey } = createCeremonies(fake.lib)

    const signedIn = getPasskey(requestOptions)
    fake.resolve({ ...authentication, id: 'not base64url!' })

    expect((await failureOf(signedIn)).failure).toBe('unknown')
  })
})

describe('aborting a ceremony', () => {
  it('rejects at once, without a prompt, when the signal is already aborted', async () => {
    const fake = fakeLibrary()
    const { createPasskey, getPasskey } = createCeremonies(fake.lib)
    const signal = AbortSignal.abort()

    const created = await failureOf(createPasskey(creationOptions, { signal }))
    const signedIn = await failureOf(getPasskey(requestOptions, { signal }))

    expect([created.failure, signedIn.failure]).toEqual(['aborted', 'aborted'])
    expect(fake.lib.startRegistration).not.toHaveBeenCalled()
    expect(fake.lib.startAuthentication).not.toHaveBeenCalled()
  })

  it('closes the OS prompt and rejects as aborted when the signal aborts mid-ceremony', async () => {
    const fake = fakeLibrary()
    const { getPasskey } = createCeremonies(fake.lib)
    const controller = new AbortController()

    const signedIn = getPasskey(requestOptions, { signal: controller.signal })
    controller.abort()
    const error = await failureOf(signedIn)

    expect(fake.lib.cancelCeremony).toHaveBeenCalledOnce()
    expect(error.failure).toBe('aborted')
    expect(error.errorName).toBe('AbortError')
  })

  it('rejects as aborted even when the library never settles after the cancel', async () => {
    const fake = fakeLibrary()
    const { createPasskey } = createCeremonies({ ...fake.lib, cancelCeremony: vi.fn() })
    const controller = new AbortController()

    const created = createPasskey(creationOptions, { signal: controller.signal })
    controller.abort()

    expect((await failureOf(created)).failure).toBe('aborted')
  })

  it('stops listening once the ceremony is over, so a later abort cancels nothing', async () => {
    const fake = fakeLibrary()
    const { getPasskey } = createCeremonies(fake.lib)
    const controller = new AbortController()
    const removeListener = vi.spyOn(controller.signal, 'removeEventListener')

    const signedIn = getPasskey(requestOptions, { signal: controller.signal })
    fake.resolve(authentication)
    await signedIn
    controller.abort()

    expect(removeListener).toHaveBeenCalledWith('abort', expect.any(Function))
    expect(fake.lib.cancelCeremony).not.toHaveBeenCalled()
  })

  it('does not cancel a newer ceremony when an older one is aborted late', async () => {
    const fake = fakeLibrary()
    const { getPasskey } = createCeremonies(fake.lib)
    const autofill = new AbortController()

    const conditional = getPasskey(requestOptions, {
      signal: autofill.signal,
      conditional: true,
    })
    void getPasskey(requestOptions)
    autofill.abort()

    expect((await failureOf(conditional)).failure).toBe('aborted')
    expect(fake.lib.cancelCeremony).not.toHaveBeenCalled()
  })
})
