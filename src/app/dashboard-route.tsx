import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Redirect, useLocation, useNavigate } from './navigation'
import { ServerDataProvider } from './query-client'
import { useSessionStore } from './session-store'
import { useSession } from './use-session'
import { PasskeyManager, type OnFunnelEvent } from 'passkey-login/react'
import type { DetectDevice, LoginNotice } from 'passkey-login'

/** History state the login route reads, to say why the user is signing in again. */
const sessionEndedState = { notice: 'sessionEnded' } satisfies { notice: LoginNotice }

/** /dashboard: signed-in only; "Add a passkey" runs the append step in place. */
interface DashboardRouteProps {
  detectDevice: DetectDevice
  onEvent?: OnFunnelEvent | undefined
}

export default function DashboardRoute(props: DashboardRouteProps) {
  return (
    <ServerDataProvider>
      <Dashboard {...props} />
    </ServerDataProvider>
  )
}

function Dashboard({ detectDevice, onEvent }: DashboardRouteProps) {
  const session = useSession()
  const sessionStore = useSessionStore()
  const navigate = useNavigate()
  const { search } = useLocation() // the login's query (policy), kept for the way back
  const queryClient = useQueryClient()
  const [ended, setEnded] = useState(false)

  function signOutHere() {
    sessionStore.set(null)
    queryClient.clear()
  }

  // Signed out here, in another tab, or by the backend; only the last one needs explaining.
  if (!session) {
    return (
      <Redirect to={{ pathname: '/login', search }} state={ended ? sessionEndedState : undefined} />
    )
  }
  return (
    <PasskeyManager
      session={session}
      detectDevice={detectDevice}
      onEvent={onEvent}
      onSignedOut={() => {
        signOutHere()
        navigate({ pathname: '/login', search }, { replace: true })
      }}
      onSessionEnded={() => {
        setEnded(true) // rendered together with the sign-out: both are set in one batch
        signOutHere()
      }}
      onSessionRenewed={(renewed) => {
        sessionStore.set(renewed)
      }}
    />
  )
}
