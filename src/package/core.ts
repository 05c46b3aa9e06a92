/**
 * `passkey-login`: the headless core. No React: the machines, the factory that builds a ready
 * login machine, the selectors that turn a snapshot into a view, the policy, the API client, the
 * WebAuthn adapter and device detection. The contract's schemas are `passkey-login/contract`
 * (its types are here): they load after the first screen, so they have their own entry.
 *
 * The public API is what this file exports; `npm run build:lib` records it in api/*.api.md.
 */

// The login flow
export { loginMachine, unknownDevice } from '../machines/login/login.machine'
export type { LoginMachine, GetPasskeyInput } from '../machines/login/login.machine'
export { createLoginMachine } from '../machines/login/login.actors'
export type { FlowActors, FlowOptions, LoginMachineOptions } from '../machines/login/login.actors'
export { loginImplementations, LAST_ACCOUNT_KEY } from '../machines/login/login.actors'
export type {
  EnvironmentOutput,
  LoginContext,
  LoginEvent,
  LoginInput,
  LoginNotice,
  LoginOutput,
  PasskeyNames,
} from '../machines/login/login.types'
export { selectLoginView } from '../machines/login/login.selectors'
export type { LoginSnapshot, LoginView, PasskeyLoginPhase } from '../machines/login/login.selectors'
export {
  LOGIN_SNAPSHOT_KEY,
  clearLoginFlow,
  hasSavedLoginFlow,
} from '../machines/login/login.saved-flow'
export { observeFlow } from '../machines/observe-flow'
export { observeFunnel } from '../machines/funnel'
export type { FunnelEvent, FunnelEventType } from '../machines/funnel'

// The steps: one-time code, passkey append ("Add a passkey" too), step-up
export { codeMachine, DEFAULT_RESEND_COOLDOWN_SECONDS } from '../machines/code/code.machine'
export type * from '../machines/code/code.types'
export type { CodeMachine } from '../machines/code/code.machine'
export { codeActors } from '../machines/code/code.actors'
export { selectCodeView } from '../machines/code/code.selectors'
export type { CodeEntryPhase, CodeEntryView, CodeView } from '../machines/code/code.selectors'
export { appendMachine } from '../machines/append/append.machine'
export type {
  AppendContext,
  AppendEvent,
  AppendInput,
  AppendMachine,
  AppendOutcome,
  AppendOutput,
} from '../machines/append/append.machine'
export { appendActors } from '../machines/append/append.actors'
export { selectAppendView } from '../machines/append/append.selectors'
export type { AppendPhase, AppendSnapshot, AppendView } from '../machines/append/append.selectors'
export { stepUpMachine } from '../machines/step-up/step-up.machine'
export type {
  StepUpContext,
  StepUpEvent,
  StepUpInput,
  StepUpMachine,
  StepUpOutput,
} from '../machines/step-up/step-up.machine'
export { stepUp, stepUpActors } from '../machines/step-up/step-up.actors'
export type { StepUpOptions } from '../machines/step-up/step-up.actors'
export { selectStepUpView } from '../machines/step-up/step-up.selectors'
export type { StepUpPhase, StepUpView } from '../machines/step-up/step-up.selectors'

// Policy and the problems a screen shows
export {
  CANCELS_BEFORE_SUGGESTING_ANOTHER_WAY,
  appendWanted,
  canSkipAppend,
  defaultPolicy,
  policyFromQuery,
  startsPasskeyAutomatically,
  suggestsAnotherWay,
} from '../machines/policy'
export type { Policy } from '../machines/policy'
export { isRejection, toRemoteProblem } from '../machines/remote-problem'
export type { RemoteProblem } from '../machines/remote-problem'

// The API client (types of the contract; its schemas are `passkey-login/contract`)
export { ApiError, createApiClient, createClientFor, isApiError } from '../api/http'
export type { ApiClient, ApiClientOptions, ApiFailure, CallInput } from '../api/http'
export { isContractLoaded, loadContract, loadedContract } from '../api/contract-loader'
export type { ContractModule } from '../api/contract-loader'
export type {
  AuthenticationResponse,
  CodeChannel,
  CodeSent,
  CreationOptionsJSON,
  EndpointName,
  Endpoints,
  ErrorBody,
  ErrorCode,
  Passkey,
  PendingLogin,
  RegistrationResponse,
  RequestBody,
  RequestOptionsJSON,
  ResponseBody,
  Session,
  Transport,
  User,
} from '../api/contract'

// WebAuthn and the device
export { createCeremonies, createPasskey, getPasskey } from '../webauthn/ceremonies'
export type {
  Ceremonies,
  CeremonyLibrary,
  CeremonyOptions,
  GetPasskeyOptions,
} from '../webauthn/ceremonies'
export { CeremonyError, ceremonyFailure, errorNameOf } from '../webauthn/errors'
export type { CeremonyContext, CeremonyFailure } from '../webauthn/errors'
export {
  createSignals,
  signalAcceptedCredentials,
  signalUnknownCredential,
} from '../webauthn/signals'
export type { SignalLibrary, SignalMethod, Signals } from '../webauthn/signals'
export {
  biometricByPlatform,
  describeDevice,
  detectCapabilities,
  noCapabilities,
} from '../webauthn/capabilities'
export type { BiometricKey, Capabilities, DeviceProfile } from '../webauthn/capabilities'
export { detectDevice } from '../webauthn/detect-device'
export type { DetectDevice } from '../webauthn/detect-device'
export { currentUserAgent, detectPlatform } from '../webauthn/platform'
export type { Platform, UserAgentInput } from '../webauthn/platform'
export { forgetPasskeyHere, passkeysHere, rememberPasskeyHere } from '../webauthn/passkeys-here'
export { providerOf } from '../webauthn/provider'
export type { Provider } from '../webauthn/provider'

// Web storage that never throws (blocked storage, private mode): the flow and the last account
export { readItem, readJson, webStorage, writeItem } from '../storage/web-storage'
export type { StorageArea } from '../storage/web-storage'

// Languages: the locales we speak, and which of a browser's languages to use
export { directionOf, locales, matchLocale, preloadLocale } from '../copy/catalogs'
export type { Catalog, Locale } from '../copy/catalogs'
export type { MessageOverrides, PartialMessages } from '../copy/overrides'
export type { LoginMessages } from '../copy/en'
export type { StepsMessages } from '../copy/steps'
export type { DashboardMessages } from '../copy/dashboard'
