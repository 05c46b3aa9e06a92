/**
 * The later steps' words (password, code, the passkey just made, "Confirm it's you"). English
 * comes with the screens that use it, in their chunk; another locale's load once, when first
 * needed (or on idle, once the later screens are here: see the login flow).
 */
import { provideMessages, registerLoaders } from '../copy/catalogs'
import { messages } from '../copy/generated/steps.en'
import { useMessages } from './locale'

provideMessages('en', 'steps', messages)
registerLoaders('steps', {
  en: () => Promise.resolve({ messages }),
  de: () => import('../copy/generated/steps.de'),
  ar: () => import('../copy/generated/steps.ar'),
})

export function useStepsCopy() {
  return useMessages('steps')
}
