/**
 * The only place where the login machine meets the screens: it runs the actor (resuming a flow
 * a reload interrupted), turns each snapshot into one view, and renders it through one
 * exhaustive switch. Screens get words and callbacks; they never see the machine.
 */
import { Suspense, useCallback, useEffect, useState } from 'react'
import { Announce } from '../components/announce'
import type { Session } from '../api/contract'
import { copy } from '../copy/en'
import { defaultLoginMachine } from '../machines/login/login.actors'
import type { LoginMachine } from '../machines/login/login.machine'
import { observeFlow } from '../machines/observe-flow'
import {
  persistLoginFlow,
  hasSavedLoginFlow,
  restoreLoginFlow,
  resumeRestoredFlow,
} from '../machines/login/login.persistence'
import { selectLoginView, type LoginView } from '../machines/login/login.selectors'
import type { LoginEvent, LoginNotice } from '../machines/login/login.types'
import type { Policy } from '../machines/policy'
import { IdentifierScreen } from '../screens/identifier/identifier-screen'
import { PasskeyLoginScreen } from '../screens/passkey-login/passkey-login-screen'
import { ReturningUserScreen } from '../screens/returning-user/returning-user-screen'
import { StartingScreen } from '../screens/starting/starting-screen'
import { appendDoneCallbacks, appendOfferCallbacks, appendOfferError } from './append-step'
import { deferred } from './deferred'
import { whenIdle } from './idle'
import { ceremonyMessage, noticeMessage, problemMessage } from './messages'
import { webStorage } from '../storage/web-storage'
import { useContractWhen } from './use-contract'
import { useLiveActor, useLiveSnapshot } from './use-live-actor'
import { useSmsCodeListener, type CodeListener } from './use-sms-code'

// The password, code and passkey-offer screens are not needed to start: a chunk fetched once
// the first screen is up and the browser idle.
const laterScreens = deferred(() => import('./later-screens'))
const CodeChannelScreen = laterScreens.component('CodeChannelScreen')
const CodeEntryScreen = laterScreens.component('CodeEntryScreen')
const AppendOfferScreen = laterScreens.component('AppendOfferScreen')
const AppendDoneScreen = laterScreens.component('AppendDoneScreen')
const LockedScreen = laterScreens.component('LockedScreen')
const PasswordScreen = laterScreens.component('PasswordScreen')

export interface LoginFlowProps {
  policy: Policy
  onSignedIn: (session: Session) => void
  /** Told on the first screen of a new flow, e.g. why the user is signing in again. */
  notice?: LoginNotice | null
  /** The machine with its effects; embedders and tests pass their own `provide()`d one. */
  machine?: LoginMachine
  /** Where an interrupted flow is kept across reloads (sessionStorage); null to not keep it. */
  storage?: Storage | null
}

/**
 * The whole sign-in flow. Self-contained: it shows the starting screen while anything it needs
 * is still loading (a resumed flow waits for the contract's schemas to check it).
 */
export function LoginFlow(props: LoginFlowProps) {
  return (
    <Suspense fallback={<StartingScreen />}>
      <RestoringLoginFlow {...props} />
    </Suspense>
  )
}

function RestoringLoginFlow({
  policy,
  onSignedIn,
  notice: startNotice = null,
  machine = defaultLoginMachine,
  storage = webStorage('session'),
}: LoginFlowProps) {
  useContractWhen(storage !== null && hasSavedLoginFlow(storage))
  const [restored] = useState(() =>
    storage ? restoreLoginFlow(storage, { machine }) : ({ kind: 'fresh', notice: null } as const),
  )
  const live = useLiveActor(
    machine,
    {
      input: {
        policy,
        passkeyNames: copy.append.passkeyName,
        notice: restored.kind === 'fresh' ? (restored.notice ?? startNotice) : null,
      },
      ...(restored.kind === 'resume' ? { snapshot: restored.snapshot } : {}),
    },
    {
      observe: observeFlow,
      onStart: (actor) => {
        // Timers are not part of a persisted snapshot: a resumed flow restarts its countdown.
        resumeRestoredFlow(actor)
        return storage ? persistLoginFlow(actor, storage) : undefined
      },
    },
  )

  const view = selectLoginView(useLiveSnapshot(live))
  const signedIn = view.screen === 'authenticated' ? view.session : null
  useEffect(() => {
    if (signedIn) onSignedIn(signedIn)
  }, [signedIn, onSignedIn])

  const send = useCallback(
    (event: LoginEvent) => {
      live.send(event)
    },
    [live],
  )

  // The later screens, fetched while the user reads the first one. A failed fetch (offline) is
  // tried again when the step is reached.
  useEffect(() => whenIdle(() => void laterScreens.preload().catch(() => undefined)), [])

  const listenForCode = useSmsCodeListener(view.screen === 'codeEntry' && view.channel === 'sms')

  return (
    <>
      <Suspense fallback={<StartingScreen />}>
        <Screen view={view} send={send} listenForCode={listenForCode} />
      </Suspense>
      <Announce>{announcement(view)}</Announce>
    </>
  )
}

