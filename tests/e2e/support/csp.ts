/**
 * The demo build runs under the app's Content-Security-Policy. Every test that uses this `test`
 * records each violation the page reports, and fails when there was any.
 */
import { expect, test as base } from '@playwright/test'

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      await page.addInitScript(() => {
        const seen: string[] = []
        Object.assign(window, { cspViolations: seen })
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`)
        })
      })
      const violations: string[] = []
      await use(violations)
      const reported = await page
        .evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
        .catch(() => [])
      violations.push(...reported)
      expect(violations, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
