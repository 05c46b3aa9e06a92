/**
 * The dashboard wired to the API (J9): the session and passkey list from TanStack Query, rename
 * and delete as mutations, and the "Add a passkey" step rendered by the flow in the screen's slot.
 */
import { useMutation, useMutationState, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState, type ReactNode } from 'react'
import type { Passkey, Session } from '../api/contract'
import { isApiError, type ApiClient } from '../api/http'
import { useCopy } from '../components/locale'
import { useStepsCopy } from '../components/steps-copy'
import type { StepUpOutput } from '../machines/step-up/step-up.machine'
import {
  deletePasskeyMutation,
  isPasskeyTarget,
  passkeyKeys,
  passkeysQuery,
  renamePasskeyMutation,
} from '../queries/passkeys'
import {
  logoutEverywhereMutation,
  logoutMutation,
  sessionKeys,
  sessionQuery,
} from '../queries/session'
import {
  type DashboardPasskey,
  DashboardScreen,
  type PasskeyListState,
} from '../screens/dashboard/dashboard-screen'
import { forgetPasskeyHere, passkeysHere } from '../webauthn/passkeys-here'
import { providerOf } from '../webauthn/provider'
import { signalAcceptedCredentials } from '../webauthn/signals'
import { errorMessage } from './messages'

export interface DashboardPageProps {
  session: Session
  /** Called once the user signed out (also when the logout call failed). */
  onSignedOut: () => void
  /** Called when the backend no longer accepts the session (expired or revoked). */
  onSessionEnded: () => void
  /**
   * Renders the "Add a passkey" step; it calls `done` when finished, whatever the outcome, and
   * `reauthRequired` when the backend wants "Confirm it's you" first.
   */
  renderAddPasskey: (done: () => void, reauthRequired: () => void) => ReactNode
  /** Renders "Confirm it's you" for `action`; it calls `done` with the step-up's outcome. */
  renderStepUp: (action: PendingChange['action'], done: (result: StepUpOutput) => void) => ReactNode
  /** A step-up answered a fresh session: keep it in place of the old one (which has ended). */
  onSessionRenewed: (session: Session) => void
  /**
   * Credential ids known to live on this device, for the "This device" badge (by default the ones
   * this browser made or used with its own authenticator).
   */
  thisDeviceIds?: readonly string[]
  /** The API client for the list, its changes and sign-out (default: this origin's). */
  api?: ApiClient | undefined
  /** False where this browser cannot create a passkey: the page says so instead of offering it. */
  canAddPasskey?: boolean | undefined
}

/** A change that waits for "Confirm it's you", to be made once it is confirmed. */
export type PendingChange =
  | { action: 'passkey.add' }
  | { action: 'passkey.delete'; id: string }
  | { action: 'sessions.revoke' }

// Module level, so the query's `select` result stays memoised between renders.
const withProviders = (passkeys: Passkey[]): DashboardPasskey[] =>
  passkeys.map((passkey) => ({ ...passkey, providerName: providerOf(passkey.aaguid).name }))

