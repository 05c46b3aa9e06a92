#!/usr/bin/env node
/**
 * Fails when a production build contains fake-backend or MSW code, and prints the gzipped size
 * of each JS chunk.
 *
 *   node .ci/check-prod-bundle.mjs [dir]      (dir defaults to dist)
 *
 * Exit 0 and "prod bundle clean" when clean; exit 1 listing every offending file and marker when
 * not, or when the directory is missing or holds no JS.
 *
 * Markers are matched in every text file of the build except source maps (their sourcesContent
 * keeps source comments, which may mention the fake backend in prose); for source maps, the list
 * of bundled source files is checked instead.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Identifier characters: a marker bounded by none of these is a whole word or identifier. */
const ID = 'A-Za-z0-9_$'

/** What betrays fake-backend or MSW code in built output. */
const markers = [
  { name: 'mockServiceWorker', pattern: /mockServiceWorker/g },
  { name: 'setupWorker', pattern: new RegExp(`(?<![${ID}])setupWorker(?![${ID}])`, 'g') },
  // MSW's own log prefix and constants are upper case ("[MSW] ..."). Lower-case `msw` counts only
  // next to a quote, slash, @, -, [ or :, as in 'msw', "msw/browser", msw-storybook-addon, so that
  // a minifier's three-letter variable named `msw` does not trip it.
  {
    name: 'msw',
    pattern: new RegExp(
      `(?<![${ID}])(?:MSW|(?<=[\`'"/@\\-\\[:])msw|msw(?=[\`'"/\\-\\]:]))(?![${ID}])`,
      'g',
    ),
  },
  { name: '@mswjs', pattern: /@mswjs/g },
  {
    name: 'verifyRegistrationResponse',
    pattern: new RegExp(`(?<![${ID}])verifyRegistrationResponse(?![${ID}])`, 'g'),
  },
  {
    name: 'generateRegistrationOptions',
    pattern: new RegExp(`(?<![${ID}])generateRegistrationOptions(?![${ID}])`, 'g'),
  },
  // The two names above are mangled by the minifier when @simplewebauthn/server is bundled; its
  // error messages are not, and @simplewebauthn/browser has none of them.
  {
    name: '@simplewebauthn/server',
    pattern: /Unexpected (?:registration|authentication) response (?:type|challenge|origin)/g,
  },
  { name: 'demo-password', pattern: /demo-password/g },
  { name: 'fake backend', pattern: /fake[ -]backend/gi },
  { name: '/api/dev/', pattern: /\/api\/dev\//g },
]

/** Bundled source files that must never be part of a production build (checked in source maps). */
const forbiddenSources = [
  { name: 'mocks/', pattern: /^(?:(?!node_modules\/).)*(?:^|\/)mocks\// },
  { name: 'msw package', pattern: /node_modules\/(?:\.pnpm\/)?(?:msw|@mswjs)[/@]/ },
  { name: '@simplewebauthn/server', pattern: /node_modules\/(?:\.pnpm\/)?@simplewebauthn\/server/ },
]

const forbiddenFiles = ['mockServiceWorker.js']

const jsExtensions = new Set(['.js', '.mjs', '.cjs'])
const textExtensions = new Set([
  ...jsExtensions,
  '.css',
  '.html',
  '.json',
  '.txt',
  '.svg',
  '.xml',
  '.webmanifest',
])

function fail(message) {
  console.error(`check-prod-bundle: ${message}`)
  process.exit(1)
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) return walk(path)
      return entry.isFile() ? [path] : []
    })
}

function excerpt(text, index, length) {
  const start = Math.max(0, index - 40)
  const end = Math.min(text.length, index + length + 40)
  return text.slice(start, end).replace(/\s+/g, ' ')
}

function formatBytes(bytes) {
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(2)} kB`
}

const dirArg = process.argv[2] ?? 'dist'
const dir = resolve(dirArg)
if (!existsSync(dir)) fail(`${dirArg} does not exist; run the production build first (vite build).`)
if (!statSync(dir).isDirectory()) fail(`${dirArg} is not a directory.`)

const files = walk(dir)
const jsFiles = files.filter((file) => jsExtensions.has(extname(file)))
if (jsFiles.length === 0) fail(`${dirArg} holds no JavaScript; is it a build output?`)

/** file → list of findings */
const offences = new Map()
const report = (file, finding) => {
  const key = join(dirArg, relative(dir, file))
  offences.set(key, [...(offences.get(key) ?? []), finding])
}

for (const file of files) {
  const base = file.split(/[\\/]/).pop()
  if (forbiddenFiles.includes(base)) report(file, `the file ${base} itself`)

  const ext = extname(file)
  if (ext === '.map') {
    let sources = []
    try {
      sources = JSON.parse(readFileSync(file, 'utf8')).sources ?? []
    } catch {
      report(file, 'unreadable source map')
    }
    for (const source of sources) {
      for (const { name, pattern } of forbiddenSources) {
        if (pattern.test(source)) report(file, `bundles ${name}: ${source}`)
      }
    }
    continue
  }
  if (!textExtensions.has(ext)) continue

  const text = readFileSync(file, 'utf8')
  for (const { name, pattern } of markers) {
    const matches = [...text.matchAll(pattern)]
    if (matches.length === 0) continue
    const shown = matches
      .slice(0, 3)
      .map((match) => `      …${excerpt(text, match.index, match[0].length)}…`)
    const more = matches.length > 3 ? [`      (and ${matches.length - 3} more)`] : []
    report(file, [`marker "${name}" ×${matches.length}`, ...shown, ...more].join('\n'))
  }
}

// Sizes
const rows = jsFiles.map((file) => {
  const content = readFileSync(file)
  return { file: relative(dir, file), raw: content.length, gzip: gzipSync(content).length }
})
rows.sort((a, b) => b.gzip - a.gzip || (a.file < b.file ? -1 : 1))
const width = Math.max(...rows.map((row) => row.file.length), 'total'.length)
console.log(`JS chunks in ${dirArg} (gzipped):`)
for (const row of rows) {
  console.log(
    `  ${row.file.padEnd(width)}  ${formatBytes(row.gzip).padStart(10)}  (${formatBytes(row.raw)} raw)`,
  )
}
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), {
  raw: 0,
  gzip: 0,
})
console.log(
  `  ${'total'.padEnd(width)}  ${formatBytes(total.gzip).padStart(10)}  (${formatBytes(total.raw)} raw, ${rows.length} file${rows.length === 1 ? '' : 's'})`,
)

if (offences.size > 0) {
  console.error('')
  console.error(`check-prod-bundle: ${dirArg} contains fake-backend or MSW code:`)
  for (const [file, findings] of offences) {
    console.error(`  ${file}`)
    for (const finding of findings) console.error(`    - ${finding}`)
  }
  console.error(
    '\nProduction builds must not ship the fake backend: keep mocks/ and msw behind `if (__DEMO__)`.',
  )
  process.exit(1)
}

console.log('prod bundle clean')
