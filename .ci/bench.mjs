#!/usr/bin/env node
/**
 * `npm run bench`: build times, bundle sizes and the unit-test run, as a table and as JSON in
 * .bench/results.json.
 *
 * - production build (`npx vite build`) wall-clock, twice (cold-ish, then warm)
 * - production JS gzipped, per chunk and in total (dist/)
 * - demo build (`npx vite build --mode demo`) wall-clock, JS gzipped in total, and the largest
 *   lazy chunk (a JS chunk in assets/ that index.html neither loads nor preloads)
 * - the unit and integration tests (`npm test`: Vitest's node and dom projects) and the stories in
 *   Chromium (`npm run test:storybook`): wall-clock, the duration the JSON reporter saw, the count
 *
 * - the login route and every lazy chunk, gzip -9 and brotli, against their budgets (.ci/size.mjs)
 * - the floors built in the same run (.ci/floors.mjs): React alone with one button, and the bare
 *   stack; our route's ratio to each
 * - Lighthouse, mobile preset, Debian Chromium (.ci/lighthouse.mjs): the production build's
 *   /login with its API answered by a stub, and the demo build's /login
 *
 * `--no-tests` leaves the test suites out (sizes and Lighthouse only). Exits 1 only when a
 * build cannot run; failing tests and budgets are reported, not fatal (`npm run size` is the
 * check that fails).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { buildFloors } from './floors.mjs'
import { runLighthouse, serveBuild } from './lighthouse.mjs'
import { measureBuild as measureRoute, report as sizeReport } from './size.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = join(root, '.bench')
const resultsFile = join(benchDir, 'results.json')

/** The Vitest runs: `npm test`, `npm run test:exhaustive` and `npm run test:storybook`. */
const suites = {
  vitest: ['--project', 'node', '--project', 'dom'],
  exhaustive: ['--project', 'exhaustive', '--project', 'exhaustive-dom'],
  storybook: ['--project', 'storybook-*'],
}
const reportFile = (suite) => join(benchDir, `${suite}.json`)
const vitestArgs = (suite) => [
  'vitest',
  'run',
  ...suites[suite],
  '--reporter=json',
  `--outputFile=${relative(root, reportFile(suite))}`,
]

/** Runs `npx ...args` in the project root and times it. */
function run(args) {
  const started = performance.now()
  const result = spawnSync('npx', args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    shell: process.platform === 'win32',
  })
  const ms = Math.round(performance.now() - started)
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  return { ms, ok: result.status === 0, status: result.status, error: result.error, output }
}

function failed(what, result) {
  const tail = result.output.trim().split('\n').slice(-20).join('\n')
  console.error(`bench: ${what} failed (exit ${result.status ?? result.error?.message})\n${tail}`)
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return walk(path)
    return entry.isFile() ? [path] : []
  })
}

