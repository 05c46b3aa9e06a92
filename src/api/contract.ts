/**
 * The API contract: the one source of truth for every request and response between the SPA and
 * its backend. The client validates every response against it, the fake backend parses every
 * request with it and types every reply by it, and `src/api/openapi.json` is generated from it.
 *
 * Conventions
 * - JSON over HTTP under `/api`; errors are `{ "error": { "code", "message", ... } }`.
 * - A password login yields a *pending login* token, not a session. Routes marked `pendingLogin`
 *   take it as `Authorization: Bearer <token>`; routes marked `session` take the session token
 *   returned by `passkey/verify` or `otp/verify` the same way.
 * - WebAuthn options and responses travel in the W3C JSON forms (base64url for binary), exactly
 *   what `@simplewebauthn/browser` consumes and produces.
 *
 * Imports nothing but the schema library and its plain basics (`./contract-basics`), so every
 * layer may import it. Written with `zod/mini` (8 KB gzipped instead of 22), and loaded after the
 * first screen (`./contract-loader`): the same schemas, with `z.optional(x)` and
 * `.check(...)` in place of methods. `describe()` attaches the OpenAPI document's descriptions.
 */
import * as z from 'zod/mini'
import { IDENTIFIER_MAX, OTP_LENGTH_MAX, OTP_LENGTH_MIN, PASSKEY_NAME_MAX } from './contract-basics'

export {
  IDENTIFIER_MAX,
  OTP_LENGTH_DEFAULT,
  OTP_LENGTH_MAX,
  OTP_LENGTH_MIN,
  PASSKEY_NAME_MAX,
  pathFor,
} from './contract-basics'

// No `new Function`: the app runs under a Content-Security-Policy without 'unsafe-eval' and with
// Trusted Types, where zod's compiled fast path would only be refused (and reported).
z.config({ jitless: true })

// ---------------------------------------------------------------------------------------------
// Building blocks

/**
 * A copy of the schema, registered with `meta` (an OpenAPI component `id`, a `description`), as
 * classic zod's `.meta()` does. A copy, so one building block can carry a description per use;
 * registered rather than checked (`.check(z.meta())`), so `z.partial()` still accepts objects.
 */
export function describe<T extends z.ZodMiniType>(
  schema: T,
  meta: { id?: string; description?: string },
): T {
  const copy = schema.clone()
  z.globalRegistry.add(copy, meta)
  return copy
}

const int = () => z.int()
const positiveInt = () => z.int().check(z.positive())
const nonNegativeInt = () => z.int().check(z.nonnegative())

const base64url = describe(z.string().check(z.regex(/^[A-Za-z0-9_-]+$/, 'base64url')), {
  description: 'base64url without padding',
})
const isoDateTime = z.iso.datetime({ offset: true })

export const transportSchema = z.enum([
  'ble',
  'cable',
  'hybrid',
  'internal',
  'nfc',
  'smart-card',
  'usb',
])
const userVerification = z.enum(['required', 'preferred', 'discouraged'])
const hint = z.enum(['hybrid', 'security-key', 'client-device'])
const attachment = z.enum(['platform', 'cross-platform'])

const credentialDescriptor = z.object({
  id: base64url,
  type: z.literal('public-key'),
  transports: z.optional(z.array(transportSchema)),
})

export const requestOptionsSchema = describe(
  z.object({
    challenge: base64url,
    timeout: z.optional(positiveInt()),
    rpId: z.optional(z.string()),
    allowCredentials: z.optional(z.array(credentialDescriptor)),
    userVerification: z.optional(userVerification),
    hints: z.optional(z.array(hint)),
  }),
  { id: 'PublicKeyCredentialRequestOptionsJSON' },
)

