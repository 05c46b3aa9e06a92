/** A reload in the middle of the flow resumes at the same step, or starts over when it lapsed. */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { loadContract } from '../../../src/api/contract-loader'
import { loadLazyActors } from '../../../src/machines/lazy-logic'
import { loginMachine } from '../../../src/machines/login/login.machine'
import { machineShape, machineVersion } from '../../../src/machines/machine-version'
import {
  LOGIN_SNAPSHOT_KEY,
  loginSnapshotVersion,
  persistLoginFlow,
  restoreLoginFlow,
  resumeRestoredFlow,
} from '../../../src/machines/login/login.persistence'
import { DEMO_PASSWORD, devApi } from '../../support/backend'
import { memoryStorage } from '../../support/memory-storage'
import { inboxCode, startLogin } from '../support/login-harness'

/** sessionStorage for one tab. */
const tabStorage = memoryStorage

async function atCodeStep(storage: ReturnType<typeof tabStorage>) {
  const login = startLogin()
  persistLoginFlow(login.actor, storage)
  await login.at('identifier')
  login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
  await login.at({ password: 'entering' })
  login.send({ type: 'password.submit', password: DEMO_PASSWORD })
  await login.atChild('append', { offering: 'ready' })
  login.send({ type: 'append.skip' })
  await login.atChild('code', { codeSent: 'entering' })
  return login
}

// Restoring checks the stored flow against the contract and the later steps' machines: the
// app waits for both first when something is stored (LoginFlow); so do these tests.
beforeAll(() => Promise.all([loadContract(), loadLazyActors(loginMachine)]))

describe('a reload', () => {
  it('resumes at the code step with the same pending login, and the code still works', async () => {
    const storage = tabStorage()
    const before = await atCodeStep(storage)
    const code = await inboxCode()
    before.actor.stop()

    const restored = restoreLoginFlow(storage)
    expect(restored.kind).toBe('resume')
    const after = startLogin({
      snapshot: restored.kind === 'resume' ? restored.snapshot : undefined,
    })
    persistLoginFlow(after.actor, storage)
    const entering = await after.atChild('code', { codeSent: 'entering' })
    after.send({ type: 'code.submit', code })
    const done = await after.until((s) => s.status === 'done')

    expect(entering.context.destination).toBe('a•••@example.com')
    expect(done.output?.session.user.identifier).toBe('ana@example.com')
    expect(storage.items.has(LOGIN_SNAPSHOT_KEY)).toBe(false)
  })

  it('keeps the resend countdown running after the reload', async () => {
    const storage = tabStorage()
    const before = await atCodeStep(storage)
    const countdown = (before.child('code').getSnapshot() as { context: { resendIn: number } })
      .context.resendIn
    before.actor.stop()
    const restored = restoreLoginFlow(storage)

    const after = startLogin({
      snapshot: restored.kind === 'resume' ? restored.snapshot : undefined,
    })
    resumeRestoredFlow(after.actor)

    await after.atChild('code', { codeSent: 'entering' }, (context) => context.resendIn < countdown)
  })

  it('starts over with a notice when the pending login has lapsed', async () => {
    const storage = tabStorage()
    const before = await atCodeStep(storage)
    before.actor.stop()

    const restored = restoreLoginFlow(storage, { now: Date.now() + 11 * 60 * 1000 })

    expect(restored).toEqual({ kind: 'fresh', notice: 'loginExpired' })
    expect(storage.items.has(LOGIN_SNAPSHOT_KEY)).toBe(false)
    const login = startLogin({ notice: restored.kind === 'fresh' ? restored.notice : null })
    const snapshot = await login.at('identifier')
    expect(snapshot.context.notice).toBe('loginExpired')
  })

  it('starts over, saying so, when the stored flow is unreadable or from another version', () => {
    const storage = tabStorage()
    storage.setItem(LOGIN_SNAPSHOT_KEY, '{"version":0,"snapshot":{}}')
    expect(restoreLoginFlow(storage)).toEqual({ kind: 'fresh', notice: 'flowLost' })
    expect(storage.items.has(LOGIN_SNAPSHOT_KEY)).toBe(false)
    storage.setItem(LOGIN_SNAPSHOT_KEY, 'not json')
    expect(restoreLoginFlow(storage)).toEqual({ kind: 'fresh', notice: 'flowLost' })
    expect(storage.items.has(LOGIN_SNAPSHOT_KEY)).toBe(false)
  })

  /** A stored flow at the code step, then damaged by `damage` (what a crashed tab could leave). */
  async function damagedFlow(damage: (stored: { snapshot: Record<string, unknown> }) => void) {
    const storage = tabStorage()
    const login = await atCodeStep(storage)
    login.actor.stop()
    const stored = JSON.parse(storage.getItem(LOGIN_SNAPSHOT_KEY) ?? '') as {
      snapshot: Record<string, unknown>
    }
    damage(stored)
    storage.setItem(LOGIN_SNAPSHOT_KEY, JSON.stringify(stored))
    return storage
  }

  it.each([
    [
      'an unknown state',
      (stored: { snapshot: Record<string, unknown> }) => {
        stored.snapshot.value = 'noSuchStep'
      },
    ],
    [
      'the code step without its child',
      (stored: { snapshot: Record<string, unknown> }) => {
        stored.snapshot.children = {}
      },
    ],
    [
      'a finished flow',
      (stored: { snapshot: Record<string, unknown> }) => {
        stored.snapshot.status = 'done'
      },
    ],
    [
      'a pending login of the wrong shape',
      (stored: { snapshot: Record<string, unknown> }) => {
        ;(stored.snapshot.context as Record<string, unknown>).pending = { token: 5 }
      },
    ],
  ])('starts fresh with a notice, and clears the key, for %s', async (_, damage) => {
    const storage = await damagedFlow(damage)

    expect(restoreLoginFlow(storage)).toEqual({ kind: 'fresh', notice: 'flowLost' })
    expect(storage.items.has(LOGIN_SNAPSHOT_KEY)).toBe(false)
  })

  it('versions the stored flow by the machine: another shape of machine reads as another version', () => {
    expect(loginSnapshotVersion()).toBe(machineVersion(loginMachine))
    const renamed = loginMachine.provide({})
    expect(machineVersion(renamed)).toBe(loginSnapshotVersion())
    expect(machineShape(loginMachine)).toContain('login.password.locked')
    expect(machineShape(loginMachine)).toContain('code.codeSent.expired')
  })
})

