/**
 * The demo app: the sign-in page and the dashboard, with their session, navigation and error
 * handling. The sign-in page loads only what its first screen needs: the dashboard, React Query
 * and the demo drawer are chunks of their own, fetched when the browser is idle.
 */
import type { QueryClient } from '@tanstack/react-query'
import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { LoginRoute } from './login-route'
import {
  browserNavigation,
  memoryNavigation,
  NavigationContext,
  Redirect,
  useLocation,
  useNavigate,
  type Navigation,
} from './navigation'
import { ServerDataContext, useServerDataBox, type ServerDataBox } from './server-data'
import {
  createSessionStore,
  DEFAULT_TOKEN_STORE,
  SessionStoreContext,
  useSessionStore,
  type TokenStore,
} from './session-store'
import { useSession } from './use-session'
import {
  clearLoginFlow,
  defaultPolicy,
  type DetectDevice,
  detectDevice as realDetectDevice,
  type Locale,
  matchLocale,
  type Policy,
  webStorage,
} from 'passkey-login'
import {
  AppErrorScreen,
  LocaleProvider,
  StartingScreen,
  useContractWhen,
  whenIdle,
  type OnFunnelEvent,
} from 'passkey-login/react'

const loadDashboard = () => import('./dashboard-route')
// The dashboard is its own chunk: the sign-in page does not pay for it.
const DashboardRoute = lazy(loadDashboard)
// Demo builds only: `__DEMO__` is false in production, so this chunk is never emitted there.
const DemoPanel = __DEMO__ ? lazy(() => import('../demo/demo-panel')) : null

/** `/` (and any unknown path): on to the dashboard or the login, with the query (the policy). */
function Home() {
  const { search } = useLocation()
  return <Redirect to={{ pathname: useSession() ? '/dashboard' : '/login', search }} />
}

/** What the pages take from the app's props. */
interface PageProps {
  detectDevice: DetectDevice
  policy: Policy
  onEvent: OnFunnelEvent | undefined
}

function Page({ detectDevice, policy, onEvent }: PageProps) {
  const { pathname } = useLocation()
  // A saved session is checked against the contract: wait for its schemas (a fresh visit does not).
  useContractWhen(useSessionStore().hasSaved())
  switch (pathname) {
    case '/login':
      return <LoginRoute detectDevice={detectDevice} policy={policy} onEvent={onEvent} />
    case '/dashboard':
      return (
        <Suspense fallback={<StartingScreen />}>
          <DashboardRoute detectDevice={detectDevice} onEvent={onEvent} />
        </Suspense>
      )
    default:
      return <Home />
  }
}

/**
 * Whatever broke while drawing a page, "Start over" clears what the page was resuming (a saved
 * flow, the session on this device) and goes to the sign-in, so it cannot break the same way.
 */
class PageErrorBoundary extends Component<
  { onStartOver: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <AppErrorScreen
        onStartOver={() => {
          this.props.onStartOver()
          this.setState({ failed: false })
        }}
      />
    )
  }
}

function Pages(props: PageProps) {
  const navigate = useNavigate()
  const { search } = useLocation()
  const sessionStore = useSessionStore()
  const serverData = useServerDataBox()
  // Once the sign-in page is up, fetch the dashboard's chunk while the browser has nothing to do.
  useEffect(() => whenIdle(() => void loadDashboard()), [])
  return (
    <PageErrorBoundary
      onStartOver={() => {
        const storage = webStorage('session')
        if (storage) clearLoginFlow(storage)
        sessionStore.set(null)
        serverData.client?.clear()
        navigate({ pathname: '/login', search }, { replace: true })
      }}
    >
      <Suspense fallback={<StartingScreen />}>
        <Page {...props} />
      </Suspense>
    </PageErrorBoundary>
  )
}

export interface AppProps {
  /** Tests: a React Query client of their own (by default one is made when first needed). */
  queryClient?: QueryClient
  /** How the device's passkey abilities are found (the demo can pretend there are none). */
  detectDevice?: DetectDevice
  /** Tests: start at this path in memory instead of the browser's URL. */
  initialPath?: string
  /**
   * The embedding's policy. In production this and the backend's append decision are all there
   * is; demo builds also read it from the URL query (`?append=required`).
   */
  policy?: Policy
  /** Where the session token is kept: 'memory', 'session' (the default) or 'local'. */
  tokenStore?: TokenStore
  /** Told what the person did and what happened, in sign-in and "Add a passkey" (the funnel). */
  onEvent?: OnFunnelEvent
  /** The language; by default the browser's first one we speak, else English. */
  locale?: Locale
}

export function App({
  queryClient,
  detectDevice = realDetectDevice,
  initialPath,
  policy = defaultPolicy,
  tokenStore = DEFAULT_TOKEN_STORE,
  onEvent,
  locale = matchLocale(navigator.languages),
}: AppProps) {
  const [serverData] = useState<ServerDataBox>(() => ({ client: queryClient ?? null }))
  const [sessionStore] = useState(() => createSessionStore(tokenStore))
  const [navigation] = useState<Navigation>(() =>
    initialPath === undefined ? browserNavigation() : memoryNavigation(initialPath),
  )
  return (
    <SessionStoreContext value={sessionStore}>
      <ServerDataContext value={serverData}>
        <NavigationContext value={navigation}>
          <LocaleProvider locale={locale}>
            <Pages detectDevice={detectDevice} policy={policy} onEvent={onEvent} />
          </LocaleProvider>
          {DemoPanel && (
            <Suspense fallback={null}>
              <DemoPanel />
            </Suspense>
          )}
        </NavigationContext>
      </ServerDataContext>
    </SessionStoreContext>
  )
}