export const creationOptionsSchema = describe(
  z.object({
    rp: z.object({ id: z.optional(z.string()), name: z.string() }),
    user: z.object({ id: base64url, name: z.string(), displayName: z.string() }),
    challenge: base64url,
    pubKeyCredParams: z.array(z.object({ type: z.literal('public-key'), alg: int() })),
    timeout: z.optional(positiveInt()),
    excludeCredentials: z.optional(z.array(credentialDescriptor)),
    authenticatorSelection: z.optional(
      z.object({
        authenticatorAttachment: z.optional(attachment),
        residentKey: z.optional(z.enum(['discouraged', 'preferred', 'required'])),
        requireResidentKey: z.optional(z.boolean()),
        userVerification: z.optional(userVerification),
      }),
    ),
    hints: z.optional(z.array(hint)),
    attestation: z.optional(z.enum(['none', 'indirect', 'direct', 'enterprise'])),
  }),
  { id: 'PublicKeyCredentialCreationOptionsJSON' },
)

const clientExtensionResults = z.record(z.string(), z.unknown())

export const registrationResponseSchema = describe(
  z.object({
    id: base64url,
    rawId: base64url,
    type: z.literal('public-key'),
    authenticatorAttachment: z.optional(attachment),
    clientExtensionResults,
    response: z.object({
      clientDataJSON: base64url,
      attestationObject: base64url,
      authenticatorData: z.optional(base64url),
      // Any string: browsers report transports newer than this list; the server keeps the known.
      transports: z.optional(z.array(z.string())),
      publicKeyAlgorithm: z.optional(int()),
      publicKey: z.optional(base64url),
    }),
  }),
  { id: 'RegistrationResponseJSON' },
)

export const authenticationResponseSchema = describe(
  z.object({
    id: base64url,
    rawId: base64url,
    type: z.literal('public-key'),
    authenticatorAttachment: z.optional(attachment),
    clientExtensionResults,
    response: z.object({
      clientDataJSON: base64url,
      authenticatorData: base64url,
      signature: base64url,
      userHandle: z.optional(base64url),
    }),
  }),
  { id: 'AuthenticationResponseJSON' },
)

// ---------------------------------------------------------------------------------------------
// Domain objects

export const identifierSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(IDENTIFIER_MAX))

export const userSchema = describe(
  z.object({
    id: describe(base64url, { description: 'WebAuthn user handle' }),
    identifier: z.string(),
    displayName: z.string(),
  }),
  { id: 'User' },
)

export const sessionSchema = describe(
  z.object({
    token: z.string().check(z.minLength(1)),
    expiresAt: isoDateTime,
    user: userSchema,
    confirmed: describe(z.optional(z.object({ action: z.string(), expiresAt: isoDateTime })), {
      description:
        'after a step-up: the one action it confirmed on this session, until expiresAt (single-use actions end at their first use)',
    }),
  }),
  { id: 'Session' },
)

export const codeChannelSchema = z.enum(['email', 'sms'])

/** What a step-up confirms: a dotted name of lower-case words ("passkey.delete"). */
export const stepUpActionSchema = z.string().check(z.regex(/^[a-z]+(?:[._-][a-z]+)*$/), z.maxLength(64))

export const passkeySchema = describe(
  z.object({
    id: describe(base64url, { description: 'credential id' }),
    name: z.string(),
    aaguid: describe(z.string(), { description: 'authenticator model; all zeros when unknown' }),
    createdAt: isoDateTime,
    lastUsedAt: z.nullable(isoDateTime),
    deviceType: z.enum(['singleDevice', 'multiDevice']),
    backedUp: z.boolean(),
    transports: z.array(transportSchema),
  }),
  { id: 'Passkey' },
)

export const passkeyNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(PASSKEY_NAME_MAX))

export const errorCodeSchema = z.enum([
  'validation_error',
  'unauthorized',
  'invalid_credentials',
  'account_locked',
  'challenge_invalid',
  'verification_failed',
  'unknown_credential',
  'already_registered',
  'code_invalid',
  'code_expired',
  'too_many_attempts',
  'resend_cooldown',
  'channel_unavailable',
  'not_found',
  'code_rate_limited',
  'reauth_required',
  'payload_too_large',
  'server_error',
])