/** What a screen cannot say itself, said out loud (the screens announce their own waiting). */
function announcement(view: LoginView): string {
  return view.screen === 'authenticated' ? copy.flow.signedIn : ''
}

interface ScreenProps {
  view: LoginView
  send: (event: LoginEvent) => void
  listenForCode: CodeListener | undefined
}

function Screen({ view, send, listenForCode }: ScreenProps) {
  const back = () => {
    send({ type: 'login.back' })
  }
  const error = 'problem' in view ? problemMessage(view.problem) : undefined
  const notice = 'notice' in view ? noticeMessage(view.notice) : undefined

  switch (view.screen) {
    case 'starting':
      return <StartingScreen />
    case 'identifier':
      return (
        <IdentifierScreen
          key="identifier"
          defaultIdentifier={view.identifier}
          busy={view.busy}
          canPasskey={view.canPasskey}
          error={error ?? ceremonyMessage(view.ceremonyFailure, 'get')}
          notice={notice}
          onSubmit={(identifier) => {
            send({ type: 'identifier.submit', identifier })
          }}
          onPasskey={() => {
            send({ type: 'identifier.passkey' })
          }}
          onRetry={
            view.canRetry
              ? () => {
                  send({ type: 'login.retry' })
                }
              : undefined
          }
        />
      )
    case 'returningUser':
      return (
        <ReturningUserScreen
          identifier={view.identifier}
          notice={notice}
          onContinue={() => {
            send({ type: 'returning.continue' })
          }}
          onUseAnother={() => {
            send({ type: 'returning.useAnother' })
          }}
        />
      )
    case 'passkeyLogin':
      return (
        <PasskeyLoginScreen
          identifier={view.identifier}
          phase={view.phase}
          biometric={view.biometric}
          canHybrid={view.canHybrid}
          suggestPassword={view.suggestPassword}
          error={error ?? ceremonyMessage(view.ceremonyFailure, 'get')}
          notice={notice}
          onStart={() => {
            send({ type: 'passkey.start' })
          }}
          onUseOtherDevice={() => {
            send({ type: 'passkey.useOtherDevice' })
          }}
          onUsePassword={() => {
            send({ type: 'passkey.usePassword' })
          }}
          onBack={back}
        />
      )
    case 'password':
      return (
        <PasswordScreen
          identifier={view.identifier}
          busy={view.phase === 'checking'}
          error={error}
          hasPasskeys={view.hasPasskeys}
          onSubmit={(password) => {
            send({ type: 'password.submit', password })
          }}
          onUsePasskey={() => {
            send({ type: 'password.usePasskey' })
          }}
          onBack={back}
        />
      )
    case 'locked':
      return (
        <LockedScreen
          identifier={view.identifier}
          retryAfterSeconds={view.retryAfterSeconds}
          hasPasskeys={view.hasPasskeys}
          onUsePasskey={() => {
            send({ type: 'password.usePasskey' })
          }}
          onBack={back}
        />
      )
    case 'codeChannel':
      return (
        <CodeChannelScreen
          channels={view.channels}
          selected={view.selected}
          busy={false}
          error={error}
          onSend={(channel) => {
            send({ type: 'code.choose', channel })
          }}
          onBack={back}
        />
      )
    case 'codeEntry':
      return (
        <CodeEntryScreen
          phase={view.phase}
          destination={view.destination}
          listenForCode={listenForCode}
          codeLength={view.codeLength}
          resendIn={view.resendIn}
          attemptsLeft={view.attemptsLeft}
          fieldError={view.fieldError}
          error={error}
          canChangeChannel={view.canChangeChannel}
          onSubmit={(code) => {
            send({ type: 'code.submit', code })
          }}
          onResend={() => {
            send({ type: 'code.resend' })
          }}
          onChangeChannel={() => {
            send({ type: 'code.changeChannel' })
          }}
          onRetry={() => {
            send({ type: 'code.retry' })
          }}
          onBack={back}
        />
      )
    case 'appendOffer':
      return (
        <AppendOfferScreen
          phase={view.phase}
          biometric={view.biometric}
          canSkip={view.canSkip}
          suggestSkip={view.suggestSkip}
          forThisDevice={view.forThisDevice}
          error={appendOfferError(view)}
          {...appendOfferCallbacks(send)}
        />
      )
    case 'appendDone':
      return (
        <AppendDoneScreen
          outcome={view.outcome}
          biometric={view.biometric}
          {...appendDoneCallbacks(send)}
        />
      )
    case 'authenticated':
      return <StartingScreen />
    default:
      return assertNever(view)
  }
}

function assertNever(value: never): never {
  throw new Error(`LoginFlow: no screen for ${JSON.stringify(value)}`)
}
