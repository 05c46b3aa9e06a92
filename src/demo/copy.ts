/** The demo panel's words (demo builds only; it may stay English). */
export const demoCopy = {
  label: 'Demo',
  accounts: 'Demo accounts',
  password: 'Password',
  inbox: 'Demo inbox',
  inboxEmpty: 'No messages yet. Codes sent by email or SMS appear here.',
  events: 'Events (onEvent)',
  eventsEmpty: 'Nothing yet. What the sign-in reports to its host appears here.',
  code: 'Code',
  reset: 'Reset demo data',
  open: 'Open demo panel',
  close: 'Close demo panel',
} as const
