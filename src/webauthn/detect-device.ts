/** What this device can do, detected once per page (capabilities do not change while it is open). */
import { describeDevice, detectCapabilities, type DeviceProfile } from './capabilities'
import { currentUserAgent, detectPlatform } from './platform'

export type DetectDevice = () => Promise<DeviceProfile>

let detected: Promise<DeviceProfile> | undefined

export const detectDevice: DetectDevice = () => {
  detected ??= detectCapabilities().then((capabilities) =>
    describeDevice(detectPlatform(currentUserAgent()), capabilities),
  )
  return detected
}
