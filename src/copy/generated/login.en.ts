// Written by `npm run i18n` from src/locales/en.json: edit that, not this.
import { plural, num } from '../format'

const L = "en"

export interface LoginMessages {
  product: string
  platform: {
    touchId: {
      name: string
      waiting: string
    }
    windowsHello: {
      name: string
      waiting: string
    }
    faceIdOrTouchId: {
      name: string
      waiting: string
    }
    androidScreenLock: {
      name: string
      waiting: string
    }
    screenLock: {
      name: string
      waiting: string
    }
  }
  starting: {
    loading: string
  }
  identifier: {
    heading: string
    label: string
    submit: string
    submitting: string
    empty: string
    tooLong: string
    or: string
    passkey: string
    passkeyWaiting: string
  }
  returning: {
    heading: string
    intro: string
    continueAs: (values: { identifier: string }) => string
    useAnother: string
  }
  account: {
    useAnother: string
  }
  passkeyLogin: {
    heading: string
    start: string
    ready: (values: { platformName: string }) => string
    verifying: string
    hybrid: string
    usePassword: string
    suggestPassword: string
  }
  append: {
    passkeyName: {
      macos: string
      windows: string
      ios: string
      android: string
      other: string
    }
  }
  errors: {
    network: string
    server: string
    malformed: string
    retry: string
    lockedUnknown: string
    codeInvalid: string
    loginExpired: string
    flowLost: string
    unknownPasskey: string
    passkeyUnavailable: string
    unauthorized: string
    passkeyLater: string
  }
  rejected: {
    validation_error: string
    unauthorized: string
    invalid_credentials: string
    account_locked: (values: { minutes: number }) => string
    challenge_invalid: string
    verification_failed: string
    unknown_credential: string
    already_registered: string
    code_invalid: (values: { attemptsLeft: number }) => string
    code_expired: string
    too_many_attempts: string
    resend_cooldown: (values: { seconds: number }) => string
    channel_unavailable: string
    not_found: string
    code_rate_limited: (values: { minutes: number }) => string
    reauth_required: string
    payload_too_large: string
    server_error: string
  }
  ceremony: {
    cancelled: string
    timedOut: string
    security: string
    notSupported: string
    unknown: string
  }
  appError: {
    heading: string
    text: string
    startOver: string
  }
  flow: {
    signedIn: string
  }
}

export const messages: LoginMessages = {
  product: "Acme",
  platform: {
    touchId: {
      name: "Touch ID",
      waiting: "Waiting for Touch ID…",
    },
    windowsHello: {
      name: "Windows Hello",
      waiting: "Waiting for Windows Hello…",
    },
    faceIdOrTouchId: {
      name: "Face ID or Touch ID",
      waiting: "Waiting for Face ID or Touch ID…",
    },
    androidScreenLock: {
      name: "your fingerprint, face or screen lock",
      waiting: "Waiting for your fingerprint, face or screen lock…",
    },
    screenLock: {
      name: "your device's screen lock",
      waiting: "Waiting for your device's screen lock…",
    },
  },
  starting: {
    loading: "Loading…",
  },
  identifier: {
    heading: "Sign in",
    label: "Email or username",
    submit: "Continue",
    submitting: "Checking…",
    empty: "Enter your email or username.",
    tooLong: "That is too long for an email or username.",
    or: "or",
    passkey: "Sign in with a passkey",
    passkeyWaiting: "Waiting for your passkey…",
  },
  returning: {
    heading: "Welcome back",
    intro: "You signed in on this device before.",
    continueAs: (v: { identifier: string }): string => "Continue as " + v.identifier,
    useAnother: "Use another account",
  },
  account: {
    useAnother: "Use another account",
  },
  passkeyLogin: {
    heading: "Sign in with your passkey",
    start: "Sign in with a passkey",
    ready: (v: { platformName: string }): string => "Use " + v.platformName + " to confirm it is you.",
    verifying: "Signing you in…",
    hybrid: "Use a phone or tablet",
    usePassword: "Use password instead",
    suggestPassword: "Having trouble with your passkey? You can sign in with your password instead.",
  },
  append: {
    passkeyName: {
      macos: "Passkey on Mac",
      windows: "Passkey on Windows",
      ios: "Passkey on iPhone or iPad",
      android: "Passkey on Android",
      other: "Passkey",
    },
  },
  errors: {
    network: "We could not reach the server. Check your connection and try again.",
    server: "Something went wrong on our side. Please try again.",
    malformed: "We got an answer we did not understand. Please try again.",
    retry: "Try again",
    lockedUnknown: "Too many attempts. Try again later.",
    codeInvalid: "That code is not right. Check it and try again.",
    loginExpired: "Your sign-in took too long and has expired. Please start again.",
    flowLost: "We could not pick up where you left off, so we started again.",
    unknownPasskey: "That passkey is no longer registered for your account. Sign in another way, then create a new one.",
    passkeyUnavailable: "There is no passkey for this account on this device. Use a phone or tablet, or your password.",
    unauthorized: "Your session has ended. Please sign in again.",
    passkeyLater: "Your account needs a passkey, but this browser cannot create one. Use the code for now: you will be asked again when you sign in on a device that can.",
  },
  rejected: {
    validation_error: "Something in that request was not right. Please check it and try again.",
    unauthorized: "Your session has ended. Please sign in again.",
    invalid_credentials: "That password is not right. Check it and try again.",
    account_locked: (v: { minutes: number }): string => "Too many attempts. Try again in " + (plural(L, v.minutes, { one: num(L, v.minutes) + " minute", other: num(L, v.minutes) + " minutes" })) + ".",
    challenge_invalid: "The sign-in request expired. Please try again.",
    verification_failed: "We could not verify your passkey. Try again or use another way to sign in.",
    unknown_credential: "That passkey is no longer registered for your account. Sign in another way, then create a new one.",
    already_registered: "This device already has a passkey for your account.",
    code_invalid: (v: { attemptsLeft: number }): string => "That code is not right. " + (plural(L, v.attemptsLeft, { one: num(L, v.attemptsLeft) + " try", other: num(L, v.attemptsLeft) + " tries" })) + " left.",
    code_expired: "That code has expired. Send a new one to continue.",
    too_many_attempts: "Too many wrong codes. Start again to get a new code.",
    resend_cooldown: (v: { seconds: number }): string => "You can ask for a new code in " + num(L, v.seconds) + " s.",
    channel_unavailable: "We cannot send a code that way. Choose another way to get it.",
    not_found: "That passkey no longer exists. It may have been removed on another device.",
    code_rate_limited: (v: { minutes: number }): string => "Too many codes were asked for or tried on this account. Try again in " + (plural(L, v.minutes, { one: num(L, v.minutes) + " minute", other: num(L, v.minutes) + " minutes" })) + ".",
    reauth_required: "Confirm it is you to change your passkeys.",
    payload_too_large: "Something in that request was not right. Please check it and try again.",
    server_error: "Something went wrong on our side. Please try again.",
  },
  ceremony: {
    cancelled: "Signing in with your passkey was cancelled. You can try again.",
    timedOut: "The passkey request timed out before you confirmed. You can try again.",
    security: "Your browser blocked the passkey request on this site. Use your password instead.",
    notSupported: "This browser cannot use a passkey here. Use your password instead.",
    unknown: "Something went wrong with your passkey. Try again or use your password.",
  },
  appError: {
    heading: "Something went wrong",
    text: "This page ran into a problem. Start over to sign in again; nothing you saved is lost.",
    startOver: "Start over",
  },
  flow: {
    signedIn: "Signed in.",
  },
}