/** JS files of a build with raw and gzipped sizes, largest first, and which ones are lazy. */
function measureBuild(outDir) {
  const dir = join(root, outDir)
  if (!existsSync(dir)) return null
  const html = existsSync(join(dir, 'index.html'))
    ? readFileSync(join(dir, 'index.html'), 'utf8')
    : ''
  // What index.html loads up front: the entry script and the modulepreloaded chunks.
  const initial = new Set(
    [...html.matchAll(/(?:src|href)="([^"]+\.m?js)"/g)].map((match) =>
      match[1].replace(/^\.?\//, '').replace(/^[a-z]+:\/\/[^/]+\//i, ''),
    ),
  )
  const chunks = walk(dir)
    .filter((file) => /\.(?:m|c)?js$/.test(file))
    .map((file) => {
      const content = readFileSync(file)
      const name = relative(dir, file).split('\\').join('/')
      const kind = !name.startsWith('assets/') ? 'public' : initial.has(name) ? 'initial' : 'lazy'
      return { file: name, kind, rawBytes: content.length, gzipBytes: gzipSync(content).length }
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes || (a.file < b.file ? -1 : 1))
  const sum = (list, key) => list.reduce((total, chunk) => total + chunk[key], 0)
  const lazy = chunks.filter((chunk) => chunk.kind === 'lazy')
  const initialChunks = chunks.filter((chunk) => chunk.kind === 'initial')
  return {
    outDir,
    totalGzipBytes: sum(chunks, 'gzipBytes'),
    totalRawBytes: sum(chunks, 'rawBytes'),
    initialGzipBytes: sum(initialChunks, 'gzipBytes'),
    chunks,
    largestLazyChunk: lazy[0] ?? null,
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`
const seconds = (ms) => (ms === null || ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`)

let broken = false
const results = {
  date: new Date().toISOString(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: cpus().length,
  prodBuild: { command: 'npx vite build', runsMs: [], js: null },
  demoBuild: { command: 'npx vite build --mode demo', ms: null, js: null },
  ...Object.fromEntries(
    Object.keys(suites).map((suite) => [
      suite,
      {
        command: `npx ${vitestArgs(suite).join(' ')}`,
        wallMs: null,
        durationMs: null,
        numTotalTests: null,
        numPassedTests: null,
        numFailedTests: null,
        success: null,
      },
    ]),
  ),
}

mkdirSync(benchDir, { recursive: true })

// Production build, twice.
for (let index = 1; index <= 2; index++) {
  console.error(`bench: production build, run ${index}…`)
  const result = run(['vite', 'build'])
  if (!result.ok) {
    failed(`npx vite build (run ${index})`, result)
    broken = true
    break
  }
  results.prodBuild.runsMs.push(result.ms)
}
if (!broken) results.prodBuild.js = measureBuild('dist')

// Demo build.
console.error('bench: demo build…')
const demo = run(['vite', 'build', '--mode', 'demo'])
if (demo.ok) {
  results.demoBuild.ms = demo.ms
  results.demoBuild.js = measureBuild('dist-demo')
} else {
  failed('npx vite build --mode demo', demo)
  broken = true
}

// The login route against its budgets, and the floors built in the same run.
if (results.prodBuild.js) {
  const route = measureRoute(join(root, 'dist'))
  results.route = { ...sizeReport(route), chunks: route }
  console.error('bench: the floors…')
  results.floors = buildFloors(root)
}

// Lighthouse on both builds: production with a stubbed API, the demo with its fake backend.
results.lighthouse = {}
for (const [name, dir, apiStub] of [
  ['production /login (API stub)', 'dist', true],
  ['demo /login', 'dist-demo', false],
]) {
  if (!existsSync(join(root, dir, 'index.html'))) continue
  console.error(`bench: Lighthouse, ${name}…`)
  const server = await serveBuild(join(root, dir), { apiStub })
  try {
    results.lighthouse[name] = await runLighthouse(`${server.origin}/login`)
  } catch (error) {
    console.error(`bench: Lighthouse on ${name} failed: ${error.message}`)
  } finally {
    await server.close()
  }
}

// Tests: each suite once, timed, with its JSON report read back.
for (const suite of process.argv.includes('--no-tests') ? [] : Object.keys(suites)) {
  console.error(`bench: ${suite}…`)
  const started = Date.now()
  const outcome = run(vitestArgs(suite))
  results[suite].wallMs = outcome.ms
  const report = readVitestReport(suite, started, outcome)
  if (report) {
    const ends = (report.testResults ?? []).map((file) => file.endTime ?? 0)
    const lastEnd = Math.max(report.startTime, ...ends)
    Object.assign(results[suite], {
      durationMs: Math.round(lastEnd - report.startTime),
      numTotalTests: report.numTotalTests,
      numPassedTests: report.numPassedTests,
      numFailedTests: report.numFailedTests,
      success: report.success,
    })
    if (!report.success) {
      console.error(
        `bench: note: ${report.numFailedTests} failing test(s) in ${suite}; timings still recorded`,
      )
    }
  }
}

function readVitestReport(suite, started, outcome) {
  try {
    const report = JSON.parse(readFileSync(reportFile(suite), 'utf8'))
    if (report.startTime < started) throw new Error('stale report from an earlier run')
    return report
  } catch (error) {
    failed(`npx vitest run for ${suite} (no JSON report: ${error.message})`, outcome)
    return null
  }
}

writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)

// The table.
const rows = []
const prod = results.prodBuild
prod.runsMs.forEach((ms, index) => rows.push([`prod build, run ${index + 1}`, seconds(ms)]))
if (prod.js) {
  rows.push([
    'prod JS gzipped, total',
    `${kB(prod.js.totalGzipBytes)} (${prod.js.chunks.length} chunk${prod.js.chunks.length === 1 ? '' : 's'})`,
  ])
  for (const chunk of prod.js.chunks)
    rows.push([`  ${chunk.file}`, `${kB(chunk.gzipBytes)} (${chunk.kind})`])
}
const demoJs = results.demoBuild.js
rows.push(['demo build', seconds(results.demoBuild.ms)])
if (demoJs) {
  rows.push([
    'demo JS gzipped, total',
    `${kB(demoJs.totalGzipBytes)} (${demoJs.chunks.length} files; initial ${kB(demoJs.initialGzipBytes)})`,
  ])
  rows.push([
    'demo largest lazy chunk',
    demoJs.largestLazyChunk
      ? `${demoJs.largestLazyChunk.file} ${kB(demoJs.largestLazyChunk.gzipBytes)}`
      : 'none',
  ])
}
for (const suite of Object.keys(suites)) {
  const tests = results[suite]
  rows.push([`${suite}, wall-clock`, seconds(tests.wallMs)])
  rows.push([`${suite}, reported`, seconds(tests.durationMs)])
  rows.push([
    `${suite} tests`,
    tests.numTotalTests === null
      ? 'n/a'
      : `${tests.numTotalTests} (${tests.numPassedTests} passed, ${tests.numFailedTests} failed)`,
  ])
}
const width = Math.max(...rows.map(([label]) => label.length))
console.log('')
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`)

if (results.route) {
  console.log(`\n${results.route.lines.join('\n')}`)
  const ours = results.route.total.gzip
  console.log('\nthe floors, built in this run (gzip -9):')
  for (const [name, bytes] of Object.entries(results.floors ?? {})) {
    const label = name === 'react' ? 'React 19 alone, one button' : 'the bare stack'
    console.log(
      `  ${label.padEnd(28)} ${bytes === null ? 'failed' : `${kB(bytes)}   ours is ${(ours / bytes).toFixed(2)}×`}`,
    )
  }
}
for (const [name, lh] of Object.entries(results.lighthouse ?? {})) {
  const score = (value) => (value === null ? 'n/a' : Math.round(value * 100))
  console.log(
    `\nLighthouse (mobile), ${name}: performance ${score(lh.performance)}, accessibility ` +
      `${score(lh.accessibility)}, best practices ${score(lh.bestPractices)}, SEO ${score(lh.seo)}; ` +
      `FCP ${seconds(lh.fcpMs)}, LCP ${seconds(lh.lcpMs)}, TBT ${lh.tbtMs} ms; unused JS ` +
      `${kB(lh.unusedJsBytes)}${lh.failing.length ? `; failing: ${lh.failing.join(', ')}` : ''}`,
  )
}
console.log(`\nwritten to ${relative(process.cwd(), resultsFile) || resultsFile}`)

if (broken) process.exit(1)
