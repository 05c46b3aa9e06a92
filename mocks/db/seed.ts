/** The demo accounts of PRODUCT.md, and helpers that tests use to seed more. */
import { isoBase64URL } from '@simplewebauthn/server/helpers'
import { hashPassword } from '../crypto'
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

// Hashing is deliberately slow, so the seed is hashed once per page or test process and every
// reset copies it. Each account still gets its own salt.
let seedOnce: Promise<DbData> | undefined

export function seedData(): Promise<DbData> {
  seedOnce ??= buildSeed()
  return seedOnce.then((data) => structuredClone(data))
}

async function buildSeed(): Promise<DbData> {
  const accounts: Account[] = await Promise.all(
    demoAccounts.map(async (demo, index) => ({
      // Fixed user handles keep demo data stable across resets; real ones are random.
      id: isoBase64URL.fromUTF8String(`demo-user-${index + 1}`),
      identifier: demo.identifier,
      displayName: demo.displayName,
      password: await hashPassword(DEMO_PASSWORD),
      mfa: demo.mfa,
      email: demo.email,
      phone: demo.phone,
      failedPasswordAttempts: 0,
      lockedUntil: null,
      snoozedUntil: null,
    })),
  )
  return {
    version: STORE_VERSION,
    accounts,
    credentials: [],
    pendingLogins: [],
    sessions: [],
    challenges: [],
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
