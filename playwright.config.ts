import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/support/chromium'

// Real-browser tests: the demo build served on http://localhost (a hostname, because an IP
// address cannot be a WebAuthn RP ID) in Debian's Chromium. Playwright never downloads a browser.
const PORT = 4173
export const STORYBOOK_PORT = 6106

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI
    ? 'list'
    : [['list'], ['html', { open: 'never', outputFolder: 'test-results/report' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      command: `npm run build:demo && npx vite preview --mode demo --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The static Storybook, for the journey stories with their failure switch on.
      command: `npm run build-storybook && npx vite preview --outDir storybook-static --port ${STORYBOOK_PORT} --strictPort`,
      url: `http://localhost:${STORYBOOK_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
})
