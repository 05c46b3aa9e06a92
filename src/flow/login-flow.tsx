/**
 * The only place where the login machine meets the screens: it runs the actor (resuming a flow
 * a reload interrupted), turns each snapshot into one view, and renders it through one
 * exhaustive switch. Screens get words and callbacks; they never see the machine.
 */
import { Suspense, useCallback, useEffect, useState } from 'react'
import { Announce } from '../components/announce'
import { Themed, type Theme } from '../components/themed'
import type { Session } from '../api/contract'
import { isContractLoaded, loadContract } from '../api/contract-loader'
import { LocaleProvider, useCopy, useLocale } from '../components/locale'
import { loadMessages, type Locale } from '../copy/catalogs'
import type { MessageOverrides } from '../copy/overrides'
import type { LoginMessages } from '../copy/en'
import { defaultLoginMachine } from '../machines/login/login.actors'
import type { LoginMachine } from '../machines/login/login.machine'
import { lazyActorsReady, loadLazyActors } from '../machines/lazy-logic'
import { observeFlow } from '../machines/observe-flow'
import { hasSavedLoginFlow, resumeRestoredFlow } from '../machines/login/login.saved-flow'
import { selectLoginView, type LoginView } from '../machines/login/login.selectors'
import type { LoginEvent, LoginNotice } from '../machines/login/login.types'
import type { Policy } from '../machines/policy'
import { IdentifierScreen } from '../screens/identifier/identifier-screen'
import { PasskeyLoginScreen } from '../screens/passkey-login/passkey-login-screen'
import { ReturningUserScreen } from '../screens/returning-user/returning-user-screen'
import { StartingScreen } from '../screens/starting/starting-screen'
import { loadOnce } from '../load-once'
import { deferred } from './deferred'
import { whenIdle } from './idle'
import { ceremonyMessage, noticeMessage, problemMessage } from './messages'
import { webStorage } from '../storage/web-storage'
import { useFunnelReporting, type OnFunnelEvent } from './use-funnel'
import { useLiveActor, useLiveSnapshot } from './use-live-actor'
import { useSmsCodeListener, type CodeListener } from './use-sms-code'

// The password, code and passkey-offer screens are not needed to start: a chunk fetched once
// the first screen is up and the browser idle.
const laterScreens = deferred(() => import('./later-screens'))
// Saving and restoring the flow across reloads: fetched on idle, or before the first screen
// when there is a saved flow to restore.
const persistence = loadOnce(() => import('../machines/login/login.persistence'))
const LaterScreen = laterScreens.component('LaterScreen')

export interface LoginFlowProps {
  policy: Policy
  onSignedIn: (session: Session) => void
  /** Told on the first screen of a new flow, e.g. why the user is signing in again. */
  notice?: LoginNotice | null
  /** The machine with its effects; embedders and tests pass their own `provide()`d one. */
  machine?: LoginMachine
  /** Where an interrupted flow is kept across reloads (sessionStorage); null to not keep it. */
  storage?: Storage | null
  /** Told what the person did and what happened (the funnel), with no personal data. */
  onEvent?: OnFunnelEvent
  /** Forces the light or the dark theme; by default the flow follows the host and the system. */
  theme?: Theme
  /** The language ('en', 'de', 'ar'); by default the browser's first one we speak, else English. */
  locale?: Locale | undefined
  /** Your own words over ours, per locale, e.g. `{ en: { login: { product: 'Contoso' } } }`. */
  messages?: MessageOverrides | undefined
}

/**
 * The whole sign-in flow. Self-contained: a page with a saved flow first loads what resuming it
 * needs (the contract's schemas, the later steps' machines, the code that restores it), showing
 * the starting screen; a fresh visit waits for nothing. A failed load (offline) reaches the
 * nearest error boundary, whose "Start over" tries again.
 */
export function LoginFlow({ theme, locale, messages, ...props }: LoginFlowProps) {
  return (
    <LocaleProvider locale={locale} messages={messages}>
      <Themed theme={theme}>
        <LoadingLoginFlow {...props} />
      </Themed>
    </LocaleProvider>
  )
}