/** The HTTP status that goes with each error code. */
export const errorStatus = {
  validation_error: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  account_locked: 423,
  challenge_invalid: 400,
  verification_failed: 400,
  unknown_credential: 404,
  already_registered: 409,
  code_invalid: 400,
  code_expired: 410,
  too_many_attempts: 429,
  resend_cooldown: 429,
  channel_unavailable: 400,
  not_found: 404,
  code_rate_limited: 429,
  reauth_required: 403,
  payload_too_large: 413,
  server_error: 500,
} as const satisfies Record<z.infer<typeof errorCodeSchema>, number>

export const errorBodySchema = describe(
  z.object({
    error: z.object({
      code: errorCodeSchema,
      message: describe(z.string(), {
        description:
          'a sentence for logs and developers; clients choose the words they show by `code`',
      }),
      retryAfterSeconds: describe(z.optional(nonNegativeInt()), {
        description:
          'account_locked, resend_cooldown, code_rate_limited: seconds until a retry can work',
      }),
      attemptsLeft: describe(z.optional(nonNegativeInt()), {
        description: 'code_invalid: tries left for this code',
      }),
      credentialId: describe(z.optional(base64url), {
        description: 'unknown_credential: for the Signal API (signalUnknownCredential)',
      }),
      fields: describe(z.optional(z.record(z.string(), z.string())), {
        description: 'validation_error: a message per invalid field',
      }),
    }),
  }),
  { id: 'Error' },
)

// ---------------------------------------------------------------------------------------------
// Requests and responses, by endpoint

const codeChannelOption = z.object({ channel: codeChannelSchema, destination: z.string() })

const identifyRequest = z.object({ identifier: identifierSchema })
const identifyResponse = describe(
  z.object({
    identifier: z.string(),
    passkey: describe(z.nullable(z.object({ options: requestOptionsSchema })), {
      description: 'null for accounts without passkeys and for unknown identifiers alike',
    }),
  }),
  { id: 'IdentifyResponse' },
)

const passkeyOptionsRequest = z.object({
  identifier: describe(z.optional(identifierSchema), {
    description: 'omit for a discoverable-credential (usernameless) login',
  }),
})
const passkeyOptionsResponse = z.object({ options: requestOptionsSchema })
const passkeyVerifyRequest = z.object({ response: authenticationResponseSchema })

const passwordRequest = z.object({
  identifier: identifierSchema,
  password: z.string().check(z.minLength(1), z.maxLength(1024)),
})
export const pendingLoginSchema = describe(
  z.object({
    token: z.string().check(z.minLength(1)),
    expiresAt: isoDateTime,
    user: z.object({ identifier: z.string(), displayName: z.string() }),
    mfa: describe(z.boolean(), {
      description: 'true: the code step comes before the passkey offer',
    }),
    channels: describe(z.array(codeChannelOption).check(z.minLength(1)), {
      description: 'code channels with masked destinations',
    }),
    hasPasskeys: z.boolean(),
    append: describe(z.enum(['offer', 'snoozed']), {
      description: "the backend's append decision; 'snoozed' after a recent skip",
    }),
  }),
  { id: 'PendingLogin' },
)

const otpSendRequest = z.object({ channel: codeChannelSchema })
const otpSendResponse = describe(
  z.object({
    channel: codeChannelSchema,
    destination: z.string(),
    codeLength: z.int().check(z.gte(OTP_LENGTH_MIN), z.lte(OTP_LENGTH_MAX)),
    expiresInSeconds: positiveInt(),
    resendAfterSeconds: nonNegativeInt(),
  }),
  { id: 'CodeSent' },
)
/** Digits only; how many is the backend's rule, told by otp/send's `codeLength`. */
export const otpCodeSchema = z
  .string()
  .check(z.regex(new RegExp(`^\\d{${OTP_LENGTH_MIN},${OTP_LENGTH_MAX}}$`)))
const otpVerifyRequest = z.object({ code: otpCodeSchema })

