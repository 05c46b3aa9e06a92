/** The host example's words: the embedding team's own, not the product's (English only). */
export const hostCopy = {
  heading: 'Account settings',
  signedInAs: (identifier: string) => `Signed in as ${identifier}`,
  newEmail: 'New email',
  changeEmail: 'Change email',
  invalidEmail: 'Enter an email address, like name@example.com.',
  emailChanged: (email: string) => `Your email is now ${email}.`,
  declined: 'Your email was not changed: confirming it’s you was cancelled.',
  sessionEnded: 'Your sign-in has ended. Sign in again to change your email.',
} as const
