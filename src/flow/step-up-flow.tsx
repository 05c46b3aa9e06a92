/**
 * The step-up joined to its dialog: "Confirm it's you" with the user's passkey, or a code. Ends
 * with the machine's output: a fresh session, declined, or the session gone.
 */
import { useEffect, useState } from 'react'
import type { Session } from '../api/contract'
import { useCopy } from '../components/locale'
import { useStepsCopy } from '../components/steps-copy'
import { observeFlow } from '../machines/observe-flow'
import type { StepUpOutput } from '../machines/step-up/step-up.machine'
import type { ApiClient } from '../api/http'
import { stepUpActors } from '../machines/step-up/step-up.actors'
import { stepUpMachine } from '../machines/step-up/step-up.machine'
import { selectStepUpView } from '../machines/step-up/step-up.selectors'
import { CodeChannelContent } from '../screens/code-channel/code-channel-screen'
import { CodeEntryContent } from '../screens/code-entry/code-entry-screen'
import { StepUpChoice, StepUpDialog } from '../screens/step-up/step-up-dialog'
import type { DeviceProfile } from '../webauthn/capabilities'
import { ceremonyMessage, problemMessage } from './messages'
import { useLiveActor, useLiveSnapshot } from './use-live-actor'
import { useFunnelReporting, type OnFunnelEvent } from './use-funnel'
import { useSmsCodeListener } from './use-sms-code'

export interface StepUpFlowProps {
  session: Session
  device: DeviceProfile
  /** The one change being confirmed ("passkey.delete"); the fresh session allows only that. */
  action: string
  onDone: (result: StepUpOutput) => void
  /** The API client for the step-up's calls (default: this origin's). */
  api?: ApiClient | undefined
  /** Told what the person did (the funnel: shown, passed, declined, failed), no personal data. */
  onEvent?: OnFunnelEvent | undefined
}

export function StepUpFlow({ session, device, action, onDone, api, onEvent }: StepUpFlowProps) {
  const copy = useCopy()
  const stepsCopy = useStepsCopy()
  const reportFunnel = useFunnelReporting(onEvent)
  const [machine] = useState(() => stepUpMachine.provide({ actors: stepUpActors(api) }))
  const live = useLiveActor(
    machine,
    { input: { token: session.token, canPasskey: device.canPasskey, action } },
    { observe: observeFlow, onStart: reportFunnel },
  )
  const snapshot = useLiveSnapshot(live)
  const view = selectStepUpView(snapshot)
  const output = snapshot.status === 'done' ? snapshot.output : undefined
  useEffect(() => {
    if (output) onDone(output)
  }, [output, onDone])
  const listenForCode = useSmsCodeListener(view.screen === 'codeEntry' && view.channel === 'sms')

  const cancel = () => {
    live.send({ type: 'stepUp.cancel' })
  }
  const error = problemMessage(copy, view.problem)
  switch (view.screen) {
    case 'stepUpChoice':
      return (
        <StepUpDialog heading={stepsCopy.stepUp.heading} onCancel={cancel}>
          <StepUpChoice
            phase={view.phase}
            biometric={device.biometric}
            canPasskey={view.canPasskey}
            canUseCode={view.canUseCode}
            error={error ?? ceremonyMessage(view.ceremonyFailure, stepsCopy.stepUp.ceremony)}
            errorTone={
              error || view.ceremonyFailure === 'unknown' || view.ceremonyFailure === 'security'
                ? 'error'
                : 'info'
            }
            onPasskey={() => {
              live.send({ type: 'stepUp.passkey' })
            }}
            onUseCode={() => {
              live.send({ type: 'stepUp.useCode' })
            }}
            onRetry={() => {
              live.send({ type: 'stepUp.retry' })
            }}
            onCancel={cancel}
          />
        </StepUpDialog>
      )
    case 'codeChannel':
      return (
        <StepUpDialog heading={stepsCopy.codeChannel.heading} onCancel={cancel}>
          <CodeChannelContent
            purpose="stepUp"
            channels={view.channels}
            selected={view.selected}
            busy={false}
            error={error}
            onSend={(channel) => {
              live.send({ type: 'code.choose', channel })
            }}
            onBack={cancel}
          />
        </StepUpDialog>
      )
    case 'codeEntry':
      return (
        <StepUpDialog heading={stepsCopy.stepUp.codeHeading} onCancel={cancel}>
          <CodeEntryContent
            purpose="stepUp"
            phase={view.phase}
            destination={view.destination}
            codeLength={view.codeLength}
            resendIn={view.resendIn}
            attemptsLeft={view.attemptsLeft}
            fieldError={view.fieldError}
            canChangeChannel={view.canChangeChannel}
            error={error}
            listenForCode={listenForCode}
            onSubmit={(code) => {
              live.send({ type: 'code.submit', code })
            }}
            onResend={() => {
              live.send({ type: 'code.resend' })
            }}
            onRetry={() => {
              live.send({ type: 'code.retry' })
            }}
            onChangeChannel={() => {
              live.send({ type: 'code.changeChannel' })
            }}
            onBack={cancel}
          />
        </StepUpDialog>
      )
  }
}
