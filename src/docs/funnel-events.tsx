/**
 * The funnel events as a table for the docs: one row per event type, typed against `FunnelEvent`,
 * so an event added to the machines without a row here is a type error.
 */
import type { FunnelEventType } from '../machines/funnel'

const funnelEvents: Record<FunnelEventType, { fields: string; when: string }> = {
  'identifier.submitted': {
    fields: 'returning: boolean',
    when: 'the identifier was sent, or "Continue as …" on a remembered account',
  },
  'passkeyLogin.started': {
    fields: "from: 'identifier' | 'account'",
    when: 'an OS prompt to sign in opened',
  },
  'passkeyLogin.succeeded': { fields: '', when: 'the passkey signed in' },
  'passkeyLogin.cancelled': { fields: '', when: 'the person closed the prompt' },
  'passkeyLogin.failed': {
    fields: "reason: CeremonyFailure | 'rejected'",
    when: 'the prompt failed, or the backend refused the answer',
  },
  authenticated: {
    fields: "method: 'passkey' | 'password'",
    when: 'the flow ended signed in',
  },
  'offer.shown': { fields: '', when: 'the offer to create a passkey is on screen' },
  'offer.accepted': { fields: '', when: '"Create passkey"' },
  'offer.skipped': { fields: '', when: '"Skip for now" (or "Cancel" on the dashboard)' },
  'offer.cancelled': { fields: '', when: 'the person closed the OS prompt' },
  'offer.alreadyExisted': { fields: '', when: 'this device already had a passkey here' },
  'offer.failed': {
    fields: "reason: CeremonyFailure | 'rejected'",
    when: 'the prompt failed, or the backend refused the new passkey',
  },
  'offer.created': { fields: '', when: 'the new passkey is saved' },
  'silentCreate.tried': {
    fields: '',
    when: 'a conditional (silent) create was asked of the password manager',
  },
  'silentCreate.succeeded': { fields: '', when: 'the password manager made one, with no prompt' },
  'stepUp.shown': { fields: '', when: '"Confirm it\'s you" opened before a sensitive action' },
  'stepUp.passed': {
    fields: "method: 'passkey' | 'code'",
    when: 'the person confirmed it is them',
  },
  'stepUp.declined': { fields: '', when: 'the person closed "Confirm it\'s you"' },
  'stepUp.failed': {
    fields: "reason: CeremonyFailure | 'rejected'",
    when: 'the prompt failed or was cancelled, or the backend refused the answer or the code',
  },
  'code.sent': { fields: "channel: 'email' | 'sms'", when: 'a one-time code went out' },
  'code.verified': { fields: '', when: 'the code was accepted' },
  'code.failed': {
    fields:
      "reason: 'wrong' | 'expired' | 'tooManyAttempts' | 'rateLimited' | 'loginExpired' | 'fault'",
    when: 'the code was not accepted, or could not be checked',
  },
}

export function FunnelEventTable() {
  return (
    <table>
      <caption>Funnel events (`FunnelEvent`)</caption>
      <thead>
        <tr>
          <th scope="col">type</th>
          <th scope="col">fields</th>
          <th scope="col">when</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(funnelEvents).map(([type, { fields, when }]) => (
          <tr key={type}>
            <td>
              <code>{type}</code>
            </td>
            <td>{fields && <code>{fields}</code>}</td>
            <td>{when}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
