/**
 * The language the flow speaks: the host's `locale` (a prop, or a `LocaleProvider` around it),
 * else the browser's first language we speak, else English. Screens read their words with
 * `useCopy()` (the first screens), `useStepsCopy()` and `useDashboardCopy()`; a part not loaded
 * yet suspends the screen until it is (English's first part never waits).
 */
import { createContext, use, useContext, useMemo, type ReactNode } from 'react'
import {
  directionOf,
  loadMessages,
  matchLocale,
  type Catalog,
  type CatalogPart,
  type Locale,
} from '../copy/catalogs'
import { withOverrides, type MessageOverrides } from '../copy/overrides'
import styles from './locale.module.css'

interface Language {
  locale: Locale
  /** The host's own words over ours, if any. */
  messages?: MessageOverrides | undefined
}

const LocaleContext = createContext<Language | null>(null)

/** The browser's languages, most wanted first, matched against ours. */
export function browserLocale(): Locale {
  return matchLocale(typeof navigator === 'undefined' ? [] : navigator.languages)
}

export interface LocaleProviderProps {
  /** The language; by default a provider's above, else the browser's first we speak, else English. */
  locale?: Locale | undefined
  /**
   * Your own words over ours, per locale (`{ en: { login: { product: 'Contoso' } } }`), laid
   * over a provider's above. Keep the object stable (a constant, or memoised): a new one each
   * render makes every screen's words anew.
   */
  messages?: MessageOverrides | undefined
  children: ReactNode
}

/**
 * Speaks `locale` inside, with the host's `messages` over ours: its words, and its `lang` and
 * `dir` on a box that adds nothing to the layout (`display: contents`), so Arabic reads right to
 * left within a left-to-right page. What it leaves out comes from a provider above.
 */
export function LocaleProvider({ locale, messages, children }: LocaleProviderProps) {
  const above = useContext(LocaleContext)
  const chosen = locale ?? above?.locale ?? browserLocale()
  const outer = above?.messages
  const overrides = useMemo(
    () => (messages && outer ? withOverrides(outer, messages) : (messages ?? outer)),
    [messages, outer],
  )
  const language = useMemo(() => ({ locale: chosen, messages: overrides }), [chosen, overrides])
  return (
    <LocaleContext value={language}>
      <div lang={chosen} dir={directionOf(chosen)} className={styles.locale}>
        {children}
      </div>
    </LocaleContext>
  )
}

export function useLocale(): Locale {
  return useContext(LocaleContext)?.locale ?? browserLocale()
}

/** One part of the active locale's catalog, with the host's words over it; suspends while it loads. */
export function useMessages<P extends CatalogPart>(part: P): Catalog[P] {
  const language = useContext(LocaleContext)
  const locale = language?.locale ?? browserLocale()
  const loading = loadMessages(locale, part)
  const ours = loading.value ?? use(loading)
  const overrides = language?.messages?.[locale]?.[part]
  return useMemo(() => withOverrides(ours, overrides), [ours, overrides])
}

/** The first screens' words (and the errors, the platforms' names). */
export function useCopy(): Catalog['login'] {
  return useMessages('login')
}
