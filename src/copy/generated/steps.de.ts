// Written by `npm run i18n` from src/locales/de.json: edit that, not this.
import { num } from '../format'
import type { StepsMessages } from './steps.en'

const L = "de"

export const messages: StepsMessages = {
  password: {
    heading: "Passwort eingeben",
    label: "Passwort",
    show: "Anzeigen",
    hide: "Verbergen",
    showLabel: "Passwort anzeigen",
    hideLabel: "Passwort verbergen",
    submit: "Anmelden",
    checking: "Ihr Passwort wird geprüft …",
    empty: "Geben Sie Ihr Passwort ein.",
    usePasskey: "Stattdessen mit einem Passkey anmelden",
  },
  locked: {
    heading: "Konto vorübergehend gesperrt",
    usePasskey: "Mit einem Passkey anmelden",
    explain: "Nach zu vielen falschen Versuchen haben wir die Anmeldung mit Passwort gesperrt, um Ihr Konto zu schützen.",
  },
  appendDone: {
    created: "Passkey erstellt",
    createdText: (v: { platformName: string }): string => "Melden Sie sich nächstes Mal mit " + v.platformName + " an.",
    yourPasskey: "Ihrem Passkey",
    alreadyExists: "Sie haben hier bereits einen Passkey",
    alreadyExistsText: "Auf diesem Gerät gibt es bereits einen Passkey für Ihr Konto.",
    continue: "Weiter",
  },
  codeChannel: {
    heading: "Wohin sollen wir Ihren Code senden?",
    legend: "Code senden per",
    email: "E-Mail",
    sms: "SMS",
    send: "Code senden",
    sending: "Ihr Code wird gesendet …",
  },
  codeEntry: {
    heading: "Bestätigungscode eingeben",
    label: "Bestätigungscode",
    sentTo: (v: { destination: string }): string => "Wir haben einen Code an " + v.destination + " gesendet",
    sending: "Ihr Code wird gesendet …",
    format: (v: { length: number }): string => "Geben Sie den " + num(L, v.length) + "-stelligen Code ein.",
    verify: "Bestätigen",
    resend: "Code erneut senden",
    resendIn: (v: { seconds: number }): string => "Code erneut senden in " + num(L, v.seconds) + " s",
    sendFailed: "Wir konnten Ihren Code nicht senden.",
    blocked: "Für dieses Konto wurden zu viele Codes angefordert oder ausprobiert. Versuchen Sie es später noch einmal.",
    startAgain: "Von vorn beginnen",
    changeChannel: "Anderen Weg wählen",
  },
  stepUp: {
    heading: "Bestätigen Sie, dass Sie es sind",
    intro: "Zu Ihrer Sicherheit: Bestätigen Sie vor dieser Änderung, dass Sie es sind.",
    passkey: (v: { platformName: string }): string => "Mit " + v.platformName + " bestätigen",
    useCode: "Stattdessen einen Code senden",
    loading: "Wird vorbereitet …",
    verifying: "Wird geprüft …",
    codeHeading: "Geben Sie den gesendeten Code ein",
    cancel: "Abbrechen",
    declined: "Nichts wurde geändert: Die Bestätigung wurde abgebrochen.",
    ceremony: {
      cancelled: "Die Bestätigung mit Ihrem Passkey wurde abgebrochen. Sie können es noch einmal versuchen.",
      timedOut: "Die Passkey-Anfrage ist abgelaufen, bevor Sie bestätigt haben. Sie können es noch einmal versuchen.",
      security: "Ihr Browser hat die Passkey-Anfrage auf dieser Website blockiert. Verwenden Sie stattdessen einen Code.",
      notSupported: "Dieser Browser kann hier keinen Passkey verwenden. Verwenden Sie stattdessen einen Code.",
      unknown: "Mit Ihrem Passkey ist etwas schiefgelaufen. Versuchen Sie es noch einmal oder verwenden Sie einen Code.",
    },
  },
}
