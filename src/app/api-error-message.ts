import { isApiError } from '../api/http'
import { copy } from '../copy/en'

/** The sentence a user sees for a failed call: the backend's own words when it gave some. */
export function apiErrorMessage(error: unknown): string {
  if (!isApiError(error)) return copy.errors.server
  switch (error.failure.kind) {
    case 'http':
      return error.failure.status >= 500 ? copy.errors.server : error.failure.error.message
    case 'network':
      return copy.errors.network
    case 'malformed':
      return copy.errors.malformed
    case 'aborted':
      return copy.errors.network
  }
}
