/**
 * Writes the OpenAPI document generated from src/api/contract.ts to src/api/openapi.json.
 *
 *   npm run openapi                     write src/api/openapi.json
 *   npm run openapi -- --check          exit 1 if src/api/openapi.json is missing or out of date
 *   npm run openapi -- [--check] FILE   the same for another file (e.g. a copy)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serializeOpenApiDocument } from '../src/api/openapi'

const root = fileURLToPath(new URL('..', import.meta.url))
const defaultFile = resolve(root, 'src/api/openapi.json')

const args = process.argv.slice(2)
const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--check')
const files = args.filter((arg) => !arg.startsWith('-'))
if (unknown.length > 0 || files.length > 1) {
  console.error(
    `usage: tsx .ci/write-openapi.ts [--check] [file]  (unexpected: ${[...unknown, ...files.slice(1)].join(' ')})`,
  )
  process.exit(2)
}
const check = args.includes('--check')
const file = files[0] ? resolve(files[0]) : defaultFile
const fromCwd = relative(process.cwd(), file)
const shown = fromCwd && !fromCwd.startsWith('..') ? fromCwd : file

const expected = serializeOpenApiDocument()

if (check) {
  if (!existsSync(file)) {
    console.error(
      `openapi: ${shown} does not exist. Run \`npm run openapi\` and commit the result.`,
    )
    process.exit(1)
  }
  const actual = readFileSync(file, 'utf8').replace(/\r\n/g, '\n')
  if (actual !== expected) {
    const a = actual.split('\n')
    const e = expected.split('\n')
    const line = e.findIndex((text, index) => a[index] !== text)
    const at = line === -1 ? a.length : line + 1
    console.error(
      [
        `openapi: ${shown} is out of date with src/api/contract.ts (first difference at line ${at}).`,
        `  checked in: ${JSON.stringify(a[at - 1] ?? '<end of file>')}`,
        `  generated:  ${JSON.stringify(e[at - 1] ?? '<end of file>')}`,
        'Run `npm run openapi` and commit the result.',
      ].join('\n'),
    )
    process.exit(1)
  }
  console.log(`openapi: ${shown} is up to date`)
} else {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : null
  if (previous === expected) {
    console.log(`openapi: ${shown} unchanged`)
  } else {
    writeFileSync(file, expected)
    console.log(`openapi: wrote ${shown}`)
  }
}
