/**
 * Failures as the default actors reject with them: the API client's `ApiError`, built by hand so
 * machine tests can feed any contract rejection or fault to a fake actor.
 */
import {
  errorStatus,
  type EndpointName,
  type ErrorBody,
  type ErrorCode,
} from '../../../src/api/contract'
import { ApiError } from '../../../src/api/http'

type ErrorDetails = Partial<Omit<ErrorBody['error'], 'code'>>

/** The backend said no: a contract error body with the code's own status. */
export function rejection(endpoint: EndpointName, code: ErrorCode, details: ErrorDetails = {}) {
  return new ApiError(endpoint, {
    kind: 'http',
    status: errorStatus[code],
    error: { message: `${code} (test)`, ...details, code },
  })
}

/** No usable answer: offline, a 5xx, or a body that breaks the contract. */
export function fault(endpoint: EndpointName, kind: 'network' | 'server' | 'malformed') {
  switch (kind) {
    case 'network':
      return new ApiError(endpoint, { kind: 'network' })
    case 'server':
      return new ApiError(endpoint, {
        kind: 'http',
        status: 500,
        error: { code: 'server_error', message: 'The server had a problem.' },
      })
    case 'malformed':
      return new ApiError(endpoint, { kind: 'malformed', status: 200, detail: '(root): test' })
  }
}
