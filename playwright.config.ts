import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/support/chromium'

// Real-browser tests on http://localhost (a hostname, because an IP address cannot be a WebAuthn
// RP ID), in three engines, all from Debian: Chromium (Playwright's own driver) on the demo build,
// `npm run dev` itself once (StrictMode, as a new contributor first sees the app) and the static
// Storybook; Firefox ESR and WebKitGTK on the demo build, each through its own driver
// (tests/e2e/engines/). Nothing downloads a browser; a missing one fails with its install line.
// WebdriverIO's client (the WebKit driver) logs each connection attempt at INFO, read when its
// modules load in the workers, which inherit this: only its warnings and errors are worth a line.
process.env.WDIO_LOG_LEVEL ??= 'warn'

const PORT = 4173
const DEV_PORT = 5173
export const STORYBOOK_PORT = 6106
const DEV_SERVER_TEST = '**/dev-server.e2e.ts'
const FIREFOX_TESTS = '**/firefox.e2e.ts'
const WEBKIT_TESTS = '**/webkit.e2e.ts'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [
    ['list'],
    ['./tests/e2e/support/engines-reporter.ts'],
    ...(process.env.CI
      ? []
      : [['html', { open: 'never', outputFolder: 'test-results/report' }] as const]),
  ],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: 'chromium: demo build',
      metadata: { engine: 'chromium' },
      testIgnore: [DEV_SERVER_TEST, FIREFOX_TESTS, WEBKIT_TESTS],
    },
    {
      name: 'chromium: dev server',
      metadata: { engine: 'chromium' },
      testMatch: DEV_SERVER_TEST,
      use: { baseURL: `http://localhost:${DEV_PORT}` },
    },
    // A browser launch per test (a new profile), and journeys of several screens: a minute each.
    { name: 'firefox', metadata: { engine: 'firefox' }, testMatch: FIREFOX_TESTS, timeout: 60_000 },
    { name: 'webkit', metadata: { engine: 'webkit' }, testMatch: WEBKIT_TESTS, timeout: 60_000 },
  ],
  webServer: [
    {
      command: `npm run dev -- --port ${DEV_PORT} --strictPort`,
      url: `http://localhost:${DEV_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npm run build:demo && npx vite preview --mode demo --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The static Storybook, for the journey stories with their failure switch on.
      command: `npm run build-storybook && PREVIEW_STORYBOOK=1 npx vite preview --outDir storybook-static --port ${STORYBOOK_PORT} --strictPort`,
      url: `http://localhost:${STORYBOOK_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
})
