/// <reference types="vitest/config" />
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vite'
import { chromiumLaunchOptions } from './tests/support/chromium.ts'

// Demo mode (`vite`, `vite build --mode demo`) ships the fake backend in the page.
// Production (`vite build`) targets a real backend: `__DEMO__` is false there, so the
// dynamic import of mocks/ is dead code and never reaches the bundle, and public/
// (which only holds the MSW worker) is not copied.
export default defineConfig(({ mode }) => {
  const demo = mode !== 'production'
  return {
    plugins: [react()],
    define: { __DEMO__: JSON.stringify(demo) },
    publicDir: demo ? 'public' : false,
    build: {
      target: 'es2022',
      outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    },
    server: { host: 'localhost', port: 5173 },
    preview: { host: 'localhost', port: 4173 },
    test: {
      restoreMocks: true,
      unstubGlobals: true,
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            include: ['tests/**/*.test.ts'],
            environment: 'node',
            setupFiles: ['tests/setup/node.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            include: ['tests/**/*.test.tsx'],
            environment: 'jsdom',
            // The page's origin is the WebAuthn origin: the same one the test authenticator signs.
            environmentOptions: { jsdom: { url: 'http://localhost/' } },
            setupFiles: ['tests/setup/node.ts', 'tests/setup/dom.ts'],
          },
        },
        // Every story (play functions and axe included) in a real Chromium, through the
        // Storybook Vitest addon, once per theme: `npm run test:storybook`. `npm test` leaves
        // these out (no browser needed there).
        ...(['light', 'dark'] as const).map((theme, index) => ({
          extends: true as const,
          plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { theme } })],
          test: {
            name: `storybook-${theme}`,
            // One after the other: both share the addon's dependency cache (keyed by configDir).
            sequence: { groupOrder: index },
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({ launchOptions: chromiumLaunchOptions }),
              instances: [{ browser: 'chromium' as const }],
            },
          },
        })),
      ],
    },
  }
})
