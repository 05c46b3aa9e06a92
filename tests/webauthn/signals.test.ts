/** The Signal API: best effort, feature-detected, never throwing. */
import { describe, expect, it, vi } from 'vitest'
import {
  createSignals,
  signalAcceptedCredentials,
  signalUnknownCredential,
  type SignalLibrary,
} from '../../src/webauthn/signals'

const supportingBrowser = () => ({
  sendSignal: vi.fn<SignalLibrary['sendSignal']>(() => Promise.resolve(undefined)),
  supports: vi.fn<SignalLibrary['supports']>(() => true),
})

describe('signalUnknownCredential', () => {
  it('sends the unknown credential to the browser and says so', async () => {
    const lib = supportingBrowser()
    const signals = createSignals(lib)

    const sent = await signals.signalUnknownCredential('localhost', 'b2xkLWtleQ')

    expect(sent).toBe(true)
    expect(lib.supports).toHaveBeenCalledWith('signalUnknownCredential')
    expect(lib.sendSignal).toHaveBeenCalledWith({
      signalName: 'unknownCredential',
      rpID: 'localhost',
      credentialID: 'b2xkLWtleQ',
    })
  })

  it('answers false without calling the browser when it lacks the method', async () => {
    const lib = { ...supportingBrowser(), supports: () => false }
    const signals = createSignals(lib)

    const sent = await signals.signalUnknownCredential('localhost', 'b2xkLWtleQ')

    expect(sent).toBe(false)
    expect(lib.sendSignal).not.toHaveBeenCalled()
  })

  it('answers false instead of throwing when the browser refuses the signal', async () => {
    const signals = createSignals({
      ...supportingBrowser(),
      sendSignal: () => Promise.reject(new DOMException('bad rpId', 'SecurityError')),
    })

    await expect(signals.signalUnknownCredential('example.com', 'b2xkLWtleQ')).resolves.toBe(false)
  })
})

describe('signalAcceptedCredentials', () => {
  it('sends every accepted credential of the user and says so', async () => {
    const lib = supportingBrowser()
    const signals = createSignals(lib)

    const sent = await signals.signalAcceptedCredentials('localhost', 'dXNlci0x', [
      'a2V5LTE',
      'a2V5LTI',
    ])

    expect(sent).toBe(true)
    expect(lib.supports).toHaveBeenCalledWith('signalAllAcceptedCredentials')
    expect(lib.sendSignal).toHaveBeenCalledWith({
      signalName: 'allAcceptedCredentials',
      rpID: 'localhost',
      userID: 'dXNlci0x',
      allAcceptedCredentialIDs: ['a2V5LTE', 'a2V5LTI'],
    })
  })

  it('answers false instead of throwing when feature detection itself throws', async () => {
    const signals = createSignals({
      ...supportingBrowser(),
      supports: () => {
        throw new TypeError('Cannot read properties of undefined')
      },
    })

    await expect(signals.signalAcceptedCredentials('localhost', 'dXNlci0x', [])).resolves.toBe(
      false,
    )
  })
})

describe('the browser-bound signals', () => {
  it('answer false where the browser has no PublicKeyCredential', async () => {
    vi.stubGlobal('PublicKeyCredential', undefined)

    const results = await Promise.all([
      signalUnknownCredential('localhost', 'b2xkLWtleQ'),
      signalAcceptedCredentials('localhost', 'dXNlci0x', ['a2V5LTE']),
    ])

    expect(results).toEqual([false, false])
  })

  it('call the browser method when it has one', async () => {
    const signalUnknown = vi.fn(() => Promise.resolve())
    vi.stubGlobal('PublicKeyCredential', { signalUnknownCredential: signalUnknown })

    const sent = await signalUnknownCredential('localhost', 'b2xkLWtleQ')

    expect(sent).toBe(true)
    expect(signalUnknown).toHaveBeenCalledWith({ rpId: 'localhost', credentialId: 'b2xkLWtleQ' })
  })

  it('answer false where the browser has one signal but not the other', async () => {
    vi.stubGlobal('PublicKeyCredential', { signalUnknownCredential: () => Promise.resolve() })

    await expect(signalAcceptedCredentials('localhost', 'dXNlci0x', [])).resolves.toBe(false)
  })
})
