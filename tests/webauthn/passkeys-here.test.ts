/** The passkeys this browser made or used with its own authenticator ("This device"). */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  forgetPasskeyHere,
  passkeysHere,
  rememberPasskeyHere,
} from '../../src/webauthn/passkeys-here'
import { memoryStorage } from '../support/memory-storage'

describe('passkeys here', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage())
  })

  it('remembers what this device answered, once, and not what a phone did', () => {
    rememberPasskeyHere({ id: 'bWFj', authenticatorAttachment: 'platform' })
    rememberPasskeyHere({ id: 'bWFj', authenticatorAttachment: 'platform' })
    rememberPasskeyHere({ id: 'cGhvbmU', authenticatorAttachment: 'cross-platform' })
    rememberPasskeyHere({ id: 'dW5rbm93bg' })

    expect(passkeysHere()).toEqual(['bWFj'])
  })

  it('forgets a deleted passkey', () => {
    rememberPasskeyHere({ id: 'b25l', authenticatorAttachment: 'platform' })
    rememberPasskeyHere({ id: 'dHdv', authenticatorAttachment: 'platform' })

    forgetPasskeyHere('b25l')

    expect(passkeysHere()).toEqual(['dHdv'])
  })

  it('knows nothing, and throws nothing, when storage is corrupt or blocked', () => {
    localStorage.setItem('passkey-login:passkeys-here', '{not json')
    expect(passkeysHere()).toEqual([])

    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
    })
    expect(() => {
      rememberPasskeyHere({ id: 'bWFj', authenticatorAttachment: 'platform' })
    }).not.toThrow()
    expect(passkeysHere()).toEqual([])
  })
})
