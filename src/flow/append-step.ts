/**
 * The append step's screens wired to its events, the same for the login's offer and the
 * dashboard's "Add a passkey".
 */
import { copy } from '../copy/en'
import type { AppendEvent } from '../machines/append/append.machine'
import type { AppendView } from '../machines/append/append.selectors'
import { ceremonyMessage, problemMessage } from './messages'

export function appendOfferCallbacks(send: (event: AppendEvent) => void) {
  return {
    onCreate: () => {
      send({ type: 'append.create' })
    },
    onSkip: () => {
      send({ type: 'append.skip' })
    },
    onRetry: () => {
      send({ type: 'append.retry' })
    },
  }
}

export function appendDoneCallbacks(send: (event: AppendEvent) => void) {
  return {
    onContinue: () => {
      send({ type: 'append.continue' })
    },
  }
}

/** What the offer says went wrong: the backend's problem, else the OS prompt's failure. */
export function appendOfferError(
  view: Pick<Extract<AppendView, { screen: 'appendOffer' }>, 'problem' | 'ceremonyFailure'>,
): string | undefined {
  return problemMessage(view.problem) ?? ceremonyMessage(view.ceremonyFailure, copy.ceremonyCreate)
}
