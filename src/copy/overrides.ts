/**
 * A host's own words over ours: any message of any part, per locale, e.g. its product's name
 * (`login.product`) or a friendlier heading. The same catalogs the locales are, overridden
 * entry by entry; whatever the host leaves out stays ours.
 */
import type { Catalog, Locale } from './catalogs'

/** Some of `T`'s messages: any subtree, any entry (a message with arguments is a function). */
export type PartialMessages<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => string ? T[K] : PartialMessages<T[K]>
}

/** A host's messages per locale: `{ en: { login: { product: 'Contoso' } } }`. */
export type MessageOverrides = Partial<Record<Locale, PartialMessages<Catalog>>>

/** `messages` with `overrides` laid over them, entry by entry. */
export function withOverrides<T extends object>(messages: T, overrides?: PartialMessages<T>): T {
  if (!overrides) return messages
  const merged: Record<string, unknown> = { ...(messages as Record<string, unknown>) }
  for (const [key, override] of Object.entries(overrides as Record<string, unknown>)) {
    if (override === undefined) continue // an unset option of the host's: ours stays
    const ours = merged[key]
    merged[key] =
      typeof ours === 'object' && ours !== null && typeof override === 'object' && override !== null
        ? withOverrides(ours, override)
        : override
  }
  return merged as T // every key of T is still there; overridden entries have T's types
}
