/** Capability detection at start, and what it means for the flow on each platform. */
import { describe, expect, it, vi } from 'vitest'
import {
  capabilityProbeTimeoutMs,
  describeDevice,
  detectCapabilities,
  noCapabilities,
  type Capabilities,
  type CapabilityProbes,
} from '../../src/webauthn/capabilities'
import type { Platform } from '../../src/webauthn/platform'

/** A modern browser on a device with a platform authenticator that says nothing extra. */
const probes = (overrides: Partial<CapabilityProbes> = {}): CapabilityProbes => ({
  webauthn: () => true,
  platformAuthenticator: () => Promise.resolve(true),
  conditionalGet: () => Promise.resolve(true),
  clientCapabilities: () => Promise.resolve({}),
  ...overrides,
})

const full: Capabilities = {
  webauthn: true,
  platformAuthenticator: true,
  conditionalGet: true,
  conditionalCreate: true,
  hybrid: true,
  signalUnknownCredential: true,
  signalAllAcceptedCredentials: true,
}

describe('detectCapabilities', () => {
  it('reads every capability a modern browser reports', async () => {
    const clientCapabilities = () =>
      Promise.resolve({
        conditionalCreate: true,
        conditionalGet: true,
        hybridTransport: true,
        passkeyPlatformAuthenticator: true,
        userVerifyingPlatformAuthenticator: true,
        signalUnknownCredential: true,
        signalAllAcceptedCredentials: true,
        'extension:prf': true,
      })

    const capabilities = await detectCapabilities(probes({ clientCapabilities }))

    expect(capabilities).toEqual(full)
  })

  it('reports only the basics when the browser has no getClientCapabilities', async () => {
    const capabilities = await detectCapabilities(probes())

    expect(capabilities).toEqual({
      ...noCapabilities,
      webauthn: true,
      platformAuthenticator: true,
      conditionalGet: true,
    })
  })

  it('reports nothing, without calling other probes, when WebAuthn is missing', async () => {
    const platformAuthenticator = vi.fn(() => Promise.resolve(true))

    const capabilities = await detectCapabilities(
      probes({ webauthn: () => false, platformAuthenticator }),
    )

    expect(capabilities).toEqual(noCapabilities)
    expect(platformAuthenticator).not.toHaveBeenCalled()
  })

  it('counts a probe that throws as unsupported and keeps the others', async () => {
    const capabilities = await detectCapabilities(
      probes({
        platformAuthenticator: () => {
          throw new TypeError('PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable')
        },
        conditionalGet: () => Promise.reject(new Error('extension crashed')),
      }),
    )

    expect(capabilities).toMatchObject({
      webauthn: true,
      platformAuthenticator: false,
      conditionalGet: false,
    })
  })

  it('counts a WebAuthn check that throws as no WebAuthn', async () => {
    const webauthn = () => {
      throw new ReferenceError('PublicKeyCredential is not defined')
    }

    await expect(detectCapabilities(probes({ webauthn }))).resolves.toEqual(noCapabilities)
  })

  it('gives up on a probe that never settles after the timeout, keeping the others', async () => {
    vi.useFakeTimers()
    const never = () => new Promise<boolean>(() => {})
    let settled: Capabilities | undefined

    void detectCapabilities(
      probes({
        conditionalGet: never,
        clientCapabilities: () => Promise.resolve({ signalUnknownCredential: true }),
      }),
    ).then((capabilities) => (settled = capabilities))
    await vi.advanceTimersByTimeAsync(capabilityProbeTimeoutMs - 1)
    const beforeTimeout = settled
    await vi.advanceTimersByTimeAsync(1)

    expect(beforeTimeout).toBeUndefined()
    expect(settled).toEqual({
      ...noCapabilities,
      webauthn: true,
      platformAuthenticator: true,
      conditionalGet: false,
      signalUnknownCredential: true,
    })
  })

  it('takes a platform authenticator or autofill from getClientCapabilities when the older calls say no', async () => {
    const capabilities = await detectCapabilities(
      probes({
        platformAuthenticator: () => Promise.resolve(false),
        conditionalGet: () => Promise.resolve(false),
        clientCapabilities: () =>
          Promise.resolve({ userVerifyingPlatformAuthenticator: true, conditionalGet: true }),
      }),
    )

    expect(capabilities).toMatchObject({ platformAuthenticator: true, conditionalGet: true })
  })

  it('reads passkeyPlatformAuthenticator without a local authenticator as hybrid', async () => {
    const capabilities = await detectCapabilities(
      probes({
        platformAuthenticator: () => Promise.resolve(false),
        clientCapabilities: () =>
          Promise.resolve({ passkeyPlatformAuthenticator: true, hybridTransport: undefined }),
      }),
    )

    expect(capabilities).toMatchObject({ platformAuthenticator: false, hybrid: true })
  })

  it('does not read hybrid into passkeyPlatformAuthenticator when a local authenticator explains it', async () => {
    const capabilities = await detectCapabilities(
      probes({ clientCapabilities: () => Promise.resolve({ passkeyPlatformAuthenticator: true }) }),
    )

    expect(capabilities.hybrid).toBe(false)
  })

  it('does not let a caller change the shared no-capabilities answer', async () => {
    const capabilities = await detectCapabilities(probes({ webauthn: () => false }))

    capabilities.webauthn = true

    expect(noCapabilities.webauthn).toBe(false)
  })

  it('finds no WebAuthn in Node, where the browser probes run for real', async () => {
    await expect(detectCapabilities()).resolves.toEqual(noCapabilities)
  })
})

describe('describeDevice', () => {
  it.each<[Platform, string]>([
    ['macos', 'touchId'],
    ['windows', 'windowsHello'],
    ['ios', 'faceIdOrTouchId'],
    ['android', 'androidScreenLock'],
    ['other', 'screenLock'],
  ])('names the %s prompt %s and allows everything the browser can do', (platform, biometric) => {
    const profile = describeDevice(platform, full)

    expect(profile).toEqual({
      platform,
      biometric,
      canPasskey: true,
      canCreate: true,
      canConditional: true,
      canConditionalCreate: true,
      canHybrid: true,
    })
  })

  it.each<Platform>(['macos', 'windows', 'ios', 'android', 'other'])(
    'offers no passkey at all on %s without WebAuthn, whatever else is claimed',
    (platform) => {
      const profile = describeDevice(platform, { ...full, webauthn: false })

      expect(profile).toMatchObject({
        canPasskey: false,
        canCreate: false,
        canConditional: false,
        canConditionalCreate: false,
        canHybrid: false,
      })
    },
  )

  it('offers sign-in with a phone but no passkey creation without a platform authenticator', () => {
    const desktopWithoutBiometrics = { ...noCapabilities, webauthn: true }

    const profile = describeDevice('other', desktopWithoutBiometrics)

    expect(profile).toMatchObject({
      canPasskey: true,
      canCreate: false,
      canConditionalCreate: false,
      canHybrid: true,
    })
  })

  it('does not offer a phone on a device with its own authenticator and no hybrid', () => {
    const iPhone = { ...noCapabilities, webauthn: true, platformAuthenticator: true }

    expect(describeDevice('ios', iPhone).canHybrid).toBe(false)
  })

  it('does not try a silent upgrade where a passkey cannot be created', () => {
    const conditionalCreateOnly = {
      ...noCapabilities,
      webauthn: true,
      conditionalCreate: true,
    }

    expect(describeDevice('windows', conditionalCreateOnly).canConditionalCreate).toBe(false)
  })
})
