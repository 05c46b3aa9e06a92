/**
 * Shape of the fake backend's persisted data. Validated on every load: a store that does not
 * parse (corrupt JSON, hand edits, an older version) is replaced by the seed with a notice.
 * Times are epoch milliseconds; binary values are base64url.
 */
import { z } from 'zod'
import { codeChannelSchema, transportSchema } from '../../src/api/contract'
import { scenarioSchema } from '../../src/api/dev-contract'

/** Bump when the shape changes; older stores are reset, not migrated (it is demo data). */
export const STORE_VERSION = 1

const passwordHash = z.object({ salt: z.string(), hash: z.string(), iterations: z.number().int() })

const account = z.object({
  id: z.string(),
  identifier: z.string(),
  displayName: z.string(),
  password: passwordHash,
  mfa: z.boolean(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  failedPasswordAttempts: z.number().int(),
  lockedUntil: z.number().nullable(),
  snoozedUntil: z.number().nullable(),
})

const credential = z.object({
  id: z.string(),
  accountId: z.string(),
  publicKey: z.string(),
  counter: z.number().int(),
  transports: z.array(transportSchema),
  aaguid: z.string(),
  deviceType: z.enum(['singleDevice', 'multiDevice']),
  backedUp: z.boolean(),
  name: z.string(),
  createdAt: z.number(),
  lastUsedAt: z.number().nullable(),
  /** Set while the login it was created in has not passed its code step. */
  pendingLoginToken: z.string().nullable(),
})

const pendingLogin = z.object({
  token: z.string(),
  accountId: z.string(),
  expiresAt: z.number(),
})

const session = z.object({ token: z.string(), accountId: z.string(), expiresAt: z.number() })

const challenge = z.object({
  challenge: z.string(),
  purpose: z.enum(['authentication', 'registration']),
  /** Two-step login and registration know the account; a discoverable login does not. */
  accountId: z.string().nullable(),
  /** Registration: the pending-login or session token it was issued to. */
  boundTo: z.string().nullable(),
  expiresAt: z.number(),
})

const code = z.object({
  pendingLoginToken: z.string(),
  channel: codeChannelSchema,
  code: z.string(),
  sentAt: z.number(),
  expiresAt: z.number(),
  attemptsLeft: z.number().int(),
})

const message = z.object({
  id: z.string(),
  channel: codeChannelSchema,
  to: z.string(),
  body: z.string(),
  code: z.string(),
  sentAt: z.number(),
})

export const dbSchema = z.object({
  version: z.literal(STORE_VERSION),
  accounts: z.array(account),
  credentials: z.array(credential),
  pendingLogins: z.array(pendingLogin),
  sessions: z.array(session),
  challenges: z.array(challenge),
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
