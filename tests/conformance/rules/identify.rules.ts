/** Who is it: identify answers alike for everyone, and refuses what no identifier can be. */
import { describe, expect, it } from 'vitest'
import {
  api,
  baseUrl,
  errorCode,
  newAuthenticator,
  plain,
  registerPasskey,
  signIn,
} from '../target'

const raw = (body: string) =>
  fetch(`${baseUrl}/api/auth/identify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })

describe('identify', () => {
  it('answers an unknown identifier exactly like a known one without passkeys', async () => {
    const known = await raw(JSON.stringify({ identifier: plain.identifier }))
    const unknown = await raw(JSON.stringify({ identifier: 'nobody-at-all@example.com' }))

    expect(unknown.status).toBe(known.status)
    expect(await unknown.json()).toEqual({
      identifier: 'nobody-at-all@example.com',
      passkey: null,
    })
    expect(await known.json()).toEqual({ identifier: plain.identifier, passkey: null })
  })

  it('offers passkey options once the account has a passkey', async () => {
    await registerPasskey(newAuthenticator(), (await signIn(plain)).token)

    const { passkey } = await api.call('identify', { body: { identifier: plain.identifier } })

    expect(passkey?.options.allowCredentials).toHaveLength(1)
  })

  it('refuses an empty identifier with a field message', async () => {
    const failure = await api
      .call('identify', { body: { identifier: '  ' } })
      .catch((e: unknown) => e)

    expect(failure).toMatchObject({
      failure: {
        status: 400,
        error: { code: 'validation_error', fields: { identifier: expect.any(String) as string } },
      },
    })
  })
})

describe('bad input', () => {
  it('refuses a body of megabytes before reading it as JSON', async () => {
    const answer = await raw(JSON.stringify({ identifier: `${'a'.repeat(2_000_000)}@example.com` }))

    expect(answer.status).toBe(413)
    expect(await answer.json()).toMatchObject({ error: { code: 'payload_too_large' } })
  })

  it('refuses a body that is not JSON', async () => {
    const answer = await raw('{not json')

    expect(answer.status).toBe(400)
    expect(await answer.json()).toMatchObject({ error: { code: 'validation_error' } })
  })

  it('refuses a password login without a password, and answers the contract’s error body', async () => {
    expect(
      await errorCode(
        api.call('password', { body: { identifier: plain.identifier, password: '' } }),
      ),
    ).toBe('validation_error')
  })
})
