/**
 * The journeys' failure switch (J10), as data: what can go wrong once on the way, and which
 * journey offers what. Plain data, so the real-browser tests can walk every story with every
 * failure without loading the stories themselves (nor the fake backend: types only from it).
 */
import type { FailureKind } from 'passkey-login/msw'

export type Failure = 'none' | FailureKind | 'promptCancelled' | 'wrongPassword' | 'wrongCode'

export const failureLabels: Record<Failure, string> = {
  none: 'Nothing fails',
  server_error: 'The server fails (500)',
  network_error: 'The network drops',
  malformed: 'The server answers nonsense',
  promptCancelled: 'The user cancels the OS prompt',
  wrongPassword: 'The user types a wrong password first',
  wrongCode: 'The user types a wrong code first',
}

// The dev contract's failure kinds, spelled out so this file stays plain data (a Record: a kind
// added there is a type error here until it is listed).
const backendFailureKinds: Record<FailureKind, true> = {
  server_error: true,
  network_error: true,
  malformed: true,
}
const backendFailures = Object.keys(backendFailureKinds) as FailureKind[] // its keys, by construction

export const isBackendFailure = (failure: Failure): failure is FailureKind =>
  (backendFailures as readonly string[]).includes(failure)

/** Each journey story (by export name) offers the backend failures, and these. */
const extras = {
  J1CreatePasskey: ['promptCancelled'],
  J2Skip: [],
  J3Mfa: ['wrongCode'],
  J4PasskeySignIn: ['promptCancelled'],
  J4bPhone: ['promptCancelled'],
  J5OneStep: ['promptCancelled'],
  J6SeveralPasskeys: ['promptCancelled'],
  J7Required: [],
  J8ReturningUser: ['wrongPassword'],
  J9ManagePasskeys: [],
  StepUpChangeEmail: ['promptCancelled'],
} as const satisfies Record<string, readonly Failure[]>

export type JourneyName = keyof typeof extras
export const journeyNames = Object.keys(extras) as JourneyName[]

/** The choices of one journey's switch, "nothing fails" first. */
export function failuresOf(journey: JourneyName): Failure[] {
  return ['none', ...backendFailures, ...extras[journey]]
}
