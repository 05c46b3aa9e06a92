/**
 * Demo builds: the device detector honours the demo panel's "pretend this browser has no passkey
 * support", so the password-and-code fallback can be tried in any browser.
 */
import { devApiClient } from 'passkey-login/msw'
import {
  currentUserAgent,
  describeDevice,
  detectDevice,
  type DetectDevice,
  detectPlatform,
  noCapabilities,
} from 'passkey-login'

export const demoDetectDevice: DetectDevice = async () => {
  const pretendNone = await devApiClient
    .call('devScenario', {})
    .then(({ scenario }) => scenario.noPasskeySupport)
    .catch(() => false)
  return pretendNone
    ? describeDevice(detectPlatform(currentUserAgent()), noCapabilities)
    : detectDevice()
}
