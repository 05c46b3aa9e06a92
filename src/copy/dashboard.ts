/**
 * The dashboard's strings (J9: passkey management), compiled from the `dashboard` part of
 * `src/locales/en.json`.
 */
export { messages as dashboardCopy } from './generated/dashboard.en'
export type { DashboardMessages } from './generated/dashboard.en'
