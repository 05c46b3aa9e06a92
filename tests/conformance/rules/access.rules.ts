/** Passkey routes need a session, and one account never reaches another's passkeys. */
import { describe, expect, it } from 'vitest'
import {
  api,
  errorCode,
  mfa,
  newAuthenticator,
  passwordLogin,
  plain,
  registerPasskey,
  signIn,
} from '../target'

describe('passkey routes', () => {
  it('refuse a request without a session', async () => {
    expect(await errorCode(api.call('passkeyList', {}))).toBe('unauthorized')
    expect(await errorCode(api.call('registrationOptions', {}))).toBe('unauthorized')
    expect(await errorCode(api.call('session', { token: 'made-up' }))).toBe('unauthorized')
  })

  it('refuse management with a pending login (password checked, code not yet)', async () => {
    const pending = await passwordLogin(plain)

    expect(await errorCode(api.call('passkeyList', { token: pending.token }))).toBe('unauthorized')
  })

  it('refuse a session that was signed out', async () => {
    const session = await signIn(plain)
    await api.call('logout', { token: session.token })

    expect(await errorCode(api.call('passkeyList', { token: session.token }))).toBe('unauthorized')
  })
})

describe('another account’s passkeys', () => {
  async function anaAndMax() {
    const ana = await signIn(plain)
    const { passkey } = await registerPasskey(newAuthenticator(), ana.token)
    const max = await signIn(mfa)
    return { ana, max, anaPasskeyId: passkey.id }
  }

  it('are not listed', async () => {
    const { max } = await anaAndMax()

    expect((await api.call('passkeyList', { token: max.token })).passkeys).toEqual([])
  })

  it('cannot be renamed, and stay as they were', async () => {
    const { ana, max, anaPasskeyId } = await anaAndMax()

    const code = await errorCode(
      api.call('passkeyRename', {
        token: max.token,
        params: { id: anaPasskeyId },
        body: { name: 'mine now' },
      }),
    )

    expect(code).toBe('not_found')
    expect((await api.call('passkeyList', { token: ana.token })).passkeys[0]?.name).toBe('Passkey')
  })

  it('cannot be deleted, and stay', async () => {
    const { ana, max, anaPasskeyId } = await anaAndMax()

    const code = await errorCode(
      api.call('passkeyDelete', { token: max.token, params: { id: anaPasskeyId } }),
    )

    expect(code).toBe('not_found')
    expect((await api.call('passkeyList', { token: ana.token })).passkeys).toHaveLength(1)
  })

  it('can be renamed and deleted by their owner', async () => {
    const { ana, anaPasskeyId } = await anaAndMax()

    const { passkey } = await api.call('passkeyRename', {
      token: ana.token,
      params: { id: anaPasskeyId },
      body: { name: '  Work laptop ' },
    })
    const { passkeys } = await api.call('passkeyDelete', {
      token: ana.token,
      params: { id: anaPasskeyId },
    })

    expect(passkey.name).toBe('Work laptop')
    expect(passkeys).toEqual([])
  })
})
