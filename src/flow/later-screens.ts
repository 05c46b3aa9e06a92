/**
 * The sign-in screens after the first ones: the one-time code (with input-otp) and the passkey
 * offer. One chunk, fetched on idle by `laterScreens.preload()` (see login-flow.tsx).
 */
export { AppendDoneScreen } from '../screens/append-done/append-done-screen'
export { AppendOfferScreen } from '../screens/append-offer/append-offer-screen'
export { CodeChannelScreen } from '../screens/code-channel/code-channel-screen'
export { CodeEntryScreen } from '../screens/code-entry/code-entry-screen'
