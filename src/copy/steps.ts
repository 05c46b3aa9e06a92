/**
 * The words of the steps after the first screens: password, lockout, the one-time code, the
 * passkey just made, and "Confirm it's you". Kept apart from `./en` so they travel with the
 * screens that use them, in the chunk that loads after the first screen.
 */
export const stepsCopy = {
  password: {
    heading: 'Enter your password',
    label: 'Password',
    show: 'Show',
    hide: 'Hide',
    /** The toggle's accessible names; they start with its visible word, as WCAG 2.5.3 asks. */
    showLabel: 'Show password',
    hideLabel: 'Hide password',
    submit: 'Sign in',
    checking: 'Checking your password…',
    empty: 'Enter your password.',
    usePasskey: 'Sign in with a passkey instead',
  },
  locked: {
    heading: 'Account temporarily locked',
    usePasskey: 'Sign in with a passkey',
    explain:
      'We locked sign-in with a password after too many wrong attempts, to keep your account safe.',
  },
  appendDone: {
    created: 'Passkey created',
    createdText: (platformName: string) => `Next time, sign in with ${platformName}.`,
    yourPasskey: 'your passkey',
    alreadyExists: 'You already have a passkey here',
    alreadyExistsText: 'This device already has a passkey for your account.',
    continue: 'Continue',
  },
  codeChannel: {
    heading: 'Where should we send your code?',
    legend: 'Send the code by',
    email: 'Email',
    sms: 'SMS',
    send: 'Send code',
    sending: 'Sending your code…',
  },
  codeEntry: {
    heading: 'Enter verification code',
    label: 'Verification code',
    sentTo: (destination: string) => `We sent a code to ${destination}`,
    sending: 'Sending your code…',
    format: (length: number) => `Enter the ${length}-digit code.`,
    verify: 'Verify',
    resend: 'Resend code',
    resendIn: (seconds: number) => `Resend code in ${seconds} s`,
    sendFailed: 'We could not send your code.',
    blocked: 'Too many codes were asked for or tried on this account. Try again later.',
    startAgain: 'Start again',
    changeChannel: 'Use another channel',
  },
  stepUp: {
    heading: 'Confirm it’s you',
    intro: 'For your security, confirm it’s you before this change.',
    passkey: (platformName: string) => `Confirm with ${platformName}`,
    useCode: 'Send me a code instead',
    loading: 'Getting ready…',
    verifying: 'Checking…',
    codeHeading: 'Enter the code we sent you',
    cancel: 'Cancel',
    declined: 'Nothing was changed: confirming it’s you was cancelled.',
    /** A failed OS prompt while confirming (there is no password here: the code is the other way). */
    ceremony: {
      cancelled: 'Confirming with your passkey was cancelled. You can try again.',
      timedOut: 'The passkey request timed out before you confirmed. You can try again.',
      security: 'Your browser blocked the passkey request on this site. Use a code instead.',
      notSupported: 'This browser cannot use a passkey here. Use a code instead.',
      unknown: 'Something went wrong with your passkey. Try again, or use a code instead.',
    },
  },
} as const
