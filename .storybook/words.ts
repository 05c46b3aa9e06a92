/**
 * The plays' words in the story's language. Plays are written in English, so they read as the
 * journey they walk (`press(canvas, 'Create passkey')`); `say` turns each into the same catalog
 * entry in the language the toolbar (or the test project) picked, so every play runs in every
 * locale. Words with arguments come from `storyCopy()`, by their key.
 *
 * The language loader (annotations.tsx) sets the locale and has every part loaded before the
 * story renders, so both read the catalogs synchronously.
 */
import { loadMessages, type Catalog, type Locale } from '../src/copy/catalogs'

let storyLocale: Locale = 'en'

export function setStoryLocale(locale: Locale): void {
  storyLocale = locale
}

function catalogOf(locale: Locale): Catalog {
  const part = <P extends keyof Catalog>(name: P): Catalog[P] => {
    const messages = loadMessages(locale, name).value
    if (!messages) throw new Error(`${name}.${locale} is not loaded: the story's loader loads it`)
    return messages
  }
  return { login: part('login'), steps: part('steps'), dashboard: part('dashboard') }
}

/** The story's language's catalog, all of it. */
export function storyCopy(): Catalog {
  return catalogOf(storyLocale)
}

/** Every plain message (no arguments) by its path, `steps.offer.create`, per locale. */
const plainByLocale = new Map<Locale, Map<string, string>>()

function plainMessages(locale: Locale): Map<string, string> {
  let found = plainByLocale.get(locale)
  if (!found) plainByLocale.set(locale, (found = flatten(catalogOf(locale))))
  return found
}

function flatten(tree: object, path = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') into.set(path + key, value)
    else if (value && typeof value === 'object') flatten(value as object, `${path}${key}.`, into)
  }
  return into
}

/** `english`'s translations, one per catalog entry that says it ([] when none does). */
function translationsOf(english: string): {
  paths: string[]
  translations: Set<string | undefined>
} {
  const paths = [...plainMessages('en')]
    .filter(([, text]) => text === english)
    .map(([path]) => path)
  const messages = plainMessages(storyLocale)
  return { paths, translations: new Set(paths.map((path) => messages.get(path))) }
}

/**
 * `english`, one of our English messages word for word, in the story's language. A message that
 * is not in the English catalog, or one English wording the language says in two ways, throws:
 * then the play takes the words from `storyCopy()` by key.
 */
export function say(english: string): string {
  if (storyLocale === 'en') return english
  const { paths, translations } = translationsOf(english)
  if (paths.length === 0) throw new Error(`"${english}" is not an English message of ours`)
  if (translations.size > 1) {
    throw new Error(`"${english}" is ${paths.join(', ')}, said differently in ${storyLocale}`)
  }
  const [translation] = translations
  if (translation === undefined)
    throw new Error(`${paths.join(', ')} has no ${storyLocale} message`)
  return translation
}

/**
 * A story's args in its language: each string arg (or record of them, as a screen's `errors`)
 * that is one of our English messages word for word; anything else (names, data) as it is.
 */
export function argsInStoryLanguage(args: Record<string, unknown>): Record<string, unknown> {
  if (storyLocale === 'en') return args
  const inLanguage = (text: string) => {
    const { translations } = translationsOf(text)
    const [only] = translations
    return translations.size === 1 && only !== undefined ? only : text
  }
  const translate = (value: unknown): unknown => {
    if (typeof value === 'string') return inLanguage(value)
    if (isRecordOfStrings(value)) {
      return Object.fromEntries(Object.entries(value).map(([key, text]) => [key, inLanguage(text)]))
    }
    return value
  }
  return Object.fromEntries(Object.entries(args).map(([name, value]) => [name, translate(value)]))
}

function isRecordOfStrings(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.values(value).every((entry) => typeof entry === 'string')
  )
}
