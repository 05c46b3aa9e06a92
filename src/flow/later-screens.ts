/**
 * The sign-in screens after the first ones: the password (it follows the account lookup), the
 * lockout, the one-time code (with input-otp) and the passkey offer. One chunk, fetched on idle
 * by `laterScreens.preload()` (see login-flow.tsx). The first screens (identifier, returning
 * user, the passkey prompt a tap on them opens) stay in the page's own chunk.
 */
export { AppendDoneScreen } from '../screens/append-done/append-done-screen'
export { AppendOfferScreen } from '../screens/append-offer/append-offer-screen'
export { CodeChannelScreen } from '../screens/code-channel/code-channel-screen'
export { CodeEntryScreen } from '../screens/code-entry/code-entry-screen'
export { LockedScreen } from '../screens/locked/locked-screen'
export { PasswordScreen } from '../screens/password/password-screen'
