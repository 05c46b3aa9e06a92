/**
 * Consumer (c), packed: a host app that installed the package from its tarball, the way a team
 * would from npm. The whole flow, its styles, and the fake backend in the page (MSW), so the
 * app signs in with no server. Everything comes from the package's public entry points.
 */
import { defaultPolicy, type Session } from 'passkey-login'
import { PasskeyLogin } from 'passkey-login/react'
import 'passkey-login/styles.css'
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'

function Host() {
  const [session, setSession] = useState<Session | null>(null)
  if (session) {
    return (
      <main>
        <h1>Welcome, {session.user.displayName}</h1>
      </main>
    )
  }
  return <PasskeyLogin policy={defaultPolicy} onSignedIn={setSession} />
}

void import('./fake-backend')
  .then(({ startFakeBackend }) => startFakeBackend())
  .then(() => {
    const root = document.getElementById('root')
    if (!root) throw new Error('index.html has no #root')
    createRoot(root).render(
      <StrictMode>
        <Host />
      </StrictMode>,
    )
  })
