/**
 * Demo builds: the device detector honours the demo panel's "pretend this browser has no passkey
 * support", so the password-and-code fallback can be tried in any browser.
 */
import { devApiClient } from '../api/dev-client'
import { detectDevice, type DetectDevice } from '../webauthn/detect-device'
import { describeDevice, noCapabilities } from '../webauthn/capabilities'
import { currentUserAgent, detectPlatform } from '../webauthn/platform'

export const demoDetectDevice: DetectDevice = async () => {
  const pretendNone = await devApiClient
    .call('devScenario', {})
    .then(({ scenario }) => scenario.noPasskeySupport)
    .catch(() => false)
  return pretendNone
    ? describeDevice(detectPlatform(currentUserAgent()), noCapabilities)
    : detectDevice()
}
