/**
 * Shape of the fake backend's persisted data. Validated on every load: a store that does not
 * parse (corrupt JSON, hand edits, an older version) is replaced by the seed with a notice.
 * Times are epoch milliseconds; binary values are base64url.
 */
import * as z from 'zod/mini'
import { codeChannelSchema, transportSchema } from '../../src/api/contract'
import { scenarioSchema } from '../../src/api/dev-contract'

/** Bump when the shape changes; older stores are reset, not migrated (it is demo data). */
export const STORE_VERSION = 2

const passwordHash = z.object({ salt: z.string(), hash: z.string(), iterations: z.int() })

const account = z.object({
  id: z.string(),
  identifier: z.string(),
  displayName: z.string(),
  password: passwordHash,
  mfa: z.boolean(),
  email: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  failedPasswordAttempts: z.int(),
  lockedUntil: z.nullable(z.number()),
  snoozedUntil: z.nullable(z.number()),
  /** When wrong one-time codes were entered, over the last hour (the account's code budget). */
  codeFailures: z.array(z.number()),
  /** When codes were sent, by channel, over the last hour. */
  codeSends: z.array(z.object({ channel: codeChannelSchema, at: z.number() })),
  /** When the account was last told its code step is blocked (one notice per block). */
  codeBlockNoticeAt: z.nullable(z.number()),
})

/**
 * Wrong passwords for identifiers that have no account, counted like an account's so a locked
 * account and an unknown identifier answer alike. Bounded: the oldest entries go first.
 */
const unknownIdentifier = z.object({
  identifier: z.string(),
  failedPasswordAttempts: z.int(),
  lockedUntil: z.nullable(z.number()),
  lastSeen: z.number(),
})

const credential = z.object({
  id: z.string(),
  accountId: z.string(),
  publicKey: z.string(),
  counter: z.int(),
  transports: z.array(transportSchema),
  aaguid: z.string(),
  deviceType: z.enum(['singleDevice', 'multiDevice']),
  backedUp: z.boolean(),
  name: z.string(),
  createdAt: z.number(),
  lastUsedAt: z.nullable(z.number()),
  /** Set while the login it was created in has not passed its code step. */
  pendingLoginToken: z.nullable(z.string()),
})

const pendingLogin = z.object({
  token: z.string(),
  accountId: z.string(),
  expiresAt: z.number(),
  /** "Skip for now" before the code step: applied only once the code passes, like a passkey. */
  skipped: z.nullable(z.enum(['skipped', 'unsupported'])),
})

const session = z.object({
  token: z.string(),
  accountId: z.string(),
  expiresAt: z.number(),
  /** When the user signed in (a step-up does not move it: its grant is `confirmed`). */
  verifiedAt: z.number(),
  /** The passkey that signed this session in, so deleting it ends the session too. */
  credentialId: z.nullable(z.string()),
  /** The action a step-up was asked for (by its options), until it is verified. */
  confirming: z.optional(z.string()),
  /** What a verified step-up confirmed: one action, until `expiresAt` (or its one use). */
  confirmed: z.optional(z.object({ action: z.string(), expiresAt: z.number() })),
})

/** Challenges issued to a known caller (registration, step-up), bound to its token. */
const challenge = z.object({
  challenge: z.string(),
  purpose: z.enum(['registration', 'stepUp']),
  accountId: z.string(),
  /** The pending-login or session token it was issued to. */
  boundTo: z.string(),
  expiresAt: z.number(),
})

/** Signed sign-in challenges already answered, kept until they expire so none is used twice. */
const usedChallenge = z.object({ challenge: z.string(), expiresAt: z.number() })

const code = z.object({
  /** The pending login (or the session, for a step-up) the code unlocks. */
  boundTo: z.string(),
  accountId: z.string(),
  channel: codeChannelSchema,
  /** A keyed hash of the code and what it unlocks, never the code itself. */
  codeHash: z.string(),
  sentAt: z.number(),
  expiresAt: z.number(),
  /** Tries left for whatever the code unlocks; a resend keeps the count. */
  attemptsLeft: z.int(),
})

const message = z.object({
  id: z.string(),
  channel: codeChannelSchema,
  to: z.string(),
  body: z.string(),
  /** The code, for codes sent; null for notices (passkey added or removed, code step blocked). */
  code: z.nullable(z.string()),
  sentAt: z.number(),
})

export const dbSchema = z.object({
  version: z.literal(STORE_VERSION),
  /** The server's signing key (challenges, code hashes). Never leaves the backend. */
  secret: z.string(),
  accounts: z.array(account),
  unknownIdentifiers: z.array(unknownIdentifier),
  credentials: z.array(credential),
  pendingLogins: z.array(pendingLogin),
  sessions: z.array(session),
  challenges: z.array(challenge),
  usedChallenges: z.array(usedChallenge),
  codes: z.array(code),
  inbox: z.array(message),
  scenario: scenarioSchema,
})

export type DbData = z.infer<typeof dbSchema>
export type Account = z.infer<typeof account>
export type Credential = z.infer<typeof credential>
export type PendingLoginRecord = z.infer<typeof pendingLogin>
export type SessionRecord = z.infer<typeof session>
export type Challenge = z.infer<typeof challenge>
export type CodeRecord = z.infer<typeof code>
export type UnknownIdentifier = z.infer<typeof unknownIdentifier>
