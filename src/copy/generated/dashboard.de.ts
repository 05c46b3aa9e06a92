// Written by `npm run i18n` from src/locales/de.json: edit that, not this.
import { num } from '../format'
import type { DashboardMessages } from './dashboard.en'

const L = "de"

export const messages: DashboardMessages = {
  heading: "Übersicht",
  welcome: (v: { displayName: string }): string => "Willkommen, " + v.displayName,
  signedInAs: (v: { identifier: string }): string => "Angemeldet als " + v.identifier,
  passkeys: {
    heading: "Passkeys",
    intro: "Melden Sie sich mit Gesicht, Fingerabdruck oder Displaysperre an statt mit einem Passwort.",
    loading: "Ihre Passkeys werden geladen …",
    loadFailed: "Wir konnten Ihre Passkeys nicht laden.",
    retry: "Noch einmal versuchen",
    empty: "Noch keine Passkeys. Fügen Sie einen hinzu, um sich ohne Passwort anzumelden.",
    thisDevice: "Dieses Gerät",
    created: (v: { date: string }): string => "Erstellt am " + v.date,
    lastUsed: (v: { when: string }): string => "Zuletzt verwendet " + v.when,
    neverUsed: "Noch nie verwendet",
    updating: "Wird aktualisiert …",
  },
  rename: {
    open: "Umbenennen",
    label: "Name des Passkeys",
    empty: "Geben Sie dem Passkey einen Namen.",
    tooLong: (v: { max: number }): string => "Der Name darf höchstens " + num(L, v.max) + " Zeichen lang sein.",
    save: "Speichern",
    saving: "Wird gespeichert …",
    cancel: "Abbrechen",
  },
  remove: {
    open: "Löschen",
    heading: "Diesen Passkey löschen?",
    body: (v: { name: string }): string => "„" + v.name + "“ wird aus Ihrem Konto entfernt und kann nicht mehr zur Anmeldung verwendet werden. Sie können sich weiterhin mit Ihrem Passwort oder einem anderen Passkey anmelden.",
    confirm: "Passkey löschen",
    cancel: "Abbrechen",
  },
  add: {
    open: "Passkey hinzufügen",
    heading: "Passkey hinzufügen",
    preparing: "Wird vorbereitet …",
    unavailable: "Dieser Browser kann keinen Passkey erstellen. Um einen hinzuzufügen, melden Sie sich auf einem Smartphone oder Computer an, der Passkeys unterstützt.",
  },
  signOut: "Abmelden",
  signOutEverywhere: "Überall abmelden",
  signingOut: "Wird abgemeldet …",
}
