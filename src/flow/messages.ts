/**
 * Sentences for what the machines report: a remote problem, a failed OS prompt, a notice. The
 * machines carry codes; the words live in copy/ and are chosen here, in one place.
 */
import { copy } from '../copy/en'
import type { CeremonyFailure } from '../machines/ceremony'
import type { LoginNotice } from '../machines/login/login.types'
import type { RemoteProblem } from '../machines/remote-problem'

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
      break
  }
  switch (problem.code) {
    case 'invalid_credentials':
      return copy.errors.invalidCredentials
    case 'account_locked':
      return copy.errors.locked(Math.ceil((problem.retryAfterSeconds ?? 900) / 60))
    case 'code_invalid':
      return copy.errors.codeInvalid(problem.attemptsLeft)
    case 'code_expired':
      return copy.errors.codeExpired
    case 'too_many_attempts':
      return copy.errors.tooManyAttempts
    case 'resend_cooldown':
      return copy.errors.resendCooldown(problem.retryAfterSeconds ?? 30)
    case 'challenge_invalid':
      return copy.errors.challengeExpired
    case 'verification_failed':
      return copy.errors.verificationFailed
    case 'unknown_credential':
      return copy.errors.unknownPasskey
    case 'unauthorized':
      return copy.errors.unauthorized
    default:
      // A rejection we have no words for: the backend's own sentence is meant for users.
      return problem.message || copy.errors.server
  }
}

/** A failed OS prompt; `aborted` is the flow's own doing (the user moved on), so it says nothing. */
export function ceremonyMessage(
  failure: CeremonyFailure | null,
  ceremony: 'get' | 'create',
): string | undefined {
  if (!failure || failure === 'aborted' || failure === 'alreadyRegistered') return undefined
  return (ceremony === 'get' ? copy.ceremony : copy.ceremonyCreate)[failure]
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
  }
}
