// Written by `npm run i18n` from src/locales/en.json: edit that, not this.
import { num } from '../format'

const L = "en"

export interface DashboardMessages {
  heading: string
  welcome: (values: { displayName: string }) => string
  signedInAs: (values: { identifier: string }) => string
  passkeys: {
    heading: string
    intro: string
    loading: string
    loadFailed: string
    retry: string
    empty: string
    thisDevice: string
    created: (values: { date: string }) => string
    lastUsed: (values: { when: string }) => string
    neverUsed: string
    updating: string
  }
  rename: {
    open: string
    label: string
    empty: string
    tooLong: (values: { max: number }) => string
    save: string
    saving: string
    cancel: string
  }
  remove: {
    open: string
    heading: string
    body: (values: { name: string }) => string
    confirm: string
    cancel: string
  }
  add: {
    open: string
    heading: string
    preparing: string
    unavailable: string
  }
  signOut: string
  signOutEverywhere: string
  signingOut: string
}

export const messages: DashboardMessages = {
  heading: "Dashboard",
  welcome: (v: { displayName: string }): string => "Welcome, " + v.displayName,
  signedInAs: (v: { identifier: string }): string => "Signed in as " + v.identifier,
  passkeys: {
    heading: "Passkeys",
    intro: "Sign in with your face, fingerprint or screen lock instead of a password.",
    loading: "Loading your passkeys…",
    loadFailed: "We could not load your passkeys.",
    retry: "Try again",
    empty: "No passkeys yet. Add one to sign in without a password.",
    thisDevice: "This device",
    created: (v: { date: string }): string => "Created " + v.date,
    lastUsed: (v: { when: string }): string => "Last used " + v.when,
    neverUsed: "Never used",
    updating: "Updating…",
  },
  rename: {
    open: "Rename",
    label: "Passkey name",
    empty: "Give the passkey a name.",
    tooLong: (v: { max: number }): string => "Keep the name under " + num(L, v.max) + " characters.",
    save: "Save",
    saving: "Saving…",
    cancel: "Cancel",
  },
  remove: {
    open: "Delete",
    heading: "Delete this passkey?",
    body: (v: { name: string }): string => "“" + v.name + "” will be removed from your account and can no longer be used to sign in. You can still sign in with your password or another passkey.",
    confirm: "Delete passkey",
    cancel: "Cancel",
  },
  add: {
    open: "Add a passkey",
    heading: "Add a passkey",
    preparing: "Getting ready…",
    unavailable: "This browser cannot create a passkey. To add one, sign in on a phone or computer that supports passkeys.",
  },
  signOut: "Sign out",
  signOutEverywhere: "Sign out everywhere",
  signingOut: "Signing out…",
}
