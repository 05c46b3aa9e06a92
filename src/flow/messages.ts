/**
 * Sentences for what went wrong: a remote problem, a failed OS prompt, a notice. The machines
 * and the API client carry codes; the words live in copy/ and are chosen here, in one place, for
 * the login and the dashboard alike.
 */
import { copy } from '../copy/en'
import type { CeremonyFailure } from '../machines/ceremony'
import type { LoginNotice } from '../machines/login/login.types'
import { toRemoteProblem, type RemoteProblem } from '../machines/remote-problem'

export function problemMessage(problem: RemoteProblem | null): string | undefined {
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
      return rejectionMessage(problem)
  }
}

/** The words for a failed call of any kind (the dashboard's queries and mutations). */
export function errorMessage(error: unknown): string {
  return problemMessage(toRemoteProblem(error)) ?? copy.errors.server
}

/**
 * Every contract error code has its words here; the backend's own `message` is for its logs and
 * never shown (it is in the backend's language, and may say more than a user should read).
 */
function rejectionMessage(problem: RemoteProblem): string {
  const code = problem.code
  switch (code) {
    case 'invalid_credentials':
      return copy.errors.invalidCredentials
    case 'account_locked':
      return copy.errors.locked({ minutes: Math.ceil((problem.retryAfterSeconds ?? 900) / 60) })
    case 'code_invalid':
      return problem.attemptsLeft === null
        ? copy.errors.codeInvalid
        : copy.errors.codeInvalidTries({ attemptsLeft: problem.attemptsLeft })
    case 'code_expired':
      return copy.errors.codeExpired
    case 'too_many_attempts':
      return copy.errors.tooManyAttempts
    case 'resend_cooldown':
      return copy.errors.resendCooldown({ seconds: problem.retryAfterSeconds ?? 30 })
    case 'challenge_invalid':
      return copy.errors.challengeExpired
    case 'verification_failed':
      return copy.errors.verificationFailed
    case 'unknown_credential':
      return copy.errors.unknownPasskey
    case 'already_registered':
      return copy.errors.alreadyRegistered
    case 'channel_unavailable':
      return copy.errors.channelUnavailable
    case 'not_found':
      return copy.errors.notFound
    case 'unauthorized':
      return copy.errors.unauthorized
    case 'code_rate_limited':
      return copy.errors.codeRateLimited({
        minutes: Math.ceil((problem.retryAfterSeconds ?? 3600) / 60),
      })
    case 'reauth_required':
      return copy.errors.reauthRequired
    case 'validation_error':
    case 'payload_too_large':
      return copy.errors.invalidRequest
    case 'server_error':
    case null:
      return copy.errors.server
    default:
      return unknownCode(code)
  }
}

function unknownCode(code: never): string {
  throw new Error(`No words for the error code ${String(code)}`)
}

/** The words for each way an OS prompt fails that the person should hear about. */
export type PromptFailureWords = Readonly<
  Record<Exclude<CeremonyFailure, 'aborted' | 'alreadyRegistered'>, string>
>

/**
 * A failed OS prompt, in the words of its step (`copy.ceremony` for signing in,
 * `copy.ceremonyCreate` for a new passkey). `aborted` is the flow's own doing (the user moved on),
 * so it says nothing; `alreadyRegistered` has a screen of its own.
 */
export function ceremonyMessage(
  failure: CeremonyFailure | null,
  words: PromptFailureWords,
): string | undefined {
  if (!failure || failure === 'aborted' || failure === 'alreadyRegistered') return undefined
  return words[failure]
}

export function noticeMessage(notice: LoginNotice | null): string | undefined {
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
  }
}
