/**
 * Every user-facing string lives in the catalogs, `src/locales/<locale>.json` (English the
 * source), so designers and translators review wording without reading components; per-platform
 * variants are data there, not branches in screens. `npm run i18n` compiles them to
 * `./generated`. This module names the sign-in's part and the keys the copy is indexed by.
 */
import type { LoginMessages } from './generated/login.en'

/**
 * Which words name the OS prompt. Copy imports nothing of ours: these keys are its own, and the
 * flow, which hands the device's detected key to the screens, is where TypeScript checks that
 * they match the WebAuthn adapter's (src/webauthn/capabilities.ts).
 */
export type BiometricKey =
  'touchId' | 'windowsHello' | 'faceIdOrTouchId' | 'androidScreenLock' | 'screenLock'

/** The platforms a new passkey can be named after. */
export type PlatformKey = 'macos' | 'windows' | 'ios' | 'android' | 'other'

/** What the app says about the OS prompt on one platform: its name, and the wait while it is open. */
export type PlatformCopy = LoginMessages['platform'][BiometricKey]

/** The sign-in's first words, in English (compiled from `src/locales/en.json`). */
export { messages as copy } from './generated/login.en'
export type { LoginMessages }
