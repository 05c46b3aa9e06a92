/**
 * Property-based: whatever the user does and whatever the backend and the OS prompt answer, the
 * login machine never throws, always names a screen, and never reaches "authenticated" without a
 * verified password and code or a verified passkey.
 */
import fc from 'fast-check'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { createActor, fromPromise } from 'xstate'
import type { CodeSent, ErrorCode, Passkey, PendingLogin, Session } from '../../../src/api/contract'
import {
  appendMachine,
  type RecordSkipInput,
  type VerifyPasskeyInput,
} from '../../../src/machines/append/append.machine'
import { codeMachine, type SendCodeInput } from '../../../src/machines/code/code.machine'
import { loginMachine } from '../../../src/machines/login/login.machine'
import { selectLoginView, type LoginView } from '../../../src/machines/login/login.selectors'
import type { EnvironmentOutput, LoginEvent } from '../../../src/machines/login/login.types'
import { CeremonyError } from '../../../src/webauthn/errors'
import { fault, rejection } from '../support/api-errors'
import { defaultPolicy, type Policy } from '../../../src/machines/policy'
import { requestOptions } from '../support/fixtures'
import { capableDevice, incapableDevice } from '../support/login-harness'

const session: Session = {
  token: 'session-token',
  expiresAt: '2030-01-01T00:00:00.000Z',
  user: { id: 'dXNlcg', identifier: 'ana@example.com', displayName: 'Ana' },
}
const options = requestOptions
const pendingLogin = (mfa: boolean): PendingLogin => ({
  token: 'pending-token',
  expiresAt: '2030-01-01T00:00:00.000Z',
  user: { identifier: 'ana@example.com', displayName: 'Ana' },
  mfa,
  channels: [
    { channel: 'email', destination: 'a•••@example.com' },
    { channel: 'sms', destination: '••• ••• 0123' },
  ],
  hasPasskeys: false,
  append: 'offer',
})

/** How a remote call or prompt ends; drawn per call from the test's script. */
type Outcome = 'ok' | 'rejected' | 'fault' | 'cancel'

const screens: readonly LoginView['screen'][] = [
  'starting',
  'identifier',
  'returningUser',
  'passkeyLogin',
  'password',
  'locked',
  'codeChannel',
  'codeEntry',
  'appendOffer',
  'appendDone',
  'authenticated',
]

const eventArbitrary: fc.Arbitrary<LoginEvent> = fc.oneof(
  fc.constant({ type: 'returning.continue' } as const),
  fc.constant({ type: 'returning.useAnother' } as const),
  fc.constant({ type: 'identifier.submit', identifier: 'ana@example.com' } as const),
  fc.constant({ type: 'identifier.passkey' } as const),
  fc.constant({ type: 'passkey.start' } as const),
  fc.constant({ type: 'passkey.useOtherDevice' } as const),
  fc.constant({ type: 'passkey.usePassword' } as const),
  fc.constant({ type: 'password.submit', password: 'pw' } as const),
  fc.constant({ type: 'password.usePasskey' } as const),
  fc.constant({ type: 'login.retry' } as const),
  fc.constant({ type: 'login.back' } as const),
  fc
    .constantFrom('email' as const, 'sms' as const)
    .map((channel) => ({ type: 'code.choose' as const, channel })),
  fc.constantFrom('123456', '12').map((code) => ({ type: 'code.submit' as const, code })),
  fc.constant({ type: 'code.resend' } as const),
  fc.constant({ type: 'code.changeChannel' } as const),
  fc.constant({ type: 'code.retry' } as const),
  fc.constant({ type: 'append.create' } as const),
  fc.constant({ type: 'append.skip' } as const),
  fc.constant({ type: 'append.retry' } as const),
  fc.constant({ type: 'append.continue' } as const),
)

const policyArbitrary: fc.Arbitrary<Policy> = fc.record({
  append: fc.constantFrom('off' as const, 'optional' as const, 'required' as const),
  snoozeDays: fc.constant(7),
  passkeyStart: fc.constantFrom('button' as const, 'auto' as const),
  conditionalUI: fc.boolean(),
  conditionalCreate: fc.boolean(),
})

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