const pendingFlag = describe(z.boolean(), {
  description: 'true until the login it was made in passes its code step',
})
const registrationOptionsResponse = z.object({ options: creationOptionsSchema })
const registrationVerifyRequest = z.object({
  response: registrationResponseSchema,
  name: z.optional(passkeyNameSchema),
})
const registrationVerifyResponse = z.object({ passkey: passkeySchema, pending: pendingFlag })
const appendSkipRequest = z.object({
  reason: describe(z.enum(['skipped', 'unsupported']), {
    description: "'unsupported': this device cannot create one; ask again elsewhere",
  }),
})
const appendSkipResponse = z.object({
  snoozedUntil: describe(isoDateTime, {
    description: 'when the offer comes back; the backend decides how long a skip lasts',
  }),
  pending: pendingFlag,
})

const sessionInfoResponse = describe(z.object({ user: userSchema, expiresAt: isoDateTime }), {
  id: 'SessionInfo',
})
const passkeyListResponse = z.object({ passkeys: z.array(passkeySchema) })
const passkeyIdParams = z.object({ id: base64url })
const passkeyRenameRequest = z.object({ name: passkeyNameSchema })
const passkeyResponse = z.object({ passkey: passkeySchema })

const stepUpOptionsRequest = z.object({
  action: describe(stepUpActionSchema, {
    description:
      'the one change this step-up confirms: "passkey.add", "passkey.delete", "sessions.revoke", or a host action such as "email.change"',
  }),
})
const stepUpOptionsResponse = describe(
  z.object({
    passkey: describe(z.nullable(z.object({ options: requestOptionsSchema })), {
      description: "request options for the account's passkeys; null when it has none",
    }),
    channels: describe(z.array(codeChannelOption), { description: 'where a code can go instead' }),
  }),
  { id: 'StepUpOptions' },
)
const stepUpVerifyRequest = z.union([
  z.object({ response: authenticationResponseSchema }),
  z.object({ code: otpCodeSchema }),
])

/** The product endpoints by name (the demo's failure switches pick from these). */
export const endpointNameSchema = z.enum([
  'identify',
  'passkeyOptions',
  'passkeyVerify',
  'password',
  'otpSend',
  'otpVerify',
  'registrationOptions',
  'registrationVerify',
  'appendSkip',
  'session',
  'logout',
  'passkeyList',
  'passkeyRename',
  'passkeyDelete',
  'logoutEverywhere',
  'stepUpOptions',
  'stepUpCodeSend',
  'stepUpVerify',
])

export const okResponseSchema = z.object({ ok: z.literal(true) })

// ---------------------------------------------------------------------------------------------
// The endpoint table

/** Which token an endpoint needs in `Authorization: Bearer`. */
export type AuthRequirement = 'none' | 'pendingLogin' | 'session' | 'pendingLoginOrSession'

export interface EndpointDefinition {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  path: `/api/${string}`
  summary: string
  auth: AuthRequirement
  params?: z.ZodMiniObject
  body?: z.ZodMiniType
  response: z.ZodMiniType
  /** Error codes this endpoint may answer with (documentation and tests). */
  errors: readonly z.infer<typeof errorCodeSchema>[]
  /** Only the fake backend serves it. */
  demoOnly?: boolean
}

export type EndpointTable = Record<string, EndpointDefinition>

/** Keeps each entry's literal types while checking it against `EndpointDefinition`. */
export const define = <const E extends EndpointDefinition>(endpoint: E): E => endpoint

