/**
 * `npm run test:backend`: the conformance suite. Every rule a backend behind the contract must
 * enforce, as black-box tests over HTTP. With no options it runs against the fake backend
 * (started here, on a free port). Point it at yours:
 *
 *   npm run test:backend -- --base-url https://auth.example.com \
 *     --origin https://app.example.com --rp-id example.com --adapter ./conformance-adapter.mjs
 *
 * The adapter (see tests/conformance/adapter.ts) names two test accounts and reads the codes
 * your backend sends; with `advanceClock` it also runs the rules about lifetimes.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startVitest } from 'vitest/node'

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    origin: { type: 'string' },
    'rp-id': { type: 'string' },
    adapter: { type: 'string' },
  },
})

if (values['base-url']) process.env.CONFORMANCE_BASE_URL = values['base-url']
if (values.origin) process.env.CONFORMANCE_ORIGIN = values.origin
if (values['rp-id']) process.env.CONFORMANCE_RP_ID = values['rp-id']
if (values.adapter) process.env.CONFORMANCE_ADAPTER = path.resolve(values.adapter)
if (values['base-url'] && !values.adapter) {
  console.error('conformance: --adapter is needed with --base-url (it reads your codes).')
  process.exit(2)
}

const started = performance.now()
const vitest = await startVitest('test', [], { project: ['backend'], run: true, watch: false })
const files = vitest.state.getFiles()
const tasks = files.flatMap((file) => collect(file.tasks))
const passed = tasks.filter((task) => task.result?.state === 'pass').length
const failed = tasks.filter((task) => task.result?.state === 'fail').length
const notRun = tasks.length - passed - failed
const seconds = ((performance.now() - started) / 1000).toFixed(1)
const target = values['base-url'] ?? 'the fake backend'
console.log(
  `\nconformance: ${tasks.length} rules checked against ${target}: ${passed} passed, ${failed} failed` +
    `${notRun > 0 ? `, ${notRun} not run (the adapter cannot move the clock)` : ''}, in ${seconds} s`,
)
await vitest.close()
process.exit(failed > 0 || passed === 0 ? 1 : 0)

interface Task {
  type: string
  tasks?: Task[]
  result?: { state?: string }
}

function collect(tasks: readonly Task[]): Task[] {
  return tasks.flatMap((task) => (task.type === 'suite' ? collect(task.tasks ?? []) : [task]))
}
