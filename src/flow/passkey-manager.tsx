/**
 * `<PasskeyManager>`: the account's passkeys for a signed-in user, whole: the list with rename
 * and delete, "Add a passkey" in place, "Confirm it's you" before a change the backend guards,
 * and sign out. The host keeps the session: it is told when the session ends, is renewed by a
 * step-up, or is signed out. Server data goes through the host's TanStack Query client.
 */
import { useEffect, useState } from 'react'
import type { Session } from '../api/contract'
import { LocaleProvider } from '../components/locale'
import { Themed, type Theme } from '../components/themed'
import type { Locale } from '../copy/catalogs'
import type { MessageOverrides } from '../copy/overrides'
import type { ApiClient } from '../api/http'
import { detectDevice as browserDevice, type DetectDevice } from '../webauthn/detect-device'
import type { DeviceProfile } from '../webauthn/capabilities'
import { AddPasskeyFlow } from './add-passkey-flow'
import { DashboardPage } from './dashboard-page'
import { StepUpFlow } from './step-up-flow'
import type { OnFunnelEvent } from './use-funnel'

export interface PasskeyManagerProps {
  session: Session
  /** The user signed out (also when the logout call failed): forget the session. */
  onSignedOut: () => void
  /** The backend no longer accepts the session (expired or revoked): sign in again. */
  onSessionEnded: () => void
  /** "Confirm it's you" answered a fresh session, which replaces the old one (now ended). */
  onSessionRenewed: (session: Session) => void
  /** The device profile (platform, passkey support); by default the browser's own. */
  detectDevice?: DetectDevice
  /** Told what the person did with "Add a passkey" and "Confirm it's you" (the funnel). */
  onEvent?: OnFunnelEvent
  /** The API client, e.g. `createApiClient({ baseUrl })` (default: this origin's). */
  api?: ApiClient
  /** Forces the light or the dark theme; by default it follows the host and the system. */
  theme?: Theme
  /** The language ('en', 'de', 'ar'); by default the browser's first one we speak, else English. */
  locale?: Locale
  /** Your own words over ours, per locale, e.g. `{ en: { login: { product: 'Contoso' } } }`. */
  messages?: MessageOverrides
}

export function PasskeyManager({
  session,
  onSignedOut,
  onSessionEnded,
  onSessionRenewed,
  detectDevice = browserDevice,
  onEvent,
  api,
  theme,
  locale,
  messages,
}: PasskeyManagerProps) {
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

  return (
    <LocaleProvider locale={locale} messages={messages}>
      <Themed theme={theme}>
        <DashboardPage
          session={session}
          onSignedOut={onSignedOut}
          onSessionEnded={onSessionEnded}
          onSessionRenewed={onSessionRenewed}
          api={api}
          canAddPasskey={device?.canCreate}
          renderAddPasskey={(done, reauthRequired) =>
            device ? (
              <AddPasskeyFlow
                // A fresh session (after "Confirm it's you") starts a fresh step.
                key={session.token}
                session={session}
                device={device}
                onDone={done}
                onReauthRequired={reauthRequired}
                onEvent={onEvent}
                api={api}
              />
            ) : null
          }
          renderStepUp={(action, done) =>
            device ? (
              <StepUpFlow
                session={session}
                device={device}
                action={action}
                onDone={done}
                api={api}
                onEvent={onEvent}
              />
            ) : null
          }
        />
      </Themed>
    </LocaleProvider>
  )
}
