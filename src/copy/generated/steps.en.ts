// Written by `npm run i18n` from src/locales/en.json: edit that, not this.
import { num } from '../format'

const L = "en"

export interface StepsMessages {
  password: {
    heading: string
    label: string
    show: string
    hide: string
    showLabel: string
    hideLabel: string
    submit: string
    checking: string
    empty: string
    usePasskey: string
  }
  locked: {
    heading: string
    usePasskey: string
    explain: string
  }
  offer: {
    heading: string
    headingForThisDevice: string
    create: string
    skip: string
    cancel: string
    next: (values: { platformName: string }) => string
    required: string
    loading: string
    verifying: string
    saving: string
    suggestSkip: string
    benefit: {
      touchId: string
      windowsHello: string
      faceIdOrTouchId: string
      androidScreenLock: string
      screenLock: string
    }
  }
  ceremonyCreate: {
    cancelled: string
    timedOut: string
    security: string
    notSupported: string
    unknown: string
  }
  appendDone: {
    created: string
    createdText: (values: { platformName: string }) => string
    yourPasskey: string
    alreadyExists: string
    alreadyExistsText: string
    continue: string
  }
  codeChannel: {
    heading: string
    legend: string
    email: string
    sms: string
    send: string
    sending: string
  }
  codeEntry: {
    heading: string
    label: string
    sentTo: (values: { destination: string }) => string
    sending: string
    format: (values: { length: number }) => string
    verify: string
    resend: string
    resendIn: (values: { seconds: number }) => string
    sendFailed: string
    blocked: string
    startAgain: string
    changeChannel: string
  }
  stepUp: {
    heading: string
    intro: string
    passkey: (values: { platformName: string }) => string
    useCode: string
    loading: string
    verifying: string
    codeHeading: string
    cancel: string
    declined: string
    ceremony: {
      cancelled: string
      timedOut: string
      security: string
      notSupported: string
      unknown: string
    }
  }
}

export const messages: StepsMessages = {
  password: {
    heading: "Enter your password",
    label: "Password",
    show: "Show",
    hide: "Hide",
    showLabel: "Show password",
    hideLabel: "Hide password",
    submit: "Sign in",
    checking: "Checking your password…",
    empty: "Enter your password.",
    usePasskey: "Sign in with a passkey instead",
  },
  locked: {
    heading: "Account temporarily locked",
    usePasskey: "Sign in with a passkey",
    explain: "We locked sign-in with a password after too many wrong attempts, to keep your account safe.",
  },
  offer: {
    heading: "Create a passkey",
    headingForThisDevice: "Add a passkey to this device",
    create: "Create passkey",
    skip: "Skip for now",
    cancel: "Cancel",
    next: (v: { platformName: string }): string => "Your device will ask you to confirm with " + v.platformName + ".",
    required: "Your account needs a passkey to continue.",
    loading: "Getting ready…",
    verifying: "Saving your passkey…",
    saving: "Saving…",
    suggestSkip: "No problem — you can skip and do this later.",
    benefit: {
      touchId: "Sign in with Touch ID instead of your password",
      windowsHello: "Sign in with Windows Hello instead of your password",
      faceIdOrTouchId: "Sign in with Face ID or Touch ID instead of your password",
      androidScreenLock: "Sign in with your fingerprint, face or screen lock instead of your password",
      screenLock: "Sign in with your device's screen lock instead of your password",
    },
  },
  ceremonyCreate: {
    cancelled: "The request was cancelled. You can try again.",
    timedOut: "The request timed out before you confirmed. You can try again.",
    security: "Your browser blocked creating a passkey on this site.",
    notSupported: "This browser or device cannot create a passkey.",
    unknown: "We could not create your passkey. Please try again.",
  },
  appendDone: {
    created: "Passkey created",
    createdText: (v: { platformName: string }): string => "Next time, sign in with " + v.platformName + ".",
    yourPasskey: "your passkey",
    alreadyExists: "You already have a passkey here",
    alreadyExistsText: "This device already has a passkey for your account.",
    continue: "Continue",
  },
  codeChannel: {
    heading: "Where should we send your code?",
    legend: "Send the code by",
    email: "Email",
    sms: "SMS",
    send: "Send code",
    sending: "Sending your code…",
  },
  codeEntry: {
    heading: "Enter verification code",
    label: "Verification code",
    sentTo: (v: { destination: string }): string => "We sent a code to " + v.destination,
    sending: "Sending your code…",
    format: (v: { length: number }): string => "Enter the " + num(L, v.length) + "-digit code.",
    verify: "Verify",
    resend: "Resend code",
    resendIn: (v: { seconds: number }): string => "Resend code in " + num(L, v.seconds) + " s",
    sendFailed: "We could not send your code.",
    blocked: "Too many codes were asked for or tried on this account. Try again later.",
    startAgain: "Start again",
    changeChannel: "Use another channel",
  },
  stepUp: {
    heading: "Confirm it’s you",
    intro: "For your security, confirm it’s you before this change.",
    passkey: (v: { platformName: string }): string => "Confirm with " + v.platformName,
    useCode: "Send me a code instead",
    loading: "Getting ready…",
    verifying: "Checking…",
    codeHeading: "Enter the code we sent you",
    cancel: "Cancel",
    declined: "Nothing was changed: confirming it’s you was cancelled.",
    ceremony: {
      cancelled: "Confirming with your passkey was cancelled. You can try again.",
      timedOut: "The passkey request timed out before you confirmed. You can try again.",
      security: "Your browser blocked the passkey request on this site. Use a code instead.",
      notSupported: "This browser cannot use a passkey here. Use a code instead.",
      unknown: "Something went wrong with your passkey. Try again, or use a code instead.",
    },
  },
}
