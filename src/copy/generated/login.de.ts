// Written by `npm run i18n` from src/locales/de.json: edit that, not this.
import { plural, num } from '../format'
import type { LoginMessages } from './login.en'

const L = "de"

export const messages: LoginMessages = {
  product: "Acme",
  platform: {
    touchId: {
      name: "Touch ID",
      waiting: "Warten auf Touch ID …",
    },
    windowsHello: {
      name: "Windows Hello",
      waiting: "Warten auf Windows Hello …",
    },
    faceIdOrTouchId: {
      name: "Face ID oder Touch ID",
      waiting: "Warten auf Face ID oder Touch ID …",
    },
    androidScreenLock: {
      name: "Ihrem Fingerabdruck, Ihrem Gesicht oder Ihrer Displaysperre",
      waiting: "Warten auf Fingerabdruck, Gesicht oder Displaysperre …",
    },
    screenLock: {
      name: "der Bildschirmsperre Ihres Geräts",
      waiting: "Warten auf die Bildschirmsperre Ihres Geräts …",
    },
  },
  starting: {
    loading: "Wird geladen …",
  },
  identifier: {
    heading: "Anmelden",
    label: "E-Mail-Adresse oder Benutzername",
    submit: "Weiter",
    submitting: "Wird geprüft …",
    empty: "Geben Sie Ihre E-Mail-Adresse oder Ihren Benutzernamen ein.",
    tooLong: "Das ist zu lang für eine E-Mail-Adresse oder einen Benutzernamen.",
    or: "oder",
    passkey: "Mit einem Passkey anmelden",
    passkeyWaiting: "Warten auf Ihren Passkey …",
  },
  returning: {
    heading: "Willkommen zurück",
    intro: "Sie haben sich auf diesem Gerät schon einmal angemeldet.",
    continueAs: (v: { identifier: string }): string => "Weiter als " + v.identifier,
    useAnother: "Anderes Konto verwenden",
  },
  account: {
    useAnother: "Anderes Konto verwenden",
  },
  passkeyLogin: {
    heading: "Mit Ihrem Passkey anmelden",
    start: "Mit einem Passkey anmelden",
    ready: (v: { platformName: string }): string => "Bestätigen Sie mit " + v.platformName + ", dass Sie es sind.",
    verifying: "Sie werden angemeldet …",
    hybrid: "Ein Smartphone oder Tablet verwenden",
    usePassword: "Stattdessen das Passwort verwenden",
    suggestPassword: "Probleme mit Ihrem Passkey? Sie können sich stattdessen mit Ihrem Passwort anmelden.",
  },
  append: {
    passkeyName: {
      macos: "Passkey auf dem Mac",
      windows: "Passkey unter Windows",
      ios: "Passkey auf iPhone oder iPad",
      android: "Passkey unter Android",
      other: "Passkey",
    },
  },
  errors: {
    network: "Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es noch einmal.",
    server: "Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es noch einmal.",
    malformed: "Wir haben eine unverständliche Antwort erhalten. Bitte versuchen Sie es noch einmal.",
    retry: "Noch einmal versuchen",
    lockedUnknown: "Zu viele Versuche. Versuchen Sie es später noch einmal.",
    codeInvalid: "Der Code ist nicht richtig. Prüfen Sie ihn und versuchen Sie es noch einmal.",
    loginExpired: "Ihre Anmeldung hat zu lange gedauert und ist abgelaufen. Bitte beginnen Sie von vorn.",
    flowLost: "Wir konnten nicht dort weitermachen, wo Sie aufgehört haben, und haben neu begonnen.",
    unknownPasskey: "Dieser Passkey ist für Ihr Konto nicht mehr registriert. Melden Sie sich anders an und erstellen Sie dann einen neuen.",
    passkeyUnavailable: "Auf diesem Gerät gibt es keinen Passkey für dieses Konto. Verwenden Sie ein Smartphone, ein Tablet oder Ihr Passwort.",
    unauthorized: "Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.",
    passkeyLater: "Ihr Konto braucht einen Passkey, aber dieser Browser kann keinen erstellen. Verwenden Sie vorerst den Code: Sie werden erneut gefragt, wenn Sie sich auf einem Gerät anmelden, das es kann.",
  },
  rejected: {
    validation_error: "Etwas an dieser Anfrage stimmte nicht. Bitte prüfen Sie Ihre Eingaben und versuchen Sie es noch einmal.",
    unauthorized: "Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.",
    invalid_credentials: "Das Passwort ist nicht richtig. Prüfen Sie es und versuchen Sie es noch einmal.",
    account_locked: (v: { minutes: number }): string => "Zu viele Versuche. Versuchen Sie es in " + (plural(L, v.minutes, { one: num(L, v.minutes) + " Minute", other: num(L, v.minutes) + " Minuten" })) + " noch einmal.",
    challenge_invalid: "Die Anmeldeanfrage ist abgelaufen. Bitte versuchen Sie es noch einmal.",
    verification_failed: "Wir konnten Ihren Passkey nicht prüfen. Versuchen Sie es noch einmal oder melden Sie sich anders an.",
    unknown_credential: "Dieser Passkey ist für Ihr Konto nicht mehr registriert. Melden Sie sich anders an und erstellen Sie dann einen neuen.",
    already_registered: "Auf diesem Gerät gibt es bereits einen Passkey für Ihr Konto.",
    code_invalid: (v: { attemptsLeft: number }): string => "Der Code ist nicht richtig. Noch " + (plural(L, v.attemptsLeft, { one: num(L, v.attemptsLeft) + " Versuch", other: num(L, v.attemptsLeft) + " Versuche" })) + ".",
    code_expired: "Der Code ist abgelaufen. Fordern Sie einen neuen an, um fortzufahren.",
    too_many_attempts: "Zu viele falsche Codes. Beginnen Sie von vorn, um einen neuen Code zu erhalten.",
    resend_cooldown: (v: { seconds: number }): string => "Einen neuen Code können Sie in " + num(L, v.seconds) + " s anfordern.",
    channel_unavailable: "Auf diesem Weg können wir keinen Code senden. Wählen Sie einen anderen.",
    not_found: "Diesen Passkey gibt es nicht mehr. Vielleicht wurde er auf einem anderen Gerät entfernt.",
    code_rate_limited: (v: { minutes: number }): string => "Für dieses Konto wurden zu viele Codes angefordert oder ausprobiert. Versuchen Sie es in " + (plural(L, v.minutes, { one: num(L, v.minutes) + " Minute", other: num(L, v.minutes) + " Minuten" })) + " noch einmal.",
    reauth_required: "Bestätigen Sie, dass Sie es sind, um Ihre Passkeys zu ändern.",
    payload_too_large: "Etwas an dieser Anfrage stimmte nicht. Bitte prüfen Sie Ihre Eingaben und versuchen Sie es noch einmal.",
    server_error: "Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es noch einmal.",
  },
  ceremony: {
    cancelled: "Die Anmeldung mit Ihrem Passkey wurde abgebrochen. Sie können es noch einmal versuchen.",
    timedOut: "Die Passkey-Anfrage ist abgelaufen, bevor Sie bestätigt haben. Sie können es noch einmal versuchen.",
    security: "Ihr Browser hat die Passkey-Anfrage auf dieser Website blockiert. Verwenden Sie stattdessen Ihr Passwort.",
    notSupported: "Dieser Browser kann hier keinen Passkey verwenden. Verwenden Sie stattdessen Ihr Passwort.",
    unknown: "Mit Ihrem Passkey ist etwas schiefgelaufen. Versuchen Sie es noch einmal oder verwenden Sie Ihr Passwort.",
  },
  appError: {
    heading: "Etwas ist schiefgelaufen",
    text: "Auf dieser Seite ist ein Problem aufgetreten. Beginnen Sie von vorn, um sich erneut anzumelden; nichts Gespeichertes geht verloren.",
    startOver: "Von vorn beginnen",
  },
  flow: {
    signedIn: "Angemeldet.",
  },
}
