import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import {
  createBrowserRouter,
  createMemoryRouter,
  Navigate,
  RouterProvider,
  useLocation,
  useNavigate,
  type RouteObject,
} from 'react-router'
import { detectDevice as realDetectDevice, type DetectDevice } from '../webauthn/detect-device'
import { clearLoginFlow } from '../machines/login/login.persistence'
import { defaultPolicy, type Policy } from '../machines/policy'
import { AppErrorScreen } from '../screens/app-error/app-error-screen'
import { StartingScreen } from '../screens/starting/starting-screen'
import { webStorage } from '../storage/web-storage'
import { createQueryClient } from './query-client'
import { LoginRoute } from './login-route'
import {
  createSessionStore,
  DEFAULT_TOKEN_STORE,
  SessionStoreContext,
  useSessionStore,
  type TokenStore,
} from './session-store'
import { useSession } from './use-session'

// The dashboard is its own chunk: the sign-in page does not pay for it.
const DashboardRoute = lazy(() => import('./dashboard-route'))
// Demo builds only: `__DEMO__` is false in production, so this chunk is never emitted there.
const DemoPanel = __DEMO__ ? lazy(() => import('../demo/demo-panel')) : null

/** `/` (and any unknown path): on to the dashboard or the login, with the query (the policy). */
function Home() {
  const { search } = useLocation()
  return <Navigate to={{ pathname: useSession() ? '/dashboard' : '/login', search }} replace />
}

/**
 * The router's error element: whatever broke, "Start over" clears what the page was resuming
 * (a saved flow, the session on this device) and goes to the sign-in, so it cannot break again
 * the same way.
 */
function RouteError() {
  const navigate = useNavigate()
  const { search } = useLocation()
  const queryClient = useQueryClient()
  const sessionStore = useSessionStore()
  return (
    <AppErrorScreen
      onStartOver={() => {
        const storage = webStorage('session')
        if (storage) clearLoginFlow(storage)
        sessionStore.set(null)
        queryClient.clear()
        void navigate({ pathname: '/login', search }, { replace: true })
      }}
    />
  )
}

function routes(detectDevice: DetectDevice, policy: Policy): RouteObject[] {
  return [{ errorElement: <RouteError />, children: pages(detectDevice, policy) }]
}

function pages(detectDevice: DetectDevice, policy: Policy): RouteObject[] {
  return [
    { path: '/', element: <Home /> },
    { path: '/login', element: <LoginRoute detectDevice={detectDevice} policy={policy} /> },
    {
      path: '/dashboard',
      element: (
        <Suspense fallback={<StartingScreen />}>
          <DashboardRoute detectDevice={detectDevice} />
        </Suspense>
      ),
    },
    { path: '*', element: <Home /> },
  ]
}

export interface AppProps {
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
}

export function App({
  queryClient,
  detectDevice = realDetectDevice,
  initialPath,
  policy = defaultPolicy,
  tokenStore = DEFAULT_TOKEN_STORE,
}: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  const [sessionStore] = useState(() => createSessionStore(tokenStore))
  const [router] = useState(() =>
    initialPath === undefined
      ? createBrowserRouter(routes(detectDevice, policy))
      : createMemoryRouter(routes(detectDevice, policy), { initialEntries: [initialPath] }),
  )
  return (
    <SessionStoreContext value={sessionStore}>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
        {DemoPanel && (
          <Suspense fallback={null}>
            <DemoPanel />
          </Suspense>
        )}
      </QueryClientProvider>
    </SessionStoreContext>
  )
}
