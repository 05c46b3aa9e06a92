/** The demo accounts of PRODUCT.md, and helpers that tests use to seed more. */
import { isoBase64URL } from '@simplewebauthn/server/helpers'
import { backendConfig, OWASP_PBKDF2_SHA256_ITERATIONS } from '../config'
import { hashPassword, randomToken, type PasswordHash } from '../crypto'
import { STORE_VERSION, type Account, type Credential, type DbData } from './schema'

export const DEMO_PASSWORD = 'demo-password'

export interface DemoAccount {
  identifier: string
  displayName: string
  mfa: boolean
  email: string | null
  phone: string | null
  /** What the demo page says this account is for. */
  journeys: string
}

export const demoAccounts: readonly DemoAccount[] = [
  {
    identifier: 'ana@example.com',
    displayName: 'Ana',
    mfa: false,
    email: 'ana@example.com',
    phone: null,
    journeys: 'No MFA, code by email: create a passkey (J1) or skip (J2)',
  },
  {
    identifier: 'max@example.com',
    displayName: 'Max',
    mfa: true,
    email: 'max@example.com',
    phone: '+15550100142',
    journeys: 'MFA: the code comes before the passkey offer (J3)',
  },
  {
    identifier: 'lea@example.com',
    displayName: 'Lea',
    mfa: false,
    email: null,
    phone: '+447700900123',
    journeys: 'Code by SMS; try it with append policy "required" (J7)',
  },
]

/**
 * `demo-password` at OWASP's count, hashed ahead of time (each with its own salt), so the demo
 * page does not spend seconds hashing its seed before the first screen. Tests that configure a
 * lower count hash the seed themselves.
 */
const precomputed: readonly PasswordHash[] = [
  {
    salt: 'ZJFpRd7jP_S5w9ox8znHLQ',
    hash: 'Ui54ob7BWIGR7CruxRmGX1RNn9LRc-YvBzwmfHP1qtc',
    iterations: 600_000,
  },
  {
    salt: 'rbcknlro36zbgzGpY76Ppw',
    hash: 'iAxdftGd1Aa9KyDjwekVQAfOIzBoVbwBmE4GZEEw2Jc',
    iterations: 600_000,
  },
  {
    salt: 'nzTO3Fxx4WXQfNSN4nwZIQ',
    hash: '8azE1JnN809BiyPF4l9WSBldnsl5oVFV0nUtRAk6Wrw',
    iterations: 600_000,
  },
]

function demoPasswordHash(index: number): Promise<PasswordHash> {
  const ready = precomputed[index]
  if (ready && backendConfig().passwordIterations === OWASP_PBKDF2_SHA256_ITERATIONS) {
    return Promise.resolve(ready)
  }
  return hashPassword(DEMO_PASSWORD)
}

// Hashing is deliberately slow, so the seed is hashed once per page or test process (and per
// iteration count) and every reset copies it. The server's secret is new on every reset.
let seedOnce: { iterations: number; data: Promise<DbData> } | undefined

export async function seedData(): Promise<DbData> {
  const { passwordIterations } = backendConfig()
  if (seedOnce?.iterations !== passwordIterations) {
    seedOnce = { iterations: passwordIterations, data: buildSeed() }
  }
  const data = structuredClone(await seedOnce.data)
  return { ...data, secret: randomToken() }
}

async function buildSeed(): Promise<DbData> {
  const accounts: Account[] = await Promise.all(
    demoAccounts.map(async (demo, index) => ({
      // Fixed user handles keep demo data stable across resets; real ones are random.
      id: isoBase64URL.fromUTF8String(`demo-user-${index + 1}`),
      identifier: demo.identifier,
      displayName: demo.displayName,
      password: await demoPasswordHash(index),
      mfa: demo.mfa,
      email: demo.email,
      phone: demo.phone,
      failedPasswordAttempts: 0,
      lockedUntil: null,
      snoozedUntil: null,
      codeFailures: [],
      codeSends: [],
      codeBlockNoticeAt: null,
    })),
  )
  return {
    version: STORE_VERSION,
    secret: '',
    accounts,
    unknownIdentifiers: [],
    credentials: [],
    pendingLogins: [],
    sessions: [],
    challenges: [],
    usedChallenges: [],
    codes: [],
    inbox: [],
    scenario: { latencyMs: 0, failNext: [], noPasskeySupport: false },
  }
}

/** What a test hands in to seed a passkey whose private key it keeps. */
export type SeedCredential = Pick<Credential, 'id' | 'publicKey'> &
  Partial<Omit<Credential, 'id' | 'publicKey' | 'accountId'>>

export function credentialRecord(accountId: string, seed: SeedCredential, now: number): Credential {
  return {
    counter: 0,
    transports: ['internal', 'hybrid'],
    aaguid: '00000000-0000-0000-0000-000000000000',
    deviceType: 'multiDevice',
    backedUp: true,
    name: 'Passkey',
    createdAt: now,
    lastUsedAt: null,
    pendingLoginToken: null,
    ...seed,
    accountId,
  }
}
