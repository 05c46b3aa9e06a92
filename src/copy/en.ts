/**
 * Every user-facing string, in one place so designers can review wording without reading
 * components. Per-platform variants are data here, not branches in screens.
 */

/**
 * Which words name the OS prompt. Copy imports nothing of ours: these keys are its own, and the
 * flow, which hands the device's detected key to the screens, is where TypeScript checks that
 * they match the WebAuthn adapter's (src/webauthn/capabilities.ts).
 */
export type BiometricKey =
  'touchId' | 'windowsHello' | 'faceIdOrTouchId' | 'androidScreenLock' | 'screenLock'

/** The platforms a new passkey can be named after. */
export type PlatformKey = 'macos' | 'windows' | 'ios' | 'android' | 'other'

/** What the app says about the OS prompt on one platform. */
export interface PlatformCopy {
  /** How the prompt is named in a sentence: "Touch ID", "your device's screen lock". */
  name: string
  /** The append offer's one-line benefit. */
  benefit: string
  /** Shown while the OS prompt is open. */
  waiting: string
}

const platformCopy = (name: string): PlatformCopy => ({
  name,
  benefit: `Sign in with ${name} instead of your password`,
  waiting: `Waiting for ${name}…`,
})

/** Keyed by what the platform detection decided, so screens never branch on the platform. */
const platform: Readonly<Record<BiometricKey, PlatformCopy>> = {
  touchId: platformCopy('Touch ID'),
  windowsHello: platformCopy('Windows Hello'),
  faceIdOrTouchId: platformCopy('Face ID or Touch ID'),
  androidScreenLock: platformCopy('your fingerprint, face or screen lock'),
  screenLock: platformCopy("your device's screen lock"),
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many)

/** "1 minute", "5 minutes": the locked screen rounds the backend's seconds up. */
const minutesText = (minutes: number) => `${minutes} ${plural(minutes, 'minute', 'minutes')}`

export const copy = {
  product: 'Acme',
  platform,
  starting: {
    loading: 'Loading…',
  },
  identifier: {
    heading: 'Sign in',
    label: 'Email or username',
    submit: 'Continue',
    submitting: 'Checking…',
    empty: 'Enter your email or username.',
    tooLong: 'That is too long for an email or username.',
    or: 'or',
    passkey: 'Sign in with a passkey',
    passkeyWaiting: 'Waiting for your passkey…',
  },
  lookup: {
    passkey: (identifier: string) => `${identifier} can sign in with a passkey.`,
    password: (identifier: string) => `${identifier} signs in with a password.`,
  },
  returning: {
    heading: 'Welcome back',
    intro: 'You signed in on this device before.',
    continueAs: (identifier: string) => `Continue as ${identifier}`,
    useAnother: 'Use another account',
  },
  account: {
    useAnother: 'Use another account',
  },
  passkeyLogin: {
    heading: 'Sign in with your passkey',
    start: 'Sign in with a passkey',
    ready: (platformName: string) => `Use ${platformName} to confirm it is you.`,
    verifying: 'Signing you in…',
    hybrid: 'Use a phone or tablet',
    usePassword: 'Use password instead',
    suggestPassword:
      'Having trouble with your passkey? You can sign in with your password instead.',
  },
  append: {
    heading: 'Create a passkey',
    headingForThisDevice: 'Add a passkey to this device',
    create: 'Create passkey',
    skip: 'Skip for now',
    /** The dashboard's way out of "Add a passkey": nothing is skipped or snoozed there. */
    cancel: 'Cancel',
    next: (platformName: string) => `Your device will ask you to confirm with ${platformName}.`,
    required: 'Your account needs a passkey to continue.',
    loading: 'Getting ready…',
    verifying: 'Saving your passkey…',
    saving: 'Saving…',
    suggestSkip: 'No problem — you can skip and do this later.',
    /** What a new passkey is called on the dashboard until the user renames it. */
    passkeyName: {
      macos: 'Passkey on Mac',
      windows: 'Passkey on Windows',
      ios: 'Passkey on iPhone or iPad',
      android: 'Passkey on Android',
      other: 'Passkey',
    } satisfies Record<PlatformKey, string>,
  },
  /** Problems turned into sentences (the flow picks one per error code or fault). */
  errors: {
    network: 'We could not reach the server. Check your connection and try again.',
    server: 'Something went wrong on our side. Please try again.',
    malformed: 'We got an answer we did not understand. Please try again.',
    retry: 'Try again',
    invalidCredentials: 'That password is not right. Check it and try again.',
    locked: (minutes: number) => `Too many attempts. Try again in ${minutesText(minutes)}.`,
    lockedUnknown: 'Too many attempts. Try again later.',
    codeInvalid: (attemptsLeft: number | null) =>
      attemptsLeft === null
        ? 'That code is not right. Check it and try again.'
        : `That code is not right. ${attemptsLeft} ${plural(attemptsLeft, 'try', 'tries')} left.`,
    codeExpired: 'That code has expired. Send a new one to continue.',
    tooManyAttempts: 'Too many wrong codes. Start again to get a new code.',
    codeRateLimited: (minutes: number) =>
      `Too many codes were asked for or tried on this account. Try again in ${minutesText(minutes)}.`,
    reauthRequired: 'Confirm it is you to change your passkeys.',
    resendCooldown: (seconds: number) => `You can ask for a new code in ${seconds} s.`,
    loginExpired: 'Your sign-in took too long and has expired. Please start again.',
    flowLost: 'We could not pick up where you left off, so we started again.',
    unknownPasskey:
      'That passkey is no longer registered for your account. Sign in another way, then create a new one.',
    passkeyUnavailable:
      'There is no passkey for this account on this device. Use a phone or tablet, or your password.',
    challengeExpired: 'The sign-in request expired. Please try again.',
    verificationFailed:
      'We could not verify your passkey. Try again or use another way to sign in.',
    unauthorized: 'Your session has ended. Please sign in again.',
    alreadyRegistered: 'This device already has a passkey for your account.',
    channelUnavailable: 'We cannot send a code that way. Choose another way to get it.',
    notFound: 'That passkey no longer exists. It may have been removed on another device.',
    invalidRequest: 'Something in that request was not right. Please check it and try again.',
  },
  /** A failed OS prompt while signing in with a passkey. */
  ceremony: {
    cancelled: 'Signing in with your passkey was cancelled. You can try again.',
    timedOut: 'The passkey request timed out before you confirmed. You can try again.',
    security: 'Your browser blocked the passkey request on this site. Use your password instead.',
    notSupported: 'This browser cannot use a passkey here. Use your password instead.',
    unknown: 'Something went wrong with your passkey. Try again or use your password.',
  },
  /** A failed OS prompt while creating a passkey. */
  ceremonyCreate: {
    cancelled: 'The request was cancelled. You can try again.',
    timedOut: 'The request timed out before you confirmed. You can try again.',
    security: 'Your browser blocked creating a passkey on this site.',
    notSupported: 'This browser or device cannot create a passkey.',
    unknown: 'We could not create your passkey. Please try again.',
  },
  /** When a page cannot be drawn at all (the router's error element). */
  appError: {
    heading: 'Something went wrong',
    text: 'This page ran into a problem. Start over to sign in again; nothing you saved is lost.',
    startOver: 'Start over',
  },
  /** Said by the flow around the screens (announcements between screens). */
  flow: {
    signedIn: 'Signed in.',
  },
} as const
