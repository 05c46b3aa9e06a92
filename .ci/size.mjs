#!/usr/bin/env node
/**
 * `npm run size`: the production build's JavaScript against its budgets. Fails (exit 1) when the
 * login route passes 100 KB gzipped or a lazy chunk passes its own budget, or when a chunk has
 * no budget at all (a new chunk is a decision, not an accident).
 *
 * - The login route is all the JS the production index.html loads before the first screen: its
 *   module scripts and modulepreloads, and every chunk they import statically, each compressed
 *   on its own, as a browser fetches them.
 * - A lazy chunk is every other JS file: measured alone (what one more import() costs).
 * - KB are 1000 bytes of gzip level 9 (the anchors' measure); brotli (quality 11) beside it.
 *
 * Plain Node, no dependencies. Reads `dist/` (run `npm run build` first), or the directory given.
 * Also imported by `.ci/bench.mjs` for its table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** The login route's budget, in bytes of gzip -9. */
export const ROUTE_BUDGET = 100_000

/**
 * Each lazy chunk's budget (gzip -9 bytes), by the chunk's name without its hash. Set about 15 %
 * above today's size: room to grow a little, not to double.
 */
export const CHUNK_BUDGETS = {
  // The contract's schemas (zod/mini), loaded beside the first screen.
  contract: 14_000,
  // Prefetched on idle: the password, lockout, code and passkey-offer screens (with input-otp),
  'later-screens': 3_000,
  'code-entry-screen': 8_500,
  // the code and append machines (shared with the dashboard's step-up and add-passkey flows;
  // the bundler names the chunk after one of its modules),
  'later-steps': 600,
  'append.actors': 3_000,
  // and saving the flow across reloads.
  'login.persistence': 1_500,
  // With the passkey options of the append step: the create() ceremony.
  registration: 2_100,
  // After a server's answer: the WebAuthn Signal API.
  'signal-library': 1_000,
  // The dashboard with React Query, after sign-in.
  'dashboard-route': 33_000,
  // Another locale's words (English's come with their screens): the first screens' part,
  // fetched before the first paint, then the later steps' and the dashboard's.
  'login.de': 2_500,
  'login.ar': 2_500,
  'steps.de': 2_000,
  'steps.ar': 2_000,
  'dashboard.de': 1_000,
  'dashboard.ar': 1_000,
}

/** Sizes from the anchor builds (issue 11): the JS of the first page view, gzip -9, in KB. */
export const ANCHORS = [
  ['React 19 alone, one button (the floor)', 67.7],
  ['Hanko elements in React 19', 110.2],
  ['the bare stack (React, xstate, react-query, simplewebauthn, zod)', 113.8],
  ['Corbado login in React 19', 198.8],
]

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length

/** `assets/index-B1x2.js` → `index`: a chunk's name without its content hash. */
export const chunkName = (file) => posix.basename(file).replace(/-[\w-]{8}\.js$/, '')

/** The relative JS paths a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code, file) {
  const found = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)]
  return found.map((match) => posix.join(posix.dirname(file), match[1]))
}

function measure(dir, file) {
  const bytes = readFileSync(join(dir, file))
  return {
    file,
    name: chunkName(file),
    raw: bytes.length,
    gzip: gzip(bytes),
    brotli: brotli(bytes),
  }
}

/** The login route's files and every lazy chunk of a build, measured. */
export function measureBuild(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map((match) => match[0])
  const start = tags.flatMap((tag) => {
    const script = /type="module"/.test(tag) && /\bsrc="\/?([^"]+\.js)"/.exec(tag)
    const preload = /rel="modulepreload"/.test(tag) && /\bhref="\/?([^"]+\.js)"/.exec(tag)
    return script ? [script[1]] : preload ? [preload[1]] : []
  })
  const route = new Set()
  const visit = (file) => {
    if (route.has(file)) return
    route.add(file)
    for (const next of staticImports(readFileSync(join(dir, file), 'utf8'), file)) visit(next)
  }
  start.forEach(visit)
  const assets = readdirSync(join(dir, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
  return {
    route: [...route].map((file) => measure(dir, file)),
    lazy: assets.filter((file) => !route.has(file)).map((file) => measure(dir, file)),
  }
}

const kb = (bytes) => (bytes / 1000).toFixed(1)
const sum = (chunks, key) => chunks.reduce((total, chunk) => total + chunk[key], 0)

/** The table and the verdicts; `problems` is empty when every budget holds. */
export function report({ route, lazy }) {
  const lines = []
  const problems = []
  const row = (label, chunk, budget, verdict) =>
    lines.push(
      `${label.padEnd(34)} ${kb(chunk.raw).padStart(7)} ${kb(chunk.gzip).padStart(7)} ` +
        `${kb(chunk.brotli).padStart(7)} ${budget === null ? '' : kb(budget).padStart(7)}  ${verdict}`,
    )
  lines.push(
    `${'chunk (KB = 1000 bytes)'.padEnd(34)} ${'min'.padStart(7)} ${'gzip-9'.padStart(7)} ${'brotli'.padStart(7)} ${'budget'.padStart(7)}`,
  )

  const total = { raw: sum(route, 'raw'), gzip: sum(route, 'gzip'), brotli: sum(route, 'brotli') }
  for (const chunk of route) row(`  ${chunk.file}`, chunk, null, '')
  const routeOk = total.gzip <= ROUTE_BUDGET
  row('login route (before the first screen)', total, ROUTE_BUDGET, routeOk ? 'ok' : 'OVER')
  if (!routeOk) {
    problems.push(`the login route is ${kb(total.gzip)} KB gzipped, over ${kb(ROUTE_BUDGET)} KB`)
  }

  for (const chunk of lazy.sort((a, b) => b.gzip - a.gzip)) {
    const budget = CHUNK_BUDGETS[chunk.name] ?? null
    const ok = budget !== null && chunk.gzip <= budget
    row(`lazy: ${chunk.name}`, chunk, budget, ok ? 'ok' : budget === null ? 'NO BUDGET' : 'OVER')
    if (budget === null) {
      problems.push(
        `lazy chunk "${chunk.name}" has no budget: add one to CHUNK_BUDGETS in .ci/size.mjs`,
      )
    } else if (!ok) {
      problems.push(
        `lazy chunk "${chunk.name}" is ${kb(chunk.gzip)} KB gzipped, over ${kb(budget)} KB`,
      )
    }
  }

  lines.push('', 'the login route beside the anchors (gzip -9):')
  for (const [label, size] of ANCHORS) {
    const ratio = (total.gzip / 1000 / size).toFixed(2)
    lines.push(`  ${label.padEnd(66)} ${size.toFixed(1).padStart(6)} KB   ours is ${ratio}×`)
  }
  return { lines, problems, total }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(root, process.argv[2] ?? 'dist')
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`size: no build in ${dir}: run \`npm run build\` first`)
    process.exit(1)
  }
  const { lines, problems } = report(measureBuild(dir))
  console.log(lines.join('\n'))
  if (problems.length > 0) {
    console.error(`\nsize: FAILED\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    process.exit(1)
  }
  console.log('\nsize: every budget holds')
}
