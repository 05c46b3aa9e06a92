/**
 * The locales and their catalogs, part by part: `login` (the first screens, in the first chunk
 * for English), `steps` (the later steps) and `dashboard`. Only the active locale's parts load,
 * each once; English's login part is here already, so an English page never waits for words.
 * Screens read them through `components/locale.tsx`.
 */
import type { DashboardMessages } from './generated/dashboard.en'
import { messages as englishLogin, type LoginMessages } from './generated/login.en'
import type { StepsMessages } from './generated/steps.en'

export const locales = ['en', 'de', 'ar'] as const
export type Locale = (typeof locales)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export interface Catalog {
  login: LoginMessages
  steps: StepsMessages
  dashboard: DashboardMessages
}
export type CatalogPart = keyof Catalog

/** The first of `wanted` (BCP 47 tags, most wanted first) that we speak, by language; else English. */
export function matchLocale(wanted: readonly string[]): Locale {
  for (const tag of wanted) {
    const language = tag.toLowerCase().split('-')[0]
    const found = locales.find((locale) => locale === language)
    if (found) return found
  }
  return DEFAULT_LOCALE
}

/** Arabic reads right to left. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr'
}

type Loader<P extends CatalogPart> = () => Promise<{ messages: Catalog[P] }>
// English is never fetched: each of its parts is provided by the module that imports it.
type Loaders<P extends CatalogPart> = Record<Exclude<Locale, 'en'>, Loader<P>>

// The first screens' parts, spelled out so each locale's is a chunk that only it fetches. The
// later parts' loaders come with the code that needs them (`registerLoaders`), so the first
// chunk does not carry them.
const loaders: { [P in CatalogPart]?: Loaders<P> } = {
  login: {
    de: () => import('./generated/login.de'),
    ar: () => import('./generated/login.ar'),
  },
}

/** How to fetch a later part in each locale (its module registers them when it loads). */
export function registerLoaders<P extends CatalogPart>(part: P, partLoaders: Loaders<P>): void {
  ;(loaders as Record<P, Loaders<P>>)[part] = partLoaders // keyed by its own part
}

/** A part's messages on their way; `value` is set once they are here, to read them at once. */
export type Loading<T> = Promise<T> & { value?: T }

/** Each part's messages, made once per locale. */
const cache = new Map<string, Loading<unknown>>()

/**
 * Marks a part as here: a module that imports a part statically (English's later steps, in the
 * chunk of the screens that use them) provides it, so those screens never wait for it.
 */
export function provideMessages<P extends CatalogPart>(
  locale: Locale,
  part: P,
  messages: Catalog[P],
): void {
  cache.set(`${part}.${locale}`, Object.assign(Promise.resolve(messages), { value: messages }))
}

provideMessages('en', 'login', englishLogin)

/** The part's messages: fetched once per locale, the same promise for every caller. */
export function loadMessages<P extends CatalogPart>(locale: Locale, part: P): Loading<Catalog[P]> {
  const key = `${part}.${locale}`
  let promise = cache.get(key)
  if (!promise) {
    const load = locale === 'en' ? undefined : loaders[part]?.[locale]
    const loading: Loading<unknown> = load
      ? load().then(({ messages }) => (loading.value = messages))
      : Promise.reject(new Error(key))
    // A failed fetch (offline) is tried again by the next caller.
    loading.catch(() => cache.delete(key))
    cache.set(key, (promise = loading))
  }
  return promise as Loading<Catalog[P]> // stored under its own part's key
}

/** Fetches a locale's first words ahead of the first render, so the page never waits on them. */
export function preloadLocale(locale: Locale): Promise<unknown> {
  return loadMessages(locale, 'login')
}
