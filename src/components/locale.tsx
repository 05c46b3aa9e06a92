/**
 * The language the flow speaks: the host's `locale` (a prop, or a `LocaleProvider` around it),
 * else the browser's first language we speak, else English. Screens read their words with
 * `useCopy()` (the first screens), `useStepsCopy()` and `useDashboardCopy()`; a part not loaded
 * yet suspends the screen until it is (English's first part never waits).
 */
import { createContext, use, useContext, type ReactNode } from 'react'
import {
  directionOf,
  loadMessages,
  matchLocale,
  type Catalog,
  type CatalogPart,
  type Locale,
} from '../copy/catalogs'
import styles from './locale.module.css'

const LocaleContext = createContext<Locale | null>(null)

/** The browser's languages, most wanted first, matched against ours. */
export function browserLocale(): Locale {
  return matchLocale(typeof navigator === 'undefined' ? [] : navigator.languages)
}

/**
 * Speaks `locale` inside: its words, and its `lang` and `dir` on a box that adds nothing to the
 * layout (`display: contents`), so Arabic reads right to left within a left-to-right page.
 */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <LocaleContext value={locale}>
      <div lang={locale} dir={directionOf(locale)} className={styles.locale}>
        {children}
      </div>
    </LocaleContext>
  )
}

/** Wraps `children` in `locale` when the host chose one; else they follow any provider above. */
export function Localized({
  locale,
  children,
}: {
  locale?: Locale | undefined
  children: ReactNode
}) {
  return locale ? <LocaleProvider locale={locale}>{children}</LocaleProvider> : children
}

export function useLocale(): Locale {
  return useContext(LocaleContext) ?? browserLocale()
}

/** One part of the active locale's catalog; suspends while it loads. */
export function useMessages<P extends CatalogPart>(part: P): Catalog[P] {
  const locale = useLocale()
  const messages = loadMessages(locale, part)
  return messages.value ?? use(messages)
}

/** The first screens' words (and the errors, the platforms' names). */
export function useCopy(): Catalog['login'] {
  return useMessages('login')
}
