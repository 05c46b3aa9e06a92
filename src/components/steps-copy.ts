/**
 * The later steps' words (password, code, the passkey just made, "Confirm it's you"). English
 * comes with the screens that use it, in their chunk; another locale's load once, when first
 * needed (or on idle, once the later screens are here: see the login flow).
 */
import { loadMessages, provideMessages, registerLoaders, type Locale } from '../copy/catalogs'
import { messages } from '../copy/generated/steps.en'
import { useMessages } from './locale'

provideMessages('en', 'steps', messages)
registerLoaders('steps', {
  de: () => import('../copy/generated/steps.de'),
  ar: () => import('../copy/generated/steps.ar'),
})

export function useStepsCopy() {
  return useMessages('steps')
}

/** Fetches the locale's later-step words ahead (calling it also keeps this module's loaders). */
export function preloadStepsCopy(locale: Locale) {
  return loadMessages(locale, 'steps')
}
