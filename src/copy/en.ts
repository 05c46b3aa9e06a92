/**
 * Every user-facing string, in one place so designers can review wording without reading
 * components. Per-platform variants are data here, not branches in screens.
 */
export const copy = {
  product: 'Acme',
  identifier: {
    heading: 'Sign in',
    label: 'Email or username',
    submit: 'Continue',
    submitting: 'Checking…',
    empty: 'Enter your email or username.',
  },
  lookup: {
    passkey: (identifier: string) => `${identifier} can sign in with a passkey.`,
    password: (identifier: string) => `${identifier} signs in with a password.`,
  },
  errors: {
    network: 'We could not reach the server. Check your connection and try again.',
    server: 'Something went wrong on our side. Please try again.',
    malformed: 'We got an answer we did not understand. Please try again.',
    retry: 'Try again',
  },
  demo: {
    label: 'Demo',
    accounts: 'Demo accounts',
    password: 'Password',
    inbox: 'Demo inbox',
    inboxEmpty: 'No messages yet. Codes sent by email or SMS appear here.',
    code: 'Code',
    reset: 'Reset demo data',
    open: 'Open demo panel',
    close: 'Close demo panel',
  },
} as const
