import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { DashboardPage } from './dashboard-page'
import { Redirect, useLocation, useNavigate } from './navigation'
import { ServerDataProvider } from './query-client'
import { useSessionStore } from './session-store'
import { useSession } from './use-session'
import { AddPasskey, StepUp, type OnFunnelEvent } from 'passkey-login/react'
import type { DetectDevice, DeviceProfile, LoginNotice } from 'passkey-login'

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
  const [device, setDevice] = useState<DeviceProfile | null>(null)
  const [ended, setEnded] = useState(false)
  useEffect(() => {
    let current = true
    void detectDevice().then((detected) => {
      if (current) setDevice(detected)
    })
    return () => {
      current = false
    }
  }, [detectDevice])

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
    <DashboardPage
      session={session}
      onSignedOut={() => {
        signOutHere()
        navigate({ pathname: '/login', search }, { replace: true })
      }}
      onSessionEnded={() => {
        setEnded(true) // rendered together with the sign-out: both are set in one batch
        signOutHere()
      }}
      renderAddPasskey={(done, reauthRequired) =>
        device ? (
          <AddPasskey
            // A fresh session (after "Confirm it's you") starts a fresh step.
            key={session.token}
            session={session}
            device={device}
            onDone={done}
            onReauthRequired={reauthRequired}
            onEvent={onEvent}
          />
        ) : null
      }
      renderStepUp={(action, done) =>
        device ? <StepUp session={session} device={device} action={action} onDone={done} /> : null
      }
      onSessionRenewed={(renewed) => {
        sessionStore.set(renewed)
      }}
    />
  )
}
