/**
 * The message catalogs: `src/locales/<locale>.json`, one per locale, ICU MessageFormat (plural,
 * select), English the source. This checks them and compiles them ahead of time into typed
 * modules, `src/copy/generated/<part>.<locale>.ts`, so the browser runs plain functions over
 * `Intl.PluralRules` and ships no message parser.
 *
 *   npm run i18n             check, then write the modules
 *   npm run i18n -- --check  check, and fail if a written module is stale (CI)
 *
 * The checks: every locale has exactly English's keys, with the same arguments; no key is unused
 * by the source (`copy.a.b`, or a map read by index, `copy.a[key]`); and no message of `de` or
 * `ar` is English left untranslated, names excepted (`mayStayEnglish` below).
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

const root = new URL('..', import.meta.url).pathname
const localesDir = join(root, 'src/locales')
const outDir = join(root, 'src/copy/generated')
const SOURCE = 'en'

/**
 * Messages a translation may leave as English: names (the product, the OS prompts, SMS) and
 * "Passkey", the word German takes as it is (Apple, Google and Microsoft write it so).
 */
const mayStayEnglish = new Set([
  'login.product',
  'login.platform.touchId.name',
  'login.platform.windowsHello.name',
  'login.append.passkeyName.other',
  'steps.codeChannel.sms',
  'dashboard.passkeys.heading',
])

type Catalog = { [key: string]: string | Catalog }

/** The right-to-left languages (their script's direction, as `Intl.Locale#getTextInfo` says). */
const isRtl = (locale: string) => ['ar', 'he', 'fa', 'ur'].includes(locale.split('-')[0] ?? '')

const problems: string[] = []
const problem = (text: string) => problems.push(text)

function readCatalog(locale: string): Catalog {
  return JSON.parse(readFileSync(join(localesDir, `${locale}.json`), 'utf8')) as Catalog
}

/** Every message by its dotted key. */
function flatten(catalog: Catalog, prefix: string[] = []): Map<string, string> {
  const flat = new Map<string, string>()
  for (const [key, value] of Object.entries(catalog)) {
    const path = [...prefix, key]
    if (typeof value === 'string') flat.set(path.join('.'), value)
    else for (const [k, v] of flatten(value, path)) flat.set(k, v)
  }
  return flat
}

/** The arguments a message takes, with the type each needs. */
function argumentsOf(elements: MessageFormatElement[], into = new Map<string, string>()) {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.select:
        if (!into.has(element.value)) into.set(element.value, 'string')
        break
      case TYPE.plural:
      case TYPE.number:
        into.set(element.value, 'number')
        break
      default:
        break
    }
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into)
    }
  }
  return into
}

/** A message as a JavaScript expression over `v` (its arguments); `pound` is the plural's number. */
function compile(elements: MessageFormatElement[], rtl: boolean, pound?: string): string {
  const parts = elements.map((element): string => {
    switch (element.type) {
      case TYPE.literal:
        return JSON.stringify(element.value)
      case TYPE.argument:
        // In a right-to-left language an email, a name or a masked phone number is isolated
        // (FSI … PDI), so its own direction holds and the sentence around it keeps its order.
        return rtl ? `"\\u2068" + v.${element.value} + "\\u2069"` : `v.${element.value}`
      case TYPE.number:
        return `num(L, v.${element.value})`
      case TYPE.pound:
        if (!pound) throw new Error('# outside a plural')
        return `num(L, ${pound})`
      case TYPE.plural: {
        const value = `v.${element.value}`
        const exact = Object.entries(element.options)
          .filter(([key]) => key.startsWith('='))
          .map(
            ([key, option]) =>
              `${value} === ${key.slice(1)} ? ${compile(option.value, rtl, value)} : `,
          )
          .join('')
        const forms = Object.entries(element.options)
          .filter(([key]) => !key.startsWith('='))
          .map(([key, option]) => `${key}: ${compile(option.value, rtl, value)}`)
          .join(', ')
        return `(${exact}plural(L, ${value}, { ${forms} }))`
      }
      case TYPE.select: {
        const forms = Object.entries(element.options)
          .map(([key, option]) => `${JSON.stringify(key)}: ${compile(option.value, rtl, pound)}`)
          .join(', ')
        return `select(v.${element.value}, { ${forms} })`
      }
      default:
        throw new Error(`unsupported ICU element (type ${element.type})`)
    }
  })
  return parts.length === 0 ? '""' : parts.join(' + ')
}

