/**
 * What the machines know of a failed remote call. Default actors reject with the API client's
 * `ApiError`; an embedder's actors may reject with anything. `toRemoteProblem` reads both without
 * importing the client (machines stay independent of it), by the shape of `ApiError.failure`.
 */
import type { ErrorCode } from '../api/contract'

export interface RemoteProblem {
  /** rejected: the backend said no (4xx with a contract error); the others are faults. */
  kind: 'rejected' | 'server' | 'network' | 'malformed' | 'aborted'
  code: ErrorCode | null
  /** The backend's own sentence for `rejected` problems, for logs only: users read our copy. */
  message: string
  retryAfterSeconds: number | null
  attemptsLeft: number | null
  credentialId: string | null
}

const problem = (kind: RemoteProblem['kind']): RemoteProblem => ({
  kind,
  code: null,
  message: '',
  retryAfterSeconds: null,
  attemptsLeft: null,
  credentialId: null,
})

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

export function toRemoteProblem(error: unknown): RemoteProblem {
  const failure = isRecord(error) ? error.failure : undefined
  if (!isRecord(failure)) return problem('server')
  switch (failure.kind) {
    case 'network':
      return problem('network')
    case 'malformed':
      return problem('malformed')
    case 'aborted':
      return problem('aborted')
    case 'http': {
      const body = isRecord(failure.error) ? failure.error : {}
      const status = typeof failure.status === 'number' ? failure.status : 500
      const code = typeof body.code === 'string' ? (body.code as ErrorCode) : null
      if (status >= 500 || code === 'server_error') return { ...problem('server'), code }
      return {
        kind: 'rejected',
        code,
        message: typeof body.message === 'string' ? body.message : '',
        retryAfterSeconds:
          typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : null,
        attemptsLeft: typeof body.attemptsLeft === 'number' ? body.attemptsLeft : null,
        credentialId: typeof body.credentialId === 'string' ? body.credentialId : null,
      }
    }
    default:
      return problem('server')
  }
}

/** True for a contract rejection with this code. */
export function isRejection(problemOrError: unknown, code: ErrorCode): boolean {
  return toRemoteProblem(problemOrError).code === code
}
