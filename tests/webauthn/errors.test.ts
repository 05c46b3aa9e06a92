/** The one mapping from WebAuthn errors to what happened, for both ceremonies. */
import { WebAuthnError } from '@simplewebauthn/browser'
import { describe, expect, it } from 'vitest'
import {
  CeremonyError,
  ceremonyFailure,
  errorNameOf,
  type CeremonyFailure,
} from '../../src/webauthn/errors'

const domException = (name: string) => new DOMException(`${name} from the browser`, name)

describe('ceremonyFailure', () => {
  it.each<[string, 'create' | 'get', CeremonyFailure]>([
    ['NotAllowedError', 'create', 'cancelled'],
    ['NotAllowedError', 'get', 'cancelled'],
    ['InvalidStateError', 'create', 'alreadyRegistered'],
    ['InvalidStateError', 'get', 'unknown'],
    ['AbortError', 'create', 'aborted'],
    ['AbortError', 'get', 'aborted'],
    ['SecurityError', 'create', 'security'],
    ['SecurityError', 'get', 'security'],
    ['NotSupportedError', 'create', 'notSupported'],
    ['NotSupportedError', 'get', 'notSupported'],
    ['ConstraintError', 'create', 'notSupported'],
    ['ConstraintError', 'get', 'notSupported'],
    ['UnknownError', 'create', 'unknown'],
    ['UnknownError', 'get', 'unknown'],
    ['TypeError', 'create', 'unknown'],
    ['TypeError', 'get', 'unknown'],
  ])('reads %s in %s() as %s', (name, ceremony, expected) => {
    expect(ceremonyFailure(domException(name), { ceremony })).toBe(expected)
  })

  it.each([new Error('WebAuthn is not supported in this browser'), 'a string', null, undefined])(
    'reads a value without a known name (%s) as unknown',
    (error) => {
      expect(ceremonyFailure(error, { ceremony: 'get' })).toBe('unknown')
    },
  )

  describe('telling a timeout from a cancel', () => {
    it('reads a NotAllowedError at the deadline as a timeout', () => {
      const context = { ceremony: 'get', elapsedMs: 60_000, timeoutMs: 60_000 } as const

      expect(ceremonyFailure(domException('NotAllowedError'), context)).toBe('timedOut')
    })

    it('reads a NotAllowedError within a second of the deadline as a timeout', () => {
      const context = { ceremony: 'create', elapsedMs: 59_000, timeoutMs: 60_000 } as const

      expect(ceremonyFailure(domException('NotAllowedError'), context)).toBe('timedOut')
    })

    it('reads an earlier NotAllowedError as a cancel', () => {
      const context = { ceremony: 'create', elapsedMs: 58_999, timeoutMs: 60_000 } as const

      expect(ceremonyFailure(domException('NotAllowedError'), context)).toBe('cancelled')
    })

    it('reads a NotAllowedError as a cancel when the timeout is not known', () => {
      const context = { ceremony: 'get', elapsedMs: 600_000 } as const

      expect(ceremonyFailure(domException('NotAllowedError'), context)).toBe('cancelled')
    })
  })

  describe('SimpleWebAuthn wrappers', () => {
    it('reads a pass-through wrapper by its cause', () => {
      const error = new WebAuthnError({
        message: 'The operation either timed out or was not allowed.',
        code: 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY',
        cause: domException('NotAllowedError'),
      })

      expect(ceremonyFailure(error, { ceremony: 'get' })).toBe('cancelled')
    })

    it('trusts the cause of a pass-through wrapper over a name it was given', () => {
      const error = new WebAuthnError({
        message: 'wrapped',
        code: 'ERROR_PASSTHROUGH_SEE_CAUSE_PROPERTY',
        cause: domException('NotAllowedError'),
        name: 'Error',
      })

      expect(errorNameOf(error)).toBe('NotAllowedError')
      expect(ceremonyFailure(error, { ceremony: 'create' })).toBe('cancelled')
    })

    it('reads a wrapped previously-registered authenticator as already registered', () => {
      const error = new WebAuthnError({
        message: 'The authenticator was previously registered',
        code: 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED',
        cause: domException('InvalidStateError'),
      })

      expect(ceremonyFailure(error, { ceremony: 'create' })).toBe('alreadyRegistered')
    })

    it('reads an aborted ceremony as aborted, including the plain Error the library aborts with', () => {
      // WebAuthnAbortService aborts with `new Error()` named 'AbortError', not a DOMException.
      const reason = Object.assign(new Error('Cancelling existing WebAuthn API call for new one'), {
        name: 'AbortError',
      })
      const error = new WebAuthnError({
        message: 'Authentication ceremony was sent an abort signal',
        code: 'ERROR_CEREMONY_ABORTED',
        cause: reason,
      })

      expect(ceremonyFailure(error, { ceremony: 'get' })).toBe('aborted')
    })

    it('reads other coded wrappers by their name', () => {
      const error = new WebAuthnError({
        message: 'localhost is an invalid domain',
        code: 'ERROR_INVALID_DOMAIN',
        cause: domException('SecurityError'),
      })

      expect(ceremonyFailure(error, { ceremony: 'create' })).toBe('security')
    })
  })

  it('keeps the failure of an error it already mapped', () => {
    const error = new CeremonyError('timedOut', { errorName: 'NotAllowedError' })

    expect(ceremonyFailure(error, { ceremony: 'get' })).toBe('timedOut')
  })
})

describe('CeremonyError', () => {
  it('carries the failure, the browser error name and the cause', () => {
    const cause = domException('InvalidStateError')

    const error = new CeremonyError('alreadyRegistered', { cause })

    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({
      name: 'CeremonyError',
      failure: 'alreadyRegistered',
      errorName: 'InvalidStateError',
      cause,
    })
    expect(error.message).toContain('alreadyRegistered')
  })
})
