/// <reference types="vitest/config" />
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { fileURLToPath } from 'node:url'
import { defineConfig, loadEnv } from 'vite'
import {
  cspMeta,
  passkeyEndpoints,
  productionGuard,
  robotsTxt,
  securityHeaders,
} from './.ci/vite-plugins.ts'
import { chromiumLaunchOptions } from './tests/support/chromium.ts'

// The demo, with the fake backend in the page, is opt-in: the dev server (`vite`), its tests,
// and `vite build --mode demo`. Every other build (production, staging, ...) targets a real
// backend: `__DEMO__` is false there, so the dynamic import of mocks/ is dead code, public/
// (which only holds the MSW worker) is not copied, and the production guard fails the build if
// any demo-only module is bundled all the same.
/**
 * `npm test`'s files share their worker's modules, and in jsdom its document, instead of each
 * loading the fake backend, the contract and React again: that load was most of a small file's
 * time. The setup files still run per file and reset the backend, web storage and the DOM; a
 * test that needs a fresh page's modules says so (`vi.resetModules()`).
 */
const sharedWorker = { isolate: false }

/**
 * The package's entry points, by their public names: the app, the demo and the stories import
 * through them (ESLint holds them to it), so the package is complete by construction. The same
 * map is `paths` in tsconfig.json and `exports` in package.json (built files).
 */
export const packageEntries = {
  'passkey-login': './src/package/core.ts',
  'passkey-login/contract': './src/package/contract.ts',
  'passkey-login/react': './src/package/react.ts',
  'passkey-login/msw': './mocks/package.ts',
  // In the package, styles.css is these tokens and every component's CSS; here the components
  // bring their CSS modules themselves.
  'passkey-login/styles.css': './src/package/tokens.css',
}

/** `packageEntries` as Vite aliases: each name exactly, to its file. */
export const packageAliases = Object.entries(packageEntries).map(([name, file]) => ({
  find: new RegExp(`^${name}$`),
  replacement: fileURLToPath(new URL(file, import.meta.url)),
}))

/**
 * The story test runs: each is every story, in one theme and one language, at one width (German
 * and Arabic on the narrowest phone we design for, where long words and mirroring break first).
 */
const phone = { viewport: { value: 'phone', isRotated: false } } // .storybook/annotations.tsx
const storybookRuns = [
  { name: 'light', globals: { theme: 'light', locale: 'en' } },
  { name: 'dark', globals: { theme: 'dark', locale: 'en' } },
  { name: 'de', globals: { theme: 'light', locale: 'de', ...phone } },
  { name: 'ar', globals: { theme: 'dark', locale: 'ar', ...phone } },
]

export default defineConfig(({ command, mode }) => {
  const demo = command === 'serve' || mode === 'demo' || mode === 'test'
  const apiBase = loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL
  const apiOrigin = apiBase ? new URL(apiBase).origin : undefined
  return {
    plugins: [
      react(),
      cspMeta({ apiOrigin }),
      robotsTxt(),
      passkeyEndpoints(),
      ...(demo ? [] : [productionGuard()]),
    ],
    resolve: { alias: packageAliases },
    define: { __DEMO__: JSON.stringify(demo) },
    publicDir: demo ? 'public' : false,
    build: {
      target: 'es2022',
      // Every browser with passkeys has modulepreload: the polyfill would only add weight.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // @simplewebauthn/browser has no side effects but does not say so: said here, its
        // index re-exports only what is imported, and the create() ceremony and the Signal API
        // can be chunks of their own (src/webauthn/registration.ts, signal-library.ts).
        treeshake: { moduleSideEffects: (id: string) => !/@simplewebauthn[\\/]browser/.test(id) },
      },
      outDir: mode === 'demo' ? 'dist-demo' : 'dist',
    },
    server: { host: 'localhost', port: 5173 },
    // The headers a host must send with the app's page (the README lists them). Not for the
    // static Storybook, which the real-browser suite previews with the same server.
    preview: {
      host: 'localhost',
      port: 4173,
      headers: process.env.PREVIEW_STORYBOOK ? {} : securityHeaders({ apiOrigin }),
    },
    test: {
      restoreMocks: true,
      unstubGlobals: true,
      // Every core: the default leaves one for Vitest itself, which here is half the machine.
      maxWorkers: '100%',
      // A limit, not a measure: a whole journey in jsdom, the first of its file loading the later
      // chunks cold, takes up to 5 s on a 2-core box running two files at once.
      testTimeout: 15_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            include: ['tests/**/*.test.ts'],
            exclude: ['tests/**/*.exhaustive.test.ts'],
            environment: 'node',
            setupFiles: ['tests/setup/node.ts'],
            ...sharedWorker,
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            include: ['tests/**/*.test.tsx'],
            exclude: ['tests/**/*.exhaustive.test.tsx'],
            environment: 'jsdom',
            // The page's origin is the WebAuthn origin: the same one the test authenticator signs.
            environmentOptions: { jsdom: { url: 'http://localhost/' } },
            setupFiles: ['tests/setup/node.ts', 'tests/setup/dom.ts'],
            ...sharedWorker,
          },
        },
        // The long walks, out of `npm test` (fast feedback) and in CI: `npm run test:exhaustive`.
        // The login machine's model over every policy (every path to every reachable snapshot,
        // and no dead end); every story in jsdom, and every journey story with every failure of
        // its switch (Storybook's own runner plays each story in Chromium too); the fault
        // matrix's other two failures of each call. Each file in its own document: Storybook's
        // copy of user-event prepares the document it types into.
        {
          extends: true,
          test: {
            name: 'exhaustive',
            include: ['tests/**/*.exhaustive.test.ts'],
            environment: 'node',
            setupFiles: ['tests/setup/node.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'exhaustive-dom',
            include: ['tests/**/*.exhaustive.test.tsx'],
            environment: 'jsdom',
            environmentOptions: { jsdom: { url: 'http://localhost/' } },
            setupFiles: ['tests/setup/node.ts', 'tests/setup/dom.ts'],
          },
        },
        // The backend rules as black-box tests over HTTP: `npm run test:backend` (README,
        // "The conformance suite"). The fake backend by default, any backend when told.
        {
          extends: true,
          test: {
            name: 'backend',
            include: ['tests/conformance/rules/**/*.rules.ts'],
            environment: 'node',
            globalSetup: ['tests/conformance/global-setup.ts'],
            setupFiles: ['tests/conformance/setup.ts'],
            // The rules share one backend and reset it between them: one at a time.
            fileParallelism: false,
          },
        },
        // Every story (play functions and axe included) in a real Chromium, through the
        // Storybook Vitest addon: in English once per theme, and in German (long words) and
        // Arabic (right to left) once each, one theme apiece: `npm run test:storybook`. The
        // plays say their words in the story's language (.storybook/words.ts). `npm test` leaves
        // these out (no browser needed there).
        ...storybookRuns.map(({ name, globals }, index) => ({
          extends: true as const,
          plugins: [storybookTest({ configDir: '.storybook', initialGlobals: globals })],
          test: {
            name: `storybook-${name}`,
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
