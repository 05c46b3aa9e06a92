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
 * Plain Node, no dependencies. Exits 1 only when a build cannot run; failing tests are reported,
 * not fatal. A small app (one chunk, no lazy chunk) is fine.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = join(root, '.bench')
const resultsFile = join(benchDir, 'results.json')

/** The two Vitest runs: what `npm test` runs, and what `npm run test:storybook` runs. */
const suites = {
  vitest: ['--project', 'node', '--project', 'dom'],
  storybook: ['--project', 'storybook-light', '--project', 'storybook-dark'],
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

// Tests: each suite once, timed, with its JSON report read back.
for (const suite of Object.keys(suites)) {
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
console.log(`\nwritten to ${relative(process.cwd(), resultsFile) || resultsFile}`)

if (broken) process.exit(1)
