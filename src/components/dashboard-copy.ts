/** The dashboard's words; English comes with the dashboard's chunk, another locale's load once. */
import { loadMessages, provideMessages, registerLoaders, type Locale } from '../copy/catalogs'
import { messages } from '../copy/generated/dashboard.en'
import { useMessages } from './locale'

provideMessages('en', 'dashboard', messages)
registerLoaders('dashboard', {
  de: () => import('../copy/generated/dashboard.de'),
  ar: () => import('../copy/generated/dashboard.ar'),
})

export function useDashboardCopy() {
  return useMessages('dashboard')
}

/** Fetches the locale's dashboard words ahead (calling it also keeps this module's loaders). */
export function preloadDashboardCopy(locale: Locale) {
  return loadMessages(locale, 'dashboard')
}
