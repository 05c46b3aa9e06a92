/**
 * "Add a passkey" on the dashboard: the append machine (purpose 'dashboard') joined to the
 * dashboard's add panel, which shows the same offer and outcome the login does, as a section of
 * the passkey list.
 */
import { useEffect, useState } from 'react'
import type { Session } from '../api/contract'
import { useCopy } from '../components/locale'
import type { ApiClient } from '../api/http'
import { appendActors } from '../machines/append/append.actors'
import { appendMachine } from '../machines/append/append.machine'
import { selectAppendView } from '../machines/append/append.selectors'
import { AddPasskeyDone, AddPasskeyOffer } from '../screens/add-passkey/add-passkey-panel'
import type { DeviceProfile } from '../webauthn/capabilities'
import {
  appendDoneCallbacks,
  appendOfferBlocked,
  appendOfferCallbacks,
  appendOfferError,
} from './append-step'
import { useFunnelReporting, type OnFunnelEvent } from './use-funnel'
import { useLiveActor, useLiveSnapshot } from './use-live-actor'

export interface AddPasskeyFlowProps {
  session: Session
  device: DeviceProfile
  /** Called once the step ends (created, already there, or cancelled). */
  onDone: () => void
  /**
   * The backend wants "Confirm it's you" before a passkey is added (the sign-in is not recent):
   * the host runs the step-up, then opens the step again with the fresh session.
   */
  onReauthRequired: () => void
  /** Told what the person did with the offer (the funnel), with no personal data. */
  onEvent?: OnFunnelEvent
  /** The API client for the registration (default: this origin's). */
  api?: ApiClient | undefined
}

export function AddPasskeyFlow({
  session,
  device,
  onDone,
  onReauthRequired,
  onEvent,
  api,
}: AddPasskeyFlowProps) {
  const reportFunnel = useFunnelReporting(onEvent)
  const copy = useCopy()
  const [machine] = useState(() => appendMachine.provide({ actors: appendActors(api) }))
  const live = useLiveActor(
    machine,
    {
      input: {
        token: session.token,
        purpose: 'dashboard',
        canSkip: true,
        canCreate: device.canCreate,
        tryConditionalCreate: false,
        passkeyName: copy.append.passkeyName[device.platform],
      },
    },
    { onStart: reportFunnel },
  )
  const snapshot = useLiveSnapshot(live)
  const finished = snapshot.status === 'done'
  useEffect(() => {
    if (finished) onDone()
  }, [finished, onDone])

  const view = selectAppendView(snapshot, { biometric: device.biometric })
  const reauthRequired = view.problem?.code === 'reauth_required'
  useEffect(() => {
    if (reauthRequired) onReauthRequired()
  }, [reauthRequired, onReauthRequired])
  if (view.screen === 'appendDone') {
    return (
      <AddPasskeyDone
        outcome={view.outcome}
        biometric={view.biometric}
        {...appendDoneCallbacks(live.send)}
      />
    )
  }
  return (
    <AddPasskeyOffer
      phase={view.phase}
      biometric={view.biometric}
      canSkip={view.canSkip}
      suggestSkip={view.suggestSkip}
      error={appendOfferError(copy, view)}
      blocked={appendOfferBlocked(view)}
      {...appendOfferCallbacks(live.send)}
    />
  )
}