export const endpoints = {
  identify: define({
    method: 'POST',
    path: '/api/auth/identify',
    summary:
      'Which sign-in methods an identifier has (passkey request options when it has passkeys)',
    auth: 'none',
    body: identifyRequest,
    response: identifyResponse,
    errors: ['validation_error'],
  }),
  passkeyOptions: define({
    method: 'POST',
    path: '/api/auth/passkey/options',
    summary: 'Fresh passkey request options, for an identifier or discoverable',
    auth: 'none',
    body: passkeyOptionsRequest,
    response: passkeyOptionsResponse,
    errors: ['validation_error'],
  }),
  passkeyVerify: define({
    method: 'POST',
    path: '/api/auth/passkey/verify',
    summary: 'Verify a passkey assertion; answers a session',
    auth: 'none',
    body: passkeyVerifyRequest,
    response: sessionSchema,
    errors: [
      'validation_error',
      'challenge_invalid',
      'unknown_credential',
      'verification_failed',
      'account_locked',
    ],
  }),
  password: define({
    method: 'POST',
    path: '/api/auth/password',
    summary: 'Check a password; answers a pending login (not a session)',
    auth: 'none',
    body: passwordRequest,
    response: pendingLoginSchema,
    errors: ['validation_error', 'invalid_credentials', 'account_locked'],
  }),
  otpSend: define({
    method: 'POST',
    path: '/api/auth/otp/send',
    summary: 'Send a one-time code to a channel of the pending login',
    auth: 'pendingLogin',
    body: otpSendRequest,
    response: otpSendResponse,
    errors: [
      'validation_error',
      'unauthorized',
      'channel_unavailable',
      'resend_cooldown',
      'code_rate_limited',
    ],
  }),
  otpVerify: define({
    method: 'POST',
    path: '/api/auth/otp/verify',
    summary: 'Verify the one-time code; answers a session and activates pending passkeys',
    auth: 'pendingLogin',
    body: otpVerifyRequest,
    response: sessionSchema,
    errors: [
      'validation_error',
      'unauthorized',
      'code_invalid',
      'code_expired',
      'too_many_attempts',
      'code_rate_limited',
    ],
  }),
  registrationOptions: define({
    method: 'POST',
    path: '/api/passkeys/registration/options',
    summary:
      'Passkey creation options; excludeCredentials lists every credential of the account. With a session, needs a recent sign-in or a step-up for "passkey.add"',
    auth: 'pendingLoginOrSession',
    response: registrationOptionsResponse,
    errors: ['unauthorized', 'reauth_required'],
  }),
  registrationVerify: define({
    method: 'POST',
    path: '/api/passkeys/registration/verify',
    summary: 'Verify a new passkey; pending until the login passes its code step',
    auth: 'pendingLoginOrSession',
    body: registrationVerifyRequest,
    response: registrationVerifyResponse,
    errors: [
      'validation_error',
      'unauthorized',
      'challenge_invalid',
      'verification_failed',
      'already_registered',
      'reauth_required',
    ],
  }),
  appendSkip: define({
    method: 'POST',
    path: '/api/passkeys/append/skip',
    summary:
      'Record that the user skipped the passkey offer (the snooze follows the account; before the code step it waits for the code)',
    auth: 'pendingLoginOrSession',
    body: appendSkipRequest,
    response: appendSkipResponse,
    errors: ['validation_error', 'unauthorized'],
  }),
  session: define({
    method: 'GET',
    path: '/api/session',
    summary: 'The current session',
    auth: 'session',
    response: sessionInfoResponse,
    errors: ['unauthorized'],
  }),
  logout: define({
    method: 'POST',
    path: '/api/session/logout',
    summary: 'End the session',
    auth: 'session',
    response: okResponseSchema,
    errors: ['unauthorized'],
  }),
  passkeyList: define({
    method: 'GET',
    path: '/api/passkeys',
    summary: "The account's passkeys",
    auth: 'session',
    response: passkeyListResponse,
    errors: ['unauthorized'],
  }),
  passkeyRename: define({
    method: 'PATCH',
    path: '/api/passkeys/:id',
    summary: 'Rename a passkey',
    auth: 'session',
    params: passkeyIdParams,
    body: passkeyRenameRequest,
    response: passkeyResponse,
    errors: ['validation_error', 'unauthorized', 'not_found'],
  }),
  passkeyDelete: define({
    method: 'DELETE',
    path: '/api/passkeys/:id',
    summary:
      'Delete a passkey (needs a recent sign-in or a step-up for "passkey.delete", spent by the delete); ends the sessions it signed in; answers the passkeys that remain',
    auth: 'session',
    params: passkeyIdParams,
    response: passkeyListResponse,
    errors: ['validation_error', 'unauthorized', 'not_found', 'reauth_required'],
  }),
  logoutEverywhere: define({
    method: 'POST',
    path: '/api/session/logout-everywhere',
    summary:
      'End every session of the account, this one included (needs a recent sign-in or a step-up for "sessions.revoke")',
    auth: 'session',
    response: okResponseSchema,
    errors: ['unauthorized', 'reauth_required'],
  }),
  stepUpOptions: define({
    method: 'POST',
    path: '/api/auth/step-up/options',
    summary:
      "Confirm it is still the user: passkey request options for the account's passkeys, and code channels",
    auth: 'session',
    body: stepUpOptionsRequest,
    response: stepUpOptionsResponse,
    errors: ['validation_error', 'unauthorized'],
  }),
  stepUpCodeSend: define({
    method: 'POST',
    path: '/api/auth/step-up/code',
    summary: 'Send a one-time code to confirm it is still the user (same rules as the login code)',
    auth: 'session',
    body: otpSendRequest,
    response: otpSendResponse,
    errors: [
      'validation_error',
      'unauthorized',
      'channel_unavailable',
      'resend_cooldown',
      'code_rate_limited',
    ],
  }),
  stepUpVerify: define({
    method: 'POST',
    path: '/api/auth/step-up/verify',
    summary:
      'Verify a passkey assertion or a code; answers a fresh session (the old token ends) whose `confirmed` allows the action asked for in the options, for five minutes',
    auth: 'session',
    body: stepUpVerifyRequest,
    response: sessionSchema,
    errors: [
      'validation_error',
      'unauthorized',
      'challenge_invalid',
      'verification_failed',
      'code_invalid',
      'code_expired',
      'too_many_attempts',
      'code_rate_limited',
    ],
  }),
} as const satisfies Record<z.infer<typeof endpointNameSchema>, EndpointDefinition>

