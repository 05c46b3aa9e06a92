/**
 * "Add a passkey" on the dashboard: the append machine (purpose 'dashboard') joined to the same
 * offer and done screens the login uses.
 */
import { useEffect, useSyncExternalStore } from 'react'
import type { Session } from '../api/contract'
import { copy } from '../copy/en'
import { defaultAppendMachine } from '../machines/append/append.actors'
import type { AppendContext, AppendEvent } from '../machines/append/append.machine'
import { selectAppendView, type ChildSnapshot } from '../machines/login/login.selectors'
import type { DeviceProfile } from '../webauthn/capabilities'
import { AppendDoneScreen } from '../screens/append-done/append-done-screen'
import { AppendOfferScreen } from '../screens/append-offer/append-offer-screen'
import { ceremonyMessage, problemMessage } from './messages'
import { useLiveActor } from './use-live-actor'

interface AddPasskeyFlowProps {
  session: Session
  device: DeviceProfile
  /** Called once the step ends (created, already there, or dismissed). */
  onDone: () => void
}

export function AddPasskeyFlow({ session, device, onDone }: AddPasskeyFlowProps) {
  const live = useLiveActor(defaultAppendMachine, {
    input: {
      token: session.token,
      purpose: 'dashboard',
      canSkip: true,
      snoozeDays: 0,
      canCreate: device.canCreate,
      tryConditionalCreate: false,
      passkeyName: copy.append.passkeyName[device.platform],
    },
  })
  const snapshot = useSyncExternalStore(live.observe, () => live.current().getSnapshot())
  const finished = snapshot.status === 'done'
  useEffect(() => {
    if (finished) onDone()
  }, [finished, onDone])

  const send = (event: AppendEvent) => {
    live.send(event)
  }
  const view = selectAppendView(snapshot as unknown as ChildSnapshot<AppendContext>, {
    biometric: device.biometric,
  })
  if (view.screen === 'appendDone') {
    return (
      <AppendDoneScreen
        outcome={view.outcome}
        biometric={view.biometric}
        onContinue={() => {
          send({ type: 'append.continue' })
        }}
      />
    )
  }
  return (
    <AppendOfferScreen
      phase={view.phase}
      biometric={view.biometric}
      canSkip
      suggestSkip={view.suggestSkip}
      forThisDevice={false}
      error={problemMessage(view.problem) ?? ceremonyMessage(view.ceremonyFailure, 'create')}
      onCreate={() => {
        send({ type: 'append.create' })
      }}
      onSkip={() => {
        send({ type: 'append.skip' })
      }}
      onRetry={() => {
        send({ type: 'append.retry' })
      }}
    />
  )
}
