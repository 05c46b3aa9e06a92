/**
 * What the conformance suite cannot see from outside, checked inside the fake backend: how it
 * stores secrets, that unauthenticated calls leave no state, and that its relying party is
 * configuration. (The rules a real backend must copy are in tests/conformance/.)
 */
import { describe, expect, it, vi } from 'vitest'
import { backendConfig, configureBackend, OWASP_PBKDF2_SHA256_ITERATIONS } from '../../mocks/config'
import { hashPassword, verifyPassword } from '../../mocks/crypto'
import { api, db, DEMO_PASSWORD, latestCode, passwordLogin, signIn } from '../support/backend'

describe('passwords', () => {
  it('are stored as salted hashes, never as the password', async () => {
    const first = await hashPassword(DEMO_PASSWORD)
    const second = await hashPassword(DEMO_PASSWORD)

    expect(first.hash).not.toBe(second.hash)
    expect(JSON.stringify(first)).not.toContain(DEMO_PASSWORD)
    await expect(verifyPassword(DEMO_PASSWORD, first)).resolves.toBe(true)
    await expect(verifyPassword('demo-passwore', first)).resolves.toBe(false)
  })

  it('are hashed at OWASP’s PBKDF2-SHA-256 count unless a test asks for fewer', async () => {
    const testCount = backendConfig().passwordIterations
    configureBackend({ passwordIterations: OWASP_PBKDF2_SHA256_ITERATIONS })
    try {
      expect((await hashPassword('x')).iterations).toBe(600_000)
      const seeded = await db.read((data) => data.accounts.map((a) => a.password.iterations))
      expect(new Set(seeded)).toEqual(new Set([testCount]))
    } finally {
      configureBackend({ passwordIterations: testCount })
    }
  })
})

describe('one-time codes', () => {
  it('are stored as a keyed hash, never as the code', async () => {
    const pending = await passwordLogin('ana@example.com')
    await api.call('otpSend', { token: pending.token, body: { channel: 'email' } })
    const code = await latestCode()

    const stored = await db.read((data) => JSON.stringify(data.codes))

    expect(stored).not.toContain(`"${code}"`)
    expect(stored).toContain('codeHash')
  })

  it('are never written to the console', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation(() => undefined),
    )
    await signIn('ana@example.com')
    const code = await latestCode()

    const printed = spies.flatMap((spy) => spy.mock.calls.flat().map(String))

    expect(printed.filter((line) => line.includes(code))).toEqual([])
  })
})

describe('unauthenticated calls', () => {
  it('grow no state, however often anyone asks for passkey options', async () => {
    const before = await db.read((data) => JSON.stringify(data).length)

    for (let call = 0; call < 50; call++) {
      await api.call('identify', { body: { identifier: `someone-${call}@example.com` } })
      await api.call('passkeyOptions', { body: {} })
    }

    expect(await db.read((data) => JSON.stringify(data).length)).toBe(before)
  })

  it('keep a bounded number of wrong-password counters for unknown identifiers', async () => {
    configureBackend({ passwordIterations: 1 })
    try {
      for (let call = 0; call < 30; call++) {
        await api
          .call('password', { body: { identifier: `x${call}@example.com`, password: 'no' } })
          .catch(() => undefined)
      }
    } finally {
      configureBackend({ passwordIterations: 1000 })
    }

    const kept = await db.read((data) => data.unknownIdentifiers.length)
    expect(kept).toBe(30)
    expect(kept).toBeLessThanOrEqual(1000)
  })
})

describe('the relying party', () => {
  it('is configuration, not the host a request came to', async () => {
    const evil = await fetch('http://evil.example/api/auth/passkey/options', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })

    const { options } = (await evil.json()) as { options: { rpId: string } }
    expect(options.rpId).toBe(backendConfig().rpId)
  })
})
