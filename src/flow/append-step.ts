/**
 * The append step's screens wired to its events, the same for the login's offer and the
 * dashboard's "Add a passkey".
 */
import type { LoginMessages } from '../copy/en'
import type { AppendEvent } from '../machines/append/append.machine'
import type { AppendView } from '../machines/append/append.selectors'
import { problemMessage } from './messages'

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

/**
 * What the offer says went wrong when the phase's own sentence will not do: the backend's
 * problem. (A failed prompt is the phase's own: cancelled, timed out or failed.)
 */
export function appendOfferError(
  copy: LoginMessages,
  view: Pick<Extract<AppendView, { screen: 'appendOffer' }>, 'problem'>,
): string | undefined {
  return problemMessage(copy, view.problem)
}

/** The offer's `blocked`: a prompt the browser would not open, which "Try again" will not fix. */
export function appendOfferBlocked(
  view: Pick<Extract<AppendView, { screen: 'appendOffer' }>, 'ceremonyFailure'>,
): 'security' | 'notSupported' | undefined {
  const failure = view.ceremonyFailure
  return failure === 'security' || failure === 'notSupported' ? failure : undefined
}
