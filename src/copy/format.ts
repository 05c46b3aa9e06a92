/**
 * What the compiled catalogs (`./generated`, from `src/locales/*.json`) call at run time: the
 * locale's plural rules and number format, made once per locale, and ICU's select.
 */
const pluralRules = new Map<string, Intl.PluralRules>()
const numberFormats = new Map<string, Intl.NumberFormat>()

function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let made = cache.get(locale)
  if (!made) {
    made = make()
    cache.set(locale, made)
  }
  return made
}

/** ICU plural: the form the locale's rules pick for `count` (Arabic has six), else `other`. */
export function plural(
  locale: string,
  count: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const rule = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count)
  return forms[rule] ?? forms.other
}

/** ICU select: the branch named by `value`, else `other`. */
export function select(value: string, forms: Record<string, string> & { other: string }): string {
  return forms[value] ?? forms.other
}

/** A number as the locale writes it (Arabic digits in Arabic). */
export function num(locale: string, value: number): string {
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value)
}
