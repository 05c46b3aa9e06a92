/**
 * Consumer (b), custom backend: what a team writes when its backend is not shaped like the
 * product contract. Acme's identity API has other paths and fields, keeps the pending login and
 * the session in HttpOnly cookies instead of bearer tokens, and answers errors as `{ problem }`.
 *
 * The machines stay; only their effects change. Each actor below replaces one default by name
 * (see `FlowActors`), and `createLoginMachine({ actors })` hands them to the login and to its
 * code and passkey-offer steps. The browser's WebAuthn (`getPasskey`, `createPasskey`) keeps its
 * default. The package is used through its public entry point only, as a host would.
 */
import { fromPromise } from 'xstate'
import {
  ApiError,
  type CreationOptionsJSON,
  type ErrorCode,
  type FlowActors,
  type PendingLogin,
  type RequestOptionsJSON,
  type Session,
  type Transport,
} from 'passkey-login'

/** Acme's answer on a sign-in: the session itself is the cookie the answer set. */
interface AcmeSignedIn {
  account: { id: string; email: string; name: string }
  expires: string
}

/**
 * The cookie holds the session; the flow's `token` has nothing to carry. Hosts with cookie
 * sessions read the user from `onSignedIn` and ignore the token.
 */
export const COOKIE_SESSION = 'cookie'

/** Acme's problems, in the words the flow's screens understand. */
const problems: Record<string, ErrorCode> = {
  bad_password: 'invalid_credentials',
  locked: 'account_locked',
  wrong_code: 'code_invalid',
  expired_code: 'code_expired',
  no_session: 'unauthorized',
  passkey_rejected: 'verification_failed',
  passkey_known: 'already_registered',
}

function asSession({ account, expires }: AcmeSignedIn): Session {
  return {
    token: COOKIE_SESSION,
    expiresAt: expires,
    user: { id: account.id, identifier: account.email, displayName: account.name },
  }
}

/** The flow's effects over Acme's API at `base` (another origin: cookies need `include`). */
export function acmeActors(base: string) {
  async function post<T>(endpoint: string, path: string, body: unknown, signal: AbortSignal) {
    let response: Response
    try {
      response = await fetch(base + path, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal,
      })
    } catch {
      throw new ApiError(endpoint, signal.aborted ? { kind: 'aborted' } : { kind: 'network' })
    }
    const json: unknown = await response.json().catch(() => null)
    if (response.ok) return json as T
    const problem = (json as { problem?: string } | null)?.problem ?? ''
    const code = problems[problem]
    // An answer outside Acme's list is not a crash: the flow shows its "try again" state.
    if (!code)
      throw new ApiError(endpoint, { kind: 'malformed', status: response.status, detail: problem })
    throw new ApiError(endpoint, {
      kind: 'http',
      status: response.status,
      error: { code, message: `Acme: ${problem}` },
    })
  }

  return {
    identify: fromPromise(async ({ input, signal }) => {
      const found = await post<{ email: string; webauthn: RequestOptionsJSON | null }>(
        'identify',
        '/lookup',
        { email: input.identifier },
        signal,
      )
      return { identifier: found.email, passkey: found.webauthn && { options: found.webauthn } }
    }),
    fetchRequestOptions: fromPromise(async ({ input, signal }) => {
      const { publicKey } = await post<{ publicKey: RequestOptionsJSON }>(
        'passkeyOptions',
        '/webauthn/challenge',
        input.identifier === undefined ? {} : { email: input.identifier },
        signal,
      )
      return { options: publicKey }
    }),
    verifyAssertion: fromPromise(async ({ input, signal }) =>
      asSession(
        await post<AcmeSignedIn>(
          'passkeyVerify',
          '/webauthn/login',
          { credential: input.response },
          signal,
        ),
      ),
    ),
    checkPassword: fromPromise(async ({ input, signal }): Promise<PendingLogin> => {
      const started = await post<{
        account: { email: string; name: string }
        factors: { type: 'email' | 'sms'; to: string }[]
        passkeys: number
        offerPasskey: boolean
      }>('password', '/password', { email: input.identifier, password: input.password }, signal)
      return {
        token: COOKIE_SESSION,
        // Acme's pending cookie lasts ten minutes.
        expiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
        user: { identifier: started.account.email, displayName: started.account.name },
        mfa: true,
        channels: started.factors.map((factor) => ({
          channel: factor.type,
          destination: factor.to,
        })),
        hasPasskeys: started.passkeys > 0,
        append: started.offerPasskey ? 'offer' : 'snoozed',
      }
    }),
    sendCode: fromPromise(async ({ input, signal }) => {
      const sent = await post<{ to: string; digits: number; ttl: number; resendIn: number }>(
        'otpSend',
        '/otp',
        { via: input.channel },
        signal,
      )
      return {
        channel: input.channel,
        destination: sent.to,
        codeLength: sent.digits,
        expiresInSeconds: sent.ttl,
        resendAfterSeconds: sent.resendIn,
      }
    }),
    verifyCode: fromPromise(async ({ input, signal }) =>
      asSession(await post<AcmeSignedIn>('otpVerify', '/otp/check', { code: input.code }, signal)),
    ),
    fetchCreationOptions: fromPromise(async ({ signal }) => {
      const { publicKey } = await post<{ publicKey: CreationOptionsJSON }>(
        'registrationOptions',
        '/webauthn/register/options',
        {},
        signal,
      )
      return { options: publicKey }
    }),
    verifyPasskey: fromPromise(async ({ input, signal }) => {
      const saved = await post<{
        id: string
        label: string
        created: string
        synced: boolean
        transports: Transport[]
      }>(
        'registrationVerify',
        '/webauthn/register',
        { credential: input.response, label: input.name },
        signal,
      )
      return {
        passkey: {
          id: saved.id,
          name: saved.label,
          aaguid: '00000000-0000-0000-0000-000000000000',
          createdAt: saved.created,
          lastUsedAt: null,
          deviceType: saved.synced ? 'multiDevice' : 'singleDevice',
          backedUp: saved.synced,
          transports: saved.transports,
        },
        pending: false,
      }
    }),
    recordSkip: fromPromise(async ({ signal }) => {
      const { until } = await post<{ until: string }>(
        'appendSkip',
        '/webauthn/register/later',
        {},
        signal,
      )
      return { snoozedUntil: until, pending: false }
    }),
  } satisfies Partial<FlowActors>
}
