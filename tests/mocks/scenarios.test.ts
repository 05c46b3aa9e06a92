/** Demo scenario switches: queued failures, latency, pretend-no-passkey, reset, inbox. */
import { describe, expect, it, vi } from 'vitest'
import { api, errorCode, passwordLogin, devApi } from '../support/backend'

describe('scenario switches', () => {
  it.each([
    ['server_error', 'server_error'],
    ['network_error', 'network'],
    ['malformed', 'malformed'],
  ] as const)('fail the next call to an endpoint with %s, then recover', async (failure, seen) => {
    await devApi.call('devScenarioUpdate', {
      body: { failNext: [{ endpoint: 'identify', failure }] },
    })

    const first = await errorCode(api.call('identify', { body: { identifier: 'ana@example.com' } }))
    const second = await api.call('identify', { body: { identifier: 'ana@example.com' } })

    expect(first).toBe(seen)
    expect(second.identifier).toBe('ana@example.com')
  })

  it('leave other endpoints alone', async () => {
    await devApi.call('devScenarioUpdate', {
      body: { failNext: [{ endpoint: 'otpSend', failure: 'server_error' }] },
    })

    await expect(passwordLogin('ana@example.com')).resolves.toMatchObject({ mfa: false })
    expect((await devApi.call('devScenario', {})).scenario.failNext).toHaveLength(1)
  })

  it('delay every answer by the latency', async () => {
    await devApi.call('devScenarioUpdate', { body: { latencyMs: 2000 } })
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    let settled = false

    const call = api.call('identify', { body: { identifier: 'ana@example.com' } }).finally(() => {
      settled = true
    })
    await vi.advanceTimersByTimeAsync(1900)
    const settledEarly = settled
    await vi.advanceTimersByTimeAsync(200)
    await call

    expect(settledEarly).toBe(false)
    expect(settled).toBe(true)
  })

  it('remember "pretend no passkey support" for the demo page to read', async () => {
    const updated = await devApi.call('devScenarioUpdate', { body: { noPasskeySupport: true } })

    expect(updated.scenario.noPasskeySupport).toBe(true)
    expect((await devApi.call('devScenario', {})).scenario.noPasskeySupport).toBe(true)
  })

  it('refuse an unknown endpoint name with a validation error', async () => {
    const response = await fetch('http://localhost/api/dev/scenario', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ failNext: [{ endpoint: 'nope', failure: 'malformed' }] }),
    })

    expect(response.status).toBe(400)
  })

  it('are cleared, with all data, by reset', async () => {
    await devApi.call('devScenarioUpdate', { body: { latencyMs: 50, noPasskeySupport: true } })
    await passwordLogin('ana@example.com')

    await devApi.call('devReset', {})

    expect((await devApi.call('devScenario', {})).scenario).toEqual({
      latencyMs: 0,
      noPasskeySupport: false,
      failNext: [],
    })
    expect((await devApi.call('devInbox', {})).messages).toEqual([])
  })
})
