/**
 * What the conformance suite needs from a backend beyond its API: test accounts, a way to read
 * the codes it sends, a reset between rules, and (for rules about lifetimes) a way to move its
 * clock. The fake backend's own adapter uses its demo endpoints. For another backend, write a
 * module whose default export is `createAdapter` and pass it with `--adapter` (README, "Run the
 * conformance suite against your backend").
 */
import type { CodeChannel } from '../../src/api/contract'
import { devEndpoints } from '../../src/api/dev-contract'
import { createClientFor } from '../../src/api/http'

export interface TestAccount {
  identifier: string
  password: string
  /** The code channels it has, in the order the backend lists them. */
  channels: readonly CodeChannel[]
  /** Whether the code comes before the passkey offer. */
  mfa: boolean
}

export interface SentMessage {
  channel: CodeChannel
  /** The code, or null for a notice (a passkey added or removed, codes paused). */
  code: string | null
  body: string
}

export interface BackendAdapter {
  /** Two accounts with passwords and no passkeys: one without MFA (email), one with MFA. */
  accounts: { plain: TestAccount; mfa: TestAccount }
  /** What the backend sent to the account, oldest first. */
  messages: (account: TestAccount) => Promise<SentMessage[]>
  /** Puts the backend back as it was: no passkeys, no lockouts, budgets and sessions. */
  reset: () => Promise<void>
  /** Moves the backend's clock forward. Rules about lifetimes and windows need it. */
  advanceClock?: (seconds: number) => Promise<void>
}

export type CreateAdapter = (options: {
  baseUrl: string
}) => BackendAdapter | Promise<BackendAdapter>

/** The fake backend's adapter: its seeded demo accounts and its demo-only endpoints. */
export const fakeBackendAdapter: CreateAdapter = ({ baseUrl }) => {
  const dev = createClientFor(devEndpoints, { baseUrl })
  const accounts = {
    plain: {
      identifier: 'ana@example.com',
      password: 'demo-password',
      channels: ['email'],
      mfa: false,
    },
    mfa: {
      identifier: 'max@example.com',
      password: 'demo-password',
      channels: ['email', 'sms'],
      mfa: true,
    },
  } as const satisfies Record<string, TestAccount>
  const addresses: Record<string, readonly string[]> = {
    'ana@example.com': ['ana@example.com'],
    'max@example.com': ['max@example.com', '+15550100142'],
  }
  return {
    accounts,
    messages: async (account) => {
      const { messages } = await dev.call('devInbox', {})
      const mine = addresses[account.identifier] ?? []
      return messages
        .filter((message) => mine.includes(message.to))
        .map(({ channel, code, body }) => ({ channel, code, body }))
    },
    reset: async () => {
      await dev.call('devReset', {})
    },
    advanceClock: async (seconds) => {
      await dev.call('devClock', { body: { advanceSeconds: seconds } })
    },
  }
}
