/**
 * The words of the steps after the first screens: password, lockout, the one-time code, the
 * passkey just made, and "Confirm it's you". Kept apart from `./en` so they travel with the
 * screens that use them, in the chunk that loads after the first screen. Compiled from the
 * `steps` part of `src/locales/en.json`.
 */
export { messages as stepsCopy } from './generated/steps.en'
export type { StepsMessages } from './generated/steps.en'
