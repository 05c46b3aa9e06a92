/**
 * Sentences for what went wrong: a remote problem, a failed OS prompt, a notice. The machines
 * and the API client carry codes; the words live in copy/ and are chosen here, in one place, for
 * the login and the dashboard alike.
 */
import type { LoginMessages } from '../copy/en'
import type { CeremonyFailure } from '../machines/ceremony'
import type { LoginNotice } from '../machines/login/login.types'
import { toRemoteProblem, type RemoteProblem } from '../machines/remote-problem'

export function problemMessage(
  copy: LoginMessages,
  problem: RemoteProblem | null,
): string | undefined {
  if (!problem) return undefined
  switch (problem.kind) {
    case 'network':
    case 'aborted':
      return copy.errors.network
    case 'server':
      return copy.errors.server
    case 'malformed':
      return copy.errors.malformed
    case 'rejected':
      return rejectionMessage(copy, problem)
  }
}

/** The words for a failed call of any kind (the dashboard's queries and mutations). */
export function errorMessage(copy: LoginMessages, error: unknown): string {
  return problemMessage(copy, toRemoteProblem(error)) ?? copy.errors.server
}

/** How long to say to wait when the backend did not say, by the code that asks to wait. */
const defaultWaitSeconds: Partial<Record<string, number>> = {
  account_locked: 900,
  code_rate_limited: 3600,
  resend_cooldown: 30,
}

/**
 * Every contract error code has its words in the catalog's `rejected` group (the type makes one
 * missing a compile error); the backend's own `message` is for its logs and never shown (it is
 * in the backend's language, and may say more than a user should read).
 */
function rejectionMessage(copy: LoginMessages, problem: RemoteProblem): string {
  const { code, attemptsLeft } = problem
  if (code === null) return copy.errors.server
  if (code === 'code_invalid' && attemptsLeft === null) return copy.errors.codeInvalid
  const seconds = problem.retryAfterSeconds ?? defaultWaitSeconds[code] ?? 0
  const message = copy.rejected[code]
  return typeof message === 'string'
    ? message
    : message({ seconds, minutes: Math.ceil(seconds / 60), attemptsLeft: attemptsLeft ?? 0 })
}

/** The words for each way an OS prompt fails that the person should hear about. */
export type PromptFailureWords = Readonly<
  Record<Exclude<CeremonyFailure, 'aborted' | 'alreadyRegistered'>, string>
>

/**
 * A failed OS prompt, in the words of its step (the login's ceremony words for signing in, the
 * step-up's own for "Confirm it's you"). `aborted` is the flow's own doing (the user moved on),
 * so it says nothing; `alreadyRegistered` has a screen of its own.
 */
export function ceremonyMessage(
  failure: CeremonyFailure | null,
  words: PromptFailureWords,
): string | undefined {
  if (!failure || failure === 'aborted' || failure === 'alreadyRegistered') return undefined
  return words[failure]
}

export function noticeMessage(copy: LoginMessages, notice: LoginNotice | null): string | undefined {
  switch (notice) {
    case null:
      return undefined
    case 'loginExpired':
      return copy.errors.loginExpired
    case 'unknownPasskey':
      return copy.errors.unknownPasskey
    case 'passkeyUnavailable':
      return copy.errors.passkeyUnavailable
    case 'sessionEnded':
      return copy.errors.unauthorized
    case 'flowLost':
      return copy.errors.flowLost
    case 'passkeyLater':
      return copy.errors.passkeyLater
  }
}
