/**
 * The end of `npm run test:e2e`: each browser engine by name, with its own passed, failed and
 * skipped counts and the time its tests took (each project says its engine in `metadata`).
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

interface Tally {
  passed: number
  failed: number
  skipped: number
  ms: number
}

export default class EnginesReporter implements Reporter {
  private readonly engines = new Map<string, Tally>()

  onTestEnd(test: TestCase, result: TestResult): void {
    const engine = String(test.parent.project()?.metadata.engine ?? 'unknown')
    const tally = this.engines.get(engine) ?? { passed: 0, failed: 0, skipped: 0, ms: 0 }
    if (result.status === 'passed') tally.passed++
    else if (result.status === 'skipped') tally.skipped++
    else tally.failed++
    tally.ms += result.duration
    this.engines.set(engine, tally)
  }

  onEnd(result: FullResult): void {
    const lines = [...this.engines].map(
      ([engine, { passed, failed, skipped, ms }]) =>
        `  ${engine.padEnd(10)} ${String(passed).padStart(3)} passed  ${String(failed).padStart(3)} failed  ${String(skipped).padStart(3)} skipped  ${(ms / 1000).toFixed(1).padStart(6)} s`,
    )
    console.log(`\nengines (${result.status}):\n${lines.join('\n')}`)
  }

  printsToStdio(): boolean {
    return false
  }
}