it('never throws, always names a screen, and authenticates only after real verification', async () => {
  let signedIn = 0
  await fc.assert(
    fc.asyncProperty(
      policyArbitrary,
      fc.boolean(),
      fc.boolean(),
      fc.boolean(),
      fc.array(fc.constantFrom<Outcome>('ok', 'ok', 'ok', 'rejected', 'fault', 'cancel'), {
        maxLength: 60,
      }),
      fc.array(fc.tuple(eventArbitrary, fc.integer({ min: 0, max: 35 })), { maxLength: 40 }),
      async (policy, capable, hasPasskeys, mfa, outcomes, events) => {
        const script = [...outcomes]
        const next = (): Outcome => script.shift() ?? 'ok'
        const verified = { password: false, code: false, passkey: false }
        const answer = <T>(value: () => T, rejectCode: ErrorCode): Promise<T> => {
          switch (next()) {
            case 'ok':
              return Promise.resolve(value())
            case 'rejected':
              return Promise.reject(rejection('identify', rejectCode))
            case 'fault':
              return Promise.reject(fault('identify', 'network'))
            case 'cancel':
              return Promise.reject(
                new CeremonyError('cancelled', { errorName: 'NotAllowedError' }),
              )
          }
        }

        const machine = loginMachine.provide({
          actors: {
            detectEnvironment: fromPromise<EnvironmentOutput>(() =>
              Promise.resolve({
                device: capable ? capableDevice : incapableDevice,
                lastAccount: null,
              }),
            ),
            identify: fromPromise(() =>
              answer(
                () => ({
                  identifier: 'ana@example.com',
                  passkey: hasPasskeys ? { options } : null,
                }),
                'validation_error',
              ),
            ),
            fetchRequestOptions: fromPromise(() => answer(() => ({ options }), 'validation_error')),
            getPasskey: fromPromise(() =>
              answer(
                () => ({
                  id: 'Y3JlZA',
                  rawId: 'Y3JlZA',
                  type: 'public-key' as const,
                  clientExtensionResults: {},
                  response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' },
                }),
                'server_error',
              ),
            ),
            verifyAssertion: fromPromise(() =>
              answer(() => {
                verified.passkey = true
                return session
              }, 'verification_failed'),
            ),
            checkPassword: fromPromise(() =>
              answer(() => {
                verified.password = true
                return pendingLogin(mfa)
              }, 'invalid_credentials'),
            ),
            code: codeMachine.provide({
              actors: {
                sendCode: fromPromise<CodeSent, SendCodeInput>(() =>
                  answer(
                    () => ({
                      channel: 'email' as const,
                      destination: 'a•••@example.com',
                      codeLength: 6,
                      expiresInSeconds: 300,
                      resendAfterSeconds: 30,
                    }),
                    'resend_cooldown',
                  ),
                ),
                verifyCode: fromPromise(() =>
                  answer(() => {
                    verified.code = true
                    return session
                  }, 'code_invalid'),
                ),
              },
            }),
            append: appendMachine.provide({
              actors: {
                fetchCreationOptions: fromPromise(() =>
                  answer(
                    () => ({
                      options: {
                        rp: { name: 'Demo' },
                        user: { id: 'dXNlcg', name: 'ana', displayName: 'Ana' },
                        challenge: 'Y2hhbGxlbmdl',
                        pubKeyCredParams: [{ type: 'public-key' as const, alg: -7 }],
                      },
                    }),
                    'unauthorized',
                  ),
                ),
                createPasskey: fromPromise(() =>
                  answer(
                    () => ({
                      id: 'Y3JlZA',
                      rawId: 'Y3JlZA',
                      type: 'public-key' as const,
                      clientExtensionResults: {},
                      response: { clientDataJSON: 'e30', attestationObject: 'AA' },
                    }),
                    'server_error',
                  ),
                ),
                verifyPasskey: fromPromise<
                  { passkey: Passkey; pending: boolean },
                  VerifyPasskeyInput
                >(() =>
                  answer(
                    () => ({
                      passkey: {
                        id: 'Y3JlZA',
                        name: 'Passkey',
                        aaguid: '00000000-0000-0000-0000-000000000000',
                        createdAt: '2026-01-01T00:00:00.000Z',
                        lastUsedAt: null,
                        deviceType: 'multiDevice' as const,
                        backedUp: true,
                        transports: [],
                      },
                      pending: true,
                    }),
                    'verification_failed',
                  ),
                ),
                recordSkip: fromPromise<
                  { snoozedUntil: string; pending: boolean },
                  RecordSkipInput
                >(() =>
                  answer(
                    () => ({ snoozedUntil: '2030-01-01T00:00:00.000Z', pending: true }),
                    'unauthorized',
                  ),
                ),
              },
            }),
          },
        })

        const errors: unknown[] = []
        const actor = createActor(machine, { input: { policy: { ...defaultPolicy, ...policy } } })
        actor.subscribe({ error: (error) => errors.push(error) })
        actor.start()
        await vi.advanceTimersByTimeAsync(0)

        for (const [event, seconds] of events) {
          actor.send(event)
          await vi.advanceTimersByTimeAsync(seconds * 1000)
          const snapshot = actor.getSnapshot()
          expect(errors).toEqual([])
          expect(screens).toContain(selectLoginView(snapshot).screen)
          if (snapshot.status === 'done') {
            expect((verified.password && verified.code) || verified.passkey).toBe(true)
            signedIn++
            break
          }
        }
        actor.stop()
      },
    ),
    { numRuns: 300 },
  )
  // The property must not hold vacuously: some random runs do get all the way in.
  expect(signedIn).toBeGreaterThan(0)
})