export function DashboardPage({
  session,
  onSignedOut,
  onSessionEnded,
  renderAddPasskey,
  renderStepUp,
  onSessionRenewed,
  thisDeviceIds,
  api,
  canAddPasskey,
}: DashboardPageProps) {
  const { token } = session
  const copy = useCopy()
  const stepsCopy = useStepsCopy()
  const declined = stepsCopy.stepUp.declined
  const queryClient = useQueryClient()
  const list = passkeysQuery(token, api)

  const sessionInfo = useQuery(sessionQuery(token, api))
  const user = sessionInfo.data?.user ?? session.user
  const passkeys = useQuery({ ...list, select: withProviders })

  // Whenever the server's list arrives (after sign-in, after a delete, on a refetch), tell the
  // password manager which passkeys the account still has. Never awaited: a browser without the
  // Signal API ignores it, and one whose promise never settles (seen in Safari 26) holds nothing.
  const accepted = passkeys.data
  useEffect(() => {
    if (!accepted) return
    const ids = accepted.map((passkey) => passkey.id)
    void signalAcceptedCredentials(location.hostname, session.user.id, ids)
  }, [accepted, session.user.id])

  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const setError = (id: string, message: string | undefined) => {
    setErrors((previous) => ({ ...previous, [id]: message }))
  }
  const refreshPasskeys = () => queryClient.invalidateQueries({ queryKey: passkeyKeys.all })

  const rename = useMutation({
    ...renamePasskeyMutation(token, api),
    onMutate: ({ id }) => {
      setError(id, undefined)
    },
    onSuccess: (renamed) => {
      // Show the new name at once; the refetch below confirms it.
      queryClient.setQueryData(list.queryKey, (current) =>
        current?.map((passkey) => (passkey.id === renamed.id ? renamed : passkey)),
      )
    },
    onError: (error, { id }) => {
      setError(id, errorMessage(copy, error))
    },
    onSettled: refreshPasskeys,
  })

  const remove = useMutation({
    ...deletePasskeyMutation(token, api),
    onMutate: ({ id }) => {
      setError(id, undefined)
    },
    onSuccess: (remaining, { id }) => {
      queryClient.setQueryData(list.queryKey, remaining)
      forgetPasskeyHere(id)
    },
    onError: (error, { id }) => {
      // A session alone may not delete a passkey: confirm it is the user, then delete.
      if (isApiError(error) && error.code === 'reauth_required') {
        setConfirming({ action: 'passkey.delete', id })
      } else {
        setError(id, errorMessage(copy, error))
      }
    },
    onSettled: refreshPasskeys,
  })

  const [adding, setAdding] = useState(false)
  // "Confirm it's you": the change waiting for it, made once it is confirmed, with the fresh
  // session (the old token ended with the step-up).
  const [confirming, setConfirming] = useState<PendingChange | null>(null)
  const [addError, setAddError] = useState<string>()
  const [signOutEverywhereError, setSignOutEverywhereError] = useState<string>()
  const { mutate: deletePasskey } = remove

  // Settled, not succeeded: a failed logout (offline, session already gone) must not trap the
  // user on the dashboard. The session's data goes with it.
  const signOut = () => {
    onSignedOut()
    queryClient.removeQueries({ queryKey: sessionKeys.all })
    queryClient.removeQueries({ queryKey: passkeyKeys.all })
  }
  const logout = useMutation({ ...logoutMutation(token, api), onSettled: signOut })
  const logoutEverywhere = useMutation({
    ...logoutEverywhereMutation(token, api),
    onMutate: () => {
      setSignOutEverywhereError(undefined)
    },
    onSuccess: signOut,
    // An old sign-in may not end every session: confirm it is the user, then sign out. Any other
    // failure signs out here all the same, as a logout does.
    onError: (error) => {
      if (isApiError(error) && error.code === 'reauth_required') {
        setConfirming({ action: 'sessions.revoke' })
      } else {
        signOut()
      }
    },
  })
  const { mutate: signOutEverywhere } = logoutEverywhere

  const finishStepUp = useCallback(
    (result: StepUpOutput) => {
      const change = confirming
      setConfirming(null)
      if (!change) return
      if (result.kind === 'sessionEnded') {
        onSessionEnded()
        return
      }
      const renewedToken = result.kind === 'verified' ? result.session.token : undefined
      if (result.kind === 'verified') onSessionRenewed(result.session)
      switch (change.action) {
        case 'passkey.delete':
          if (renewedToken) deletePasskey({ id: change.id, renewedToken })
          else setError(change.id, declined)
          break
        case 'passkey.add':
          if (renewedToken) setAdding(true)
          else setAddError(declined)
          break
        case 'sessions.revoke':
          if (renewedToken) signOutEverywhere({ renewedToken })
          else setSignOutEverywhereError(declined)
          break
      }
    },
    [confirming, onSessionRenewed, onSessionEnded, deletePasskey, signOutEverywhere, declined],
  )

  // A session the backend has forgotten cannot be retried into working: go and sign in again.
  const sessionEnded = [sessionInfo.error, passkeys.error, rename.error, remove.error].some(
    (error) => isApiError(error) && error.code === 'unauthorized',
  )
  useEffect(() => {
    if (sessionEnded) onSessionEnded()
  }, [sessionEnded, onSessionEnded])

  // Every pending rename or delete, not just the latest of each kind.
  const busyIds = useMutationState({
    filters: { mutationKey: passkeyKeys.all, status: 'pending' },
    select: (mutation) => mutation.state.variables,
  })
    .filter(isPasskeyTarget)
    .map((target) => target.id)

  const finishAdding = useCallback(() => {
    setAdding(false)
    void queryClient.invalidateQueries({ queryKey: passkeyKeys.all })
  }, [queryClient, setAdding])
  const confirmBeforeAdding = useCallback(() => {
    setAdding(false)
    setConfirming({ action: 'passkey.add' })
  }, [])

  const listState: PasskeyListState = passkeys.data
    ? 'ready'
    : passkeys.isError
      ? 'error'
      : 'loading'

  return (
    <DashboardScreen
      user={user}
      passkeys={passkeys.data ?? []}
      listState={listState}
      listError={passkeys.isError ? errorMessage(copy, passkeys.error) : undefined}
      thisDeviceIds={thisDeviceIds ?? passkeysHere()}
      busyIds={busyIds}
      errors={errors}
      signingOut={logout.isPending || logoutEverywhere.isPending}
      addPasskeySlot={
        adding ? (renderAddPasskey(finishAdding, confirmBeforeAdding) ?? null) : undefined
      }
      addError={addError}
      cannotAdd={canAddPasskey === false}
      signOutEverywhereError={signOutEverywhereError}
      stepUpSlot={confirming ? renderStepUp(confirming.action, finishStepUp) : undefined}
      onRename={(id, name) => rename.mutateAsync({ id, name })}
      onDelete={(id) => {
        remove.mutate({ id })
      }}
      onAddPasskey={() => {
        setAddError(undefined)
        setAdding(true)
      }}
      onSignOut={() => {
        logout.mutate()
      }}
      onSignOutEverywhere={() => {
        logoutEverywhere.mutate({})
      }}
      onRetry={() => {
        void passkeys.refetch()
      }}
    />
  )
}