function LoadingLoginFlow({
  machine = defaultLoginMachine,
  storage = webStorage('session'),
  ...props
}: Omit<LoginFlowProps, 'theme' | 'locale'>) {
  const saved = storage !== null && hasSavedLoginFlow(storage)
  const [ready, setReady] = useState(() => !saved || restoreReady(machine))
  const [failure, setFailure] = useState<Error | null>(null)
  useEffect(() => {
    if (ready) return undefined
    let current = true
    prepareRestore(machine).then(
      () => current && setReady(true),
      (error: unknown) =>
        current && setFailure(new Error('The saved sign-in could not be loaded', { cause: error })),
    )
    return () => {
      current = false
    }
  }, [ready, machine])
  if (failure) throw failure
  if (!ready) return <StartingScreen />
  return <RestoringLoginFlow {...props} machine={machine} storage={storage} />
}

function RestoringLoginFlow({
  policy,
  onSignedIn,
  notice: startNotice = null,
  machine,
  storage,
  onEvent,
}: LoginFlowProps & { machine: LoginMachine; storage: Storage | null }) {
  const copy = useCopy()
  const locale = useLocale()
  const reportFunnel = useFunnelReporting(onEvent)
  // LoginFlow has loaded what restoring needs when there is a saved flow.
  const saved = storage !== null && hasSavedLoginFlow(storage)
  const restoring = saved ? persistence.current : undefined
  const [restored] = useState(() =>
    storage && restoring
      ? restoring.restoreLoginFlow(storage, { machine })
      : ({ kind: 'fresh', notice: null } as const),
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
        const stopReporting = reportFunnel(actor)
        const stopSaving = storage ? keepSaved(actor, storage) : undefined
        return () => {
          stopReporting()
          stopSaving?.()
        }
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
  useEffect(
    () =>
      whenIdle(() => {
        // The later screens bring the loaders of their words: then this locale's are fetched.
        laterScreens
          .preload()
          .then(() => loadMessages(locale, 'steps'))
          .catch(() => undefined)
        loadLazyActors(machine).catch(() => undefined)
        persistence.load().catch(() => undefined)
      }),
    [machine, locale],
  )

  const listenForCode = useSmsCodeListener(view.screen === 'codeEntry' && view.channel === 'sms')

  return (
    <>
      <Suspense fallback={<StartingScreen />}>
        <Screen view={view} send={send} listenForCode={listenForCode} />
      </Suspense>
      <Announce>{announcement(copy, view)}</Announce>
    </>
  )
}

const preparing = new WeakMap<LoginMachine, Promise<void>>()

/** What restoring a saved flow into `machine` needs, loaded: the same promise per machine. */
function prepareRestore(machine: LoginMachine): Promise<void> {
  let promise = preparing.get(machine)
  if (!promise) {
    promise = Promise.all([loadContract(), loadLazyActors(machine), persistence.load()]).then(
      () => undefined,
      (error: unknown) => {
        preparing.delete(machine) // offline: the error boundary's "Start over" tries again
        throw error
      },
    )
    preparing.set(machine, promise)
  }
  return promise
}

function restoreReady(machine: LoginMachine): boolean {
  return isContractLoaded() && lazyActorsReady(machine) && persistence.current !== undefined
}

/**
 * Saves the flow at every resting step, from the moment the persistence chunk is in (at once
 * when it is; the first step worth saving comes after a network answer anyway). Returns the stop.
 */
function keepSaved(actor: Parameters<typeof resumeRestoredFlow>[0], storage: Storage): () => void {
  if (persistence.current) return persistence.current.persistLoginFlow(actor, storage)
  let stop: (() => void) | undefined
  let stopped = false
  persistence.load().then(
    ({ persistLoginFlow }) => {
      if (!stopped) stop = persistLoginFlow(actor, storage)
    },
    () => undefined, // offline: this page's flow is not saved; a reload starts over, safely
  )
  return () => {
    stopped = true
    stop?.()
  }
}

/** What a screen cannot say itself, said out loud (the screens announce their own waiting). */
function announcement(copy: LoginMessages, view: LoginView): string {
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
  const copy = useCopy()
  const error = 'problem' in view ? problemMessage(copy, view.problem) : undefined
  const notice = 'notice' in view ? noticeMessage(copy, view.notice) : undefined

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
          error={error ?? ceremonyMessage(view.ceremonyFailure, copy.ceremony)}
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
          busy={view.busy}
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
          error={error ?? ceremonyMessage(view.ceremonyFailure, copy.ceremony)}
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
    case 'locked':
    case 'codeChannel':
    case 'codeEntry':
    case 'appendOffer':
    case 'appendDone':
      return (
        <LaterScreen
          view={view}
          send={send}
          listenForCode={listenForCode}
          error={error}
          notice={notice}
          onBack={back}
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
