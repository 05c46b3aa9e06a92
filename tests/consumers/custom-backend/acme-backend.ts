/**
 * Acme's identity API, the backend consumer (b) signs in against: a test double that shares no
 * path, field or token with the product contract. The pending login and the session are
 * HttpOnly cookies its answers set (MSW keeps them like a browser's cookie jar and sends them
 * back); errors are `{ problem }` bodies. It verifies WebAuthn for real with
 * @simplewebauthn/server, as any backend must; its other rules are the conformance suite's
 * business, not this double's.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
  type WebAuthnCredential,
} from '@simplewebauthn/server'
import { http, HttpResponse, type DefaultBodyType, type HttpResponseResolver } from 'msw'

export const ACME_API = 'https://id.acme.test/v2'
export const ACME_PASSWORD = 'correct horse battery staple'
export const ACME_CODE = '482913'

const rpID = 'localhost'
const origin = 'http://localhost'

interface Account {
  id: string
  email: string
  name: string
  passkeys: WebAuthnCredential[]
}

/** What the double holds; `resetAcme()` starts each test from one account and no cookies. */
const state = {
  account: { id: 'YWNtZS0x', email: 'kim@acme.test', name: 'Kim', passkeys: [] } as Account,
  pending: new Set<string>(),
  sessions: new Set<string>(),
  challenge: '',
}

export function resetAcme() {
  state.account = { ...state.account, passkeys: [] }
  state.pending.clear()
  state.sessions.clear()
  state.challenge = ''
}

const problem = (status: number, name: string) => HttpResponse.json({ problem: name }, { status })

function withCookie(body: DefaultBodyType, name: string, store: Set<string>) {
  const value = crypto.randomUUID()
  store.add(value)
  return HttpResponse.json(body, {
    headers: { 'set-cookie': `${name}=${value}; Path=/; HttpOnly; Secure; SameSite=None` },
  })
}

function signedIn() {
  const { account } = state
  return withCookie(
    {
      account: { id: account.id, email: account.email, name: account.name },
      expires: new Date(Date.now() + 86_400_000).toISOString(),
    },
    'acme_session',
    state.sessions,
  )
}

/** A route that answers only with the named cookie (a 401 `no_session` without it). */
function withCookieOf(name: string, store: Set<string>, resolve: HttpResponseResolver) {
  return (async (info) => {
    const value = info.cookies[name]
    if (!value || !store.has(value)) return problem(401, 'no_session')
    return resolve(info)
  }) satisfies HttpResponseResolver
}

async function requestOptions() {
  const options = await generateAuthenticationOptions({
    rpID,
    allowCredentials: state.account.passkeys.map(({ id, transports }) => ({ id, transports })),
  })
  state.challenge = options.challenge
  return options
}

/** Acme's request bodies, trusted as typed: this is a double, not a backend to copy. */
interface AcmeRequest {
  email: string
  password: string
  code: string
  label: string
  credential: AuthenticationResponseJSON & RegistrationResponseJSON
}
const body = (request: Request) => request.json() as Promise<AcmeRequest>

export const acmeHandlers = [
  http.post(`${ACME_API}/lookup`, async ({ request }) => {
    const { email } = await body(request)
    const known = email === state.account.email && state.account.passkeys.length > 0
    return HttpResponse.json({ email, webauthn: known ? await requestOptions() : null })
  }),
  http.post(`${ACME_API}/webauthn/challenge`, async () =>
    HttpResponse.json({ publicKey: await requestOptions() }),
  ),
  http.post(`${ACME_API}/webauthn/login`, async ({ request }) => {
    const { credential } = await body(request)
    const passkey = state.account.passkeys.find(({ id }) => id === credential.id)
    if (!passkey || !state.challenge) return problem(400, 'passkey_rejected')
    const { verified, authenticationInfo } = await verifyAuthenticationResponse({
      response: credential,
      expectedChallenge: state.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: passkey,
    }).catch(() => ({ verified: false, authenticationInfo: undefined }))
    state.challenge = ''
    if (!verified || !authenticationInfo) return problem(400, 'passkey_rejected')
    passkey.counter = authenticationInfo.newCounter
    return signedIn()
  }),
  http.post(`${ACME_API}/password`, async ({ request }) => {
    const { email, password } = await body(request)
    if (email !== state.account.email || password !== ACME_PASSWORD) {
      return problem(401, 'bad_password')
    }
    return withCookie(
      {
        account: { email, name: state.account.name },
        factors: [{ type: 'email', to: 'k•••@acme.test' }],
        passkeys: state.account.passkeys.length,
        offerPasskey: state.account.passkeys.length === 0,
      },
      'acme_pending',
      state.pending,
    )
  }),
  http.post(
    `${ACME_API}/otp`,
    withCookieOf('acme_pending', state.pending, () =>
      HttpResponse.json({ to: 'k•••@acme.test', digits: 6, ttl: 600, resendIn: 30 }),
    ),
  ),
  http.post(
    `${ACME_API}/otp/check`,
    withCookieOf('acme_pending', state.pending, async ({ request }) => {
      const { code } = await body(request)
      return code === ACME_CODE ? signedIn() : problem(400, 'wrong_code')
    }),
  ),
  http.post(
    `${ACME_API}/webauthn/register/options`,
    withCookieOf('acme_session', state.sessions, async () => {
      const { account } = state
      const options = await generateRegistrationOptions({
        rpName: 'Acme',
        rpID,
        userName: account.email,
        userDisplayName: account.name,
        excludeCredentials: account.passkeys.map(({ id }) => ({ id })),
      })
      state.challenge = options.challenge
      return HttpResponse.json({ publicKey: options })
    }),
  ),
  http.post(
    `${ACME_API}/webauthn/register`,
    withCookieOf('acme_session', state.sessions, async ({ request }) => {
      const { credential, label } = await body(request)
      const { verified, registrationInfo } = await verifyRegistrationResponse({
        response: credential,
        expectedChallenge: state.challenge,
        expectedOrigin: origin,
        expectedRPID: rpID,
      }).catch(() => ({ verified: false, registrationInfo: undefined }))
      state.challenge = ''
      if (!verified || !registrationInfo) return problem(400, 'passkey_rejected')
      state.account.passkeys.push(registrationInfo.credential)
      return HttpResponse.json({
        id: registrationInfo.credential.id,
        label,
        created: new Date().toISOString(),
        synced: registrationInfo.credentialBackedUp,
        transports: registrationInfo.credential.transports ?? [],
      })
    }),
  ),
  http.post(
    `${ACME_API}/webauthn/register/later`,
    withCookieOf('acme_session', state.sessions, () =>
      HttpResponse.json({ until: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
    ),
  ),
  http.get(
    `${ACME_API}/me`,
    withCookieOf('acme_session', state.sessions, () =>
      HttpResponse.json({ email: state.account.email }),
    ),
  ),
]