describe('what is stored', () => {
  it('never contains the password, even while it is being checked', async () => {
    await devApi.call('devScenarioUpdate', { body: { latencyMs: 300 } })
    const storage = tabStorage()
    const login = startLogin()
    persistLoginFlow(login.actor, storage)
    await login.at('identifier')
    login.send({ type: 'identifier.submit', identifier: 'ana@example.com' })
    await login.at({ password: 'entering' })

    login.send({ type: 'password.submit', password: 'correct-horse-battery' })
    await login.at({ password: 'checking' })
    const whileChecking = [...storage.items.values()].join()
    await login.until((s) => s.matches({ password: 'entering' }) && s.context.problem !== null)

    expect(whileChecking).toContain('"password":"entering"')
    expect([...storage.items.values()].join()).not.toContain('correct-horse-battery')
    expect(whileChecking).not.toContain('correct-horse-battery')
  })

  it('is cleared when the user goes back to the identifier', async () => {
    const storage = tabStorage()
    const login = await atCodeStep(storage)
    expect(storage.items.has(LOGIN_SNAPSHOT_KEY)).toBe(true)

    login.send({ type: 'login.back' })
    await login.at('identifier')

    expect(storage.items.has(LOGIN_SNAPSHOT_KEY)).toBe(false)
  })
})

it('restores nothing when storage is blocked', () => {
  const blocked = {
    getItem: vi.fn(() => {
      throw new Error('SecurityError')
    }),
    removeItem: vi.fn(),
  }
  expect(restoreLoginFlow(blocked)).toEqual({ kind: 'fresh', notice: null })
})
