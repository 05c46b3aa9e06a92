import { useCallback, useMemo } from 'react'
import { Redirect, useLocation, useNavigate } from './navigation'
import { useServerDataBox } from './server-data'
import { useSessionStore } from './session-store'
import { useSession } from './use-session'
import {
  createLoginMachine,
  type DetectDevice,
  type LoginNotice,
  type Policy,
  policyFromQuery,
  type Session,
} from 'passkey-login'
import { PasskeyLogin, type OnFunnelEvent } from 'passkey-login/react'

/** /login: the login flow, unless already signed in. Demo builds also take the policy by URL query. */
export function LoginRoute({
  detectDevice,
  policy: configured,
  onEvent,
}: {
  detectDevice: DetectDevice
  policy: Policy
  onEvent?: OnFunnelEvent | undefined
}) {
  const session = useSession()
  const sessionStore = useSessionStore()
  const navigate = useNavigate()
  const location = useLocation()
  const { search } = location
  const notice = noticeFrom(location.state)
  const serverData = useServerDataBox()
  // The URL query is a demo feature: production builds run the embedding's policy as given.
  const policy = useMemo(
    () => (__DEMO__ ? policyFromQuery(search, configured) : configured),
    [search, configured],
  )
  const machine = useMemo(
    () => createLoginMachine({ baseUrl: import.meta.env.VITE_API_BASE_URL ?? '', detectDevice }),
    [detectDevice],
  )

  const onSignedIn = useCallback(
    (signedIn: Session) => {
      sessionStore.set(signedIn)
      void serverData.client?.invalidateQueries({ queryKey: ['session'] })
      // The query (the demo's policy switches) goes along, so signing out comes back to it.
      navigate({ pathname: '/dashboard', search }, { replace: true })
    },
    [navigate, serverData, search, sessionStore],
  )

  if (session) return <Redirect to={{ pathname: '/dashboard', search }} />
  // A new policy (demo switches, query) starts a new flow.
  return (
    <PasskeyLogin
      key={search}
      policy={policy}
      machine={machine}
      onSignedIn={onSignedIn}
      onEvent={onEvent}
      notice={notice}
      // Tokens in memory only: an unfinished login (its pending-login token) is not kept either.
      {...(sessionStore.kind === 'memory' ? { storage: null } : {})}
    />
  )
}

/** The notice another route sent along (history state is untyped: anything else is ignored). */
function noticeFrom(state: unknown): LoginNotice | null {
  const notice: unknown =
    typeof state === 'object' && state !== null && 'notice' in state ? state.notice : null
  return notice === 'sessionEnded' ? notice : null
}
