import { useMutation } from '@tanstack/react-query'
import { apiClient } from '../api/client'
import { copy } from '../copy/en'
import { IdentifierScreen } from '../screens/identifier/identifier-screen'
import { apiErrorMessage } from './api-error-message'

/**
 * The identifier step wired to `POST /api/auth/identify`. The login machine replaces this
 * wiring; the screen itself stays as it is.
 */
export function LoginPage() {
  const lookup = useMutation({
    mutationFn: (identifier: string) => apiClient.call('identify', { body: { identifier } }),
  })

  const notice = lookup.data
    ? lookup.data.passkey
      ? copy.lookup.passkey(lookup.data.identifier)
      : copy.lookup.password(lookup.data.identifier)
    : undefined

  return (
    <IdentifierScreen
      submitting={lookup.isPending}
      error={lookup.isError ? apiErrorMessage(lookup.error) : undefined}
      notice={notice}
      onSubmit={(identifier) => {
        lookup.mutate(identifier)
      }}
    />
  )
}
