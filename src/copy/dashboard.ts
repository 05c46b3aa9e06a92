/** The dashboard's strings (J9: passkey management), for designers to review in one place. */
export const dashboardCopy = {
  heading: 'Dashboard',
  welcome: (displayName: string) => `Welcome, ${displayName}`,
  signedInAs: (identifier: string) => `Signed in as ${identifier}`,
  passkeys: {
    heading: 'Passkeys',
    intro: 'Sign in with your face, fingerprint or screen lock instead of a password.',
    loading: 'Loading your passkeys…',
    loadFailed: 'We could not load your passkeys.',
    retry: 'Try again',
    empty: 'No passkeys yet. Add one to sign in without a password.',
    thisDevice: 'This device',
    created: (date: string) => `Created ${date}`,
    lastUsed: (date: string) => `Last used ${date}`,
    neverUsed: 'Never used',
    updating: 'Updating…',
  },
  rename: {
    open: 'Rename',
    label: 'Passkey name',
    empty: 'Give the passkey a name.',
    tooLong: (max: number) => `Keep the name under ${max} characters.`,
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
  },
  remove: {
    open: 'Delete',
    heading: 'Delete this passkey?',
    body: (name: string) =>
      `“${name}” will be removed from your account and can no longer be used to sign in. You can still sign in with your password or another passkey.`,
    confirm: 'Delete passkey',
    cancel: 'Cancel',
  },
  add: {
    open: 'Add a passkey',
    heading: 'Add a passkey',
    preparing: 'Getting ready…',
  },
  signOut: 'Sign out',
  signOutEverywhere: 'Sign out everywhere',
  signingOut: 'Signing out…',
} as const