/** A catalog part as a TypeScript object literal (and, for English, its type). */
function emit(catalog: Catalog, locale: string, indent = '  ', path: string[] = []) {
  const value: string[] = []
  const type: string[] = []
  for (const [key, entry] of Object.entries(catalog)) {
    const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)
    if (typeof entry === 'string') {
      const dotted = [...path, key].join('.')
      let elements: MessageFormatElement[]
      try {
        elements = parse(entry)
      } catch (error) {
        problem(`${locale}: ${dotted}: not ICU MessageFormat (${String(error)})`)
        elements = [{ type: TYPE.literal, value: entry }]
      }
      const args = argumentsOf(elements)
      if (args.size === 0) {
        value.push(`${indent}${name}: ${compile(elements, isRtl(locale))},`)
        type.push(`${indent}${name}: string`)
      } else {
        const params = [...args].map(([arg, kind]) => `${arg}: ${kind}`).join('; ')
        value.push(
          `${indent}${name}: (v: { ${params} }): string => ${compile(elements, isRtl(locale))},`,
        )
        type.push(`${indent}${name}: (values: { ${params} }) => string`)
      }
    } else {
      const inner = emit(entry, locale, `${indent}  `, [...path, key])
      value.push(`${indent}${name}: {\n${inner.value}\n${indent}},`)
      type.push(`${indent}${name}: {\n${inner.type}\n${indent}}`)
    }
  }
  return { value: value.join('\n'), type: type.join('\n') }
}

const typeName = (part: string) => `${part.charAt(0).toUpperCase()}${part.slice(1)}Messages`

function moduleOf(part: string, locale: string, catalog: Catalog): string {
  const { value, type } = emit(catalog, locale, '  ', [part])
  const helpers = ['plural', 'select', 'num'].filter((helper) => value.includes(`${helper}(`))
  const lines = [
    `// Written by \`npm run i18n\` from src/locales/${locale}.json: edit that, not this.`,
    ...(helpers.length ? [`import { ${helpers.join(', ')} } from '../format'`] : []),
    ...(locale === SOURCE ? [] : [`import type { ${typeName(part)} } from './${part}.${SOURCE}'`]),
    '',
    ...(helpers.some((h) => h !== 'select') ? [`const L = ${JSON.stringify(locale)}`, ''] : []),
    ...(locale === SOURCE ? [`export interface ${typeName(part)} {\n${type}\n}`, ''] : []),
    `export const messages: ${typeName(part)} = {`,
    value,
    '}',
    '',
  ]
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------

const locales = readdirSync(localesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
const source = readCatalog(SOURCE)
const sourceFlat = flatten(source)
const argsOf = (message: string) => {
  try {
    return [...argumentsOf(parse(message)).keys()].sort().join(', ')
  } catch {
    return '(unparsable)'
  }
}

// Every locale has English's keys, no others, with the same arguments; none left in English.
for (const locale of locales.filter((l) => l !== SOURCE)) {
  const flat = flatten(readCatalog(locale))
  for (const [key, english] of sourceFlat) {
    const translated = flat.get(key)
    if (translated === undefined) {
      problem(`${locale}: missing ${key}`)
      continue
    }
    if (argsOf(translated) !== argsOf(english)) {
      problem(`${locale}: ${key} takes {${argsOf(translated)}}, English takes {${argsOf(english)}}`)
    }
    if (translated.trim() === english.trim() && !mayStayEnglish.has(key)) {
      problem(`${locale}: ${key} is still English ("${english}")`)
    }
  }
  for (const key of flat.keys()) if (!sourceFlat.has(key)) problem(`${locale}: unknown key ${key}`)
}

// Every key is read somewhere: `copy.a.b`, the group `copy.a` handed over whole, or read by index.
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return path === outDir ? [] : sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.(test|stories)\.tsx?$/.test(entry.name) ? [path] : []
  })
const code = sourceFiles(join(root, 'src'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n')
  // Comments do not read words: only code counts.
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/^\s*\/\/.*$/gm, '')
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
for (const key of sourceFlat.keys()) {
  const rest = key.split('.').slice(1)
  // The key itself, a group it is in handed over whole (`copy.ceremony`), or a map read by index.
  const read = rest.some((_, i) => {
    const head = escape(rest.slice(0, i + 1).join('.'))
    return new RegExp(`[cC]opy\\.${head}(?![\\w.])`).test(code)
  })
  if (!read) problem(`${SOURCE}: ${key} is not used by the source`)
}

// Compile each part of each locale.
const check = process.argv.includes('--check')
mkdirSync(outDir, { recursive: true })
for (const locale of locales) {
  const catalog = readCatalog(locale)
  for (const [part, messages] of Object.entries(catalog)) {
    if (typeof messages === 'string') {
      problem(`${locale}: ${part} must be a group of messages`)
      continue
    }
    const file = join(outDir, `${part}.${locale}.ts`)
    const text = moduleOf(part, locale, messages)
    let current = ''
    try {
      current = readFileSync(file, 'utf8')
    } catch {
      // not written yet
    }
    if (current === text) continue
    if (check) {
      problem(`${relative(root, file)} is stale: run npm run i18n`)
    } else {
      writeFileSync(file, text)
    }
  }
}

if (problems.length > 0) {
  console.error(`i18n: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(
  `i18n: ${locales.length} locales, ${sourceFlat.size} messages each, ${check ? 'modules up to date' : 'modules written'}`,
)
