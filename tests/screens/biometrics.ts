import type { BiometricKey } from '../../src/copy/en'

/** Every platform's wording, for table tests: what the copy must say on each. */
export const biometrics: readonly { biometric: BiometricKey; name: string }[] = [
  { biometric: 'touchId', name: 'Touch ID' },
  { biometric: 'windowsHello', name: 'Windows Hello' },
  { biometric: 'faceIdOrTouchId', name: 'Face ID or Touch ID' },
  { biometric: 'androidScreenLock', name: 'your fingerprint, face or screen lock' },
  { biometric: 'screenLock', name: "your device's screen lock" },
]
