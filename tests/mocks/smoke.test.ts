import { expect, it } from 'vitest'
import { api, newAuthenticator, registerPasskey, signIn } from '../support/backend'

it('registers and signs in with a passkey', async () => {
  const session = await signIn('ana@example.com')
  const authenticator = newAuthenticator()
  const { pending } = await registerPasskey(authenticator, session.token)
  expect(pending).toBe(false)
  const { passkey } = await api.call('identify', { body: { identifier: 'ana@example.com' } })
  const response = await authenticator.authenticate(passkey!.options)
  const result = await api.call('passkeyVerify', { body: { response } })
  expect(result.user.identifier).toBe('ana@example.com')
})
