import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { Navigate, useNavigate } from 'react-router'
import { AddPasskeyFlow } from '../flow/add-passkey-flow'
import type { DetectDevice } from '../webauthn/detect-device'
import type { DeviceProfile } from '../webauthn/capabilities'
import { DashboardPage } from './dashboard-page'
import { sessionStore } from './session-store'
import { useSession } from './use-session'

/** /dashboard: signed-in only; "Add a passkey" runs the append step in place. */
export default function DashboardRoute({ detectDevice }: { detectDevice: DetectDevice }) {
  const session = useSession()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [device, setDevice] = useState<DeviceProfile | null>(null)
  useEffect(() => {
    let current = true
    void detectDevice().then((detected) => {
      if (current) setDevice(detected)
    })
    return () => {
      current = false
    }
  }, [detectDevice])

  if (!session) return <Navigate to="/login" replace />
  return (
    <DashboardPage
      session={session}
      onSignedOut={() => {
        sessionStore.set(null)
        queryClient.clear()
        void navigate('/login', { replace: true })
      }}
      renderAddPasskey={(done) =>
        device ? <AddPasskeyFlow session={session} device={device} onDone={done} /> : null
      }
    />
  )
}
