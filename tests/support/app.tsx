/**
 * The whole app for UI tests: a memory router at `path`, a fresh QueryClient with retries off,
 * a capable Mac as the device (unless told another), and a software authenticator behind `navigator.credentials`
 * (removed again after each test).
 */
import { QueryClient } from '@tanstack/react-query'
import { afterEach } from 'vitest'
import { installFakeWebAuthn } from '../../mocks/fake-webauthn'
import type { SoftAuthenticator } from '../../mocks/soft-authenticator'
import { App, type AppProps } from '../../src/app/app'
import { describeDevice, noCapabilities, type DeviceProfile } from '../../src/webauthn/capabilities'
import { newAuthenticator } from './backend'
import { setup } from './render'

export const macBook: DeviceProfile = {
  platform: 'macos',
  biometric: 'touchId',
  canPasskey: true,
  canCreate: true,
  canConditional: false,
  canConditionalCreate: false,
  canHybrid: true,
}

/** A browser with no WebAuthn at all (WebKitGTK's, say): no passkeys to use or create. */
export const noWebAuthn: DeviceProfile = describeDevice('other', noCapabilities)

let uninstallWebAuthn: (() => void) | undefined
afterEach(() => {
  uninstallWebAuthn?.()
  uninstallWebAuthn = undefined
})

/** Puts another device's authenticator behind `navigator.credentials`. */
export function switchAuthenticator(authenticator: SoftAuthenticator) {
  uninstallWebAuthn?.()
  const fake = installFakeWebAuthn(authenticator)
  uninstallWebAuthn = fake.uninstall
  return fake
}

export interface AppOptions {
  /** The device's own authenticator (default: a new one). */
  authenticator?: SoftAuthenticator
  onEvent?: AppProps['onEvent']
  locale?: AppProps['locale']
  /** What the device can do (default: a capable Mac). */
  device?: DeviceProfile
}

export function renderApp(
  path = '/login',
  { authenticator = newAuthenticator(), onEvent, locale, device = macBook }: AppOptions = {},
) {
  const fake = switchAuthenticator(authenticator)
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return {
    ...setup(
      <App
        initialPath={path}
        queryClient={queryClient}
        detectDevice={() => Promise.resolve(device)}
        onEvent={onEvent}
        {...(locale && { locale })}
      />,
    ),
    authenticator,
    fake,
  }
}
