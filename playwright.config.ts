import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/support/chromium'

// Real-browser tests in Debian's Chromium, on http://localhost (a hostname, because an IP address
// cannot be a WebAuthn RP ID): the demo build, `npm run dev` itself once (StrictMode, as a new
// contributor first sees the app), and the static Storybook. Playwright never downloads a browser.
const PORT = 4173
const DEV_PORT = 5173
export const STORYBOOK_PORT = 6106
const DEV_SERVER_TEST = '**/dev-server.e2e.ts'

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
  projects: [
    { name: 'demo build', testIgnore: DEV_SERVER_TEST },
    {
      name: 'dev server',
      testMatch: DEV_SERVER_TEST,
      use: { baseURL: `http://localhost:${DEV_PORT}` },
    },
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
