/**
 * `passkey-login/react`: the flows as React components, the hooks that run a machine for a host
 * that draws its own screens, and the screens themselves (props in, callbacks out) for custom
 * composition. React Query is needed only by the passkey queries (`passkeysQuery`, ...).
 *
 * The public API is what this file exports; `npm run build:lib` records it in api/*.api.md.
 */

// The tokens, first in the package's styles.css (the build gathers every component's CSS after them)
import './tokens.css'

// The flows
export { LoginFlow as PasskeyLogin } from '../flow/login-flow'
export type { LoginFlowProps as PasskeyLoginProps } from '../flow/login-flow'
export { AddPasskeyFlow as AddPasskey } from '../flow/add-passkey-flow'
export type { AddPasskeyFlowProps as AddPasskeyProps } from '../flow/add-passkey-flow'
export { StepUpFlow as StepUp } from '../flow/step-up-flow'
export { PasskeyManager } from '../flow/passkey-manager'
export { useStepUp } from '../flow/use-step-up'
export type { UseStepUpOptions } from '../flow/use-step-up'
export type { PasskeyManagerProps } from '../flow/passkey-manager'
export type { StepUpFlowProps as StepUpProps } from '../flow/step-up-flow'

export type { Theme } from '../components/themed'

// Hooks: run a machine across StrictMode's remounts and read its snapshot
export { createLiveActor, useLiveActor, useLiveSnapshot } from '../flow/use-live-actor'
export type { LiveActor, LiveActorHooks } from '../flow/use-live-actor'
export { useContractWhen } from '../flow/use-contract'
export type { OnFunnelEvent } from '../flow/use-funnel'
export { whenIdle } from '../flow/idle'
export { ceremonyMessage, errorMessage, noticeMessage, problemMessage } from '../flow/messages'

// Server data for the passkey list and the session (TanStack Query options)
export {
  deletePasskeyMutation,
  isPasskeyTarget,
  passkeyKeys,
  passkeysQuery,
  renamePasskeyMutation,
} from '../queries/passkeys'
export type {
  DeletePasskeyVariables,
  PasskeyTarget,
  RenamePasskeyVariables,
} from '../queries/passkeys'
export {
  logoutEverywhereMutation,
  logoutMutation,
  sessionKeys,
  sessionQuery,
} from '../queries/session'

// The screens
export { AppErrorScreen } from '../screens/app-error/app-error-screen'
export type { AppErrorScreenProps } from '../screens/app-error/app-error-screen'
export { AppendDoneScreen } from '../screens/append-done/append-done-screen'
export type { AppendDoneScreenProps } from '../screens/append-done/append-done-screen'
export { AppendOfferScreen } from '../screens/append-offer/append-offer-screen'
export type { AppendOfferScreenProps } from '../screens/append-offer/append-offer-screen'
export { CodeChannelScreen } from '../screens/code-channel/code-channel-screen'
export type { CodeChannelScreenProps } from '../screens/code-channel/code-channel-screen'
export { CodeEntryScreen } from '../screens/code-entry/code-entry-screen'
export type { CodeEntryScreenProps } from '../screens/code-entry/code-entry-screen'
export { DashboardScreen } from '../screens/dashboard/dashboard-screen'
export type {
  DashboardPasskey,
  DashboardScreenProps,
  PasskeyListState,
} from '../screens/dashboard/dashboard-screen'
export { IdentifierScreen } from '../screens/identifier/identifier-screen'
export type { IdentifierScreenProps } from '../screens/identifier/identifier-screen'
export { LockedScreen } from '../screens/locked/locked-screen'
export type { LockedScreenProps } from '../screens/locked/locked-screen'
export { PasskeyLoginScreen } from '../screens/passkey-login/passkey-login-screen'
export type { PasskeyLoginScreenProps } from '../screens/passkey-login/passkey-login-screen'
export { PasswordScreen } from '../screens/password/password-screen'
export type { PasswordScreenProps } from '../screens/password/password-screen'
export { ReturningUserScreen } from '../screens/returning-user/returning-user-screen'
export type { ReturningUserScreenProps } from '../screens/returning-user/returning-user-screen'
export { StartingScreen } from '../screens/starting/starting-screen'
export { StepUpChoice, StepUpDialog } from '../screens/step-up/step-up-dialog'
export type { StepUpChoiceProps, StepUpDialogProps } from '../screens/step-up/step-up-dialog'

// The language: a provider for a subtree, and the words of the active locale for your own screens
export { LocaleProvider, useCopy, useLocale } from '../components/locale'
export type { LocaleProviderProps } from '../components/locale'
export { useStepsCopy } from '../components/steps-copy'
export { useDashboardCopy } from '../components/dashboard-copy'