// ---------------------------------------------------------------------------------------------
// Types

export type Endpoints = typeof endpoints
export type EndpointName = keyof Endpoints
type Infer<S> = S extends z.ZodMiniType ? z.infer<S> : never
type InferInput<S> = S extends z.ZodMiniType ? z.input<S> : never
/** The JSON body an endpoint takes (`undefined` when it takes none). */
export type BodyOf<E> = E extends { body: infer B } ? InferInput<B> : undefined
/** The path parameters an endpoint takes (`undefined` when it takes none). */
export type ParamsOf<E> = E extends { params: infer P } ? Infer<P> : undefined
/** The validated success body of an endpoint. */
export type ResultOf<E> = E extends { response: infer R } ? Infer<R> : never
export type RequestBody<N extends EndpointName> = BodyOf<Endpoints[N]>
export type PathParams<N extends EndpointName> = ParamsOf<Endpoints[N]>
export type ResponseBody<N extends EndpointName> = ResultOf<Endpoints[N]>

export type ErrorCode = z.infer<typeof errorCodeSchema>
export type ErrorBody = z.infer<typeof errorBodySchema>
export type User = z.infer<typeof userSchema>
export type Session = z.infer<typeof sessionSchema>
export type PendingLogin = z.infer<typeof pendingLoginSchema>
export type CodeChannel = z.infer<typeof codeChannelSchema>
export type CodeSent = ResponseBody<'otpSend'>
export type Passkey = z.infer<typeof passkeySchema>
export type Transport = z.infer<typeof transportSchema>
export type RequestOptionsJSON = z.infer<typeof requestOptionsSchema>
export type CreationOptionsJSON = z.infer<typeof creationOptionsSchema>
export type RegistrationResponse = z.infer<typeof registrationResponseSchema>
export type AuthenticationResponse = z.infer<typeof authenticationResponseSchema>
