/**
 * The package build (`npm run build:lib`): Vite's library mode over the entry points, ESM only,
 * every dependency left to the host's bundler (so it deduplicates React, xstate, zod, msw). The
 * screens' CSS modules and the tokens come out as one `styles.css`; types come from `tsc`
 * (tsconfig.lib.json) into lib/types.
 */
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { packageAliases, packageEntries } from './vite.config.ts'

const fromRoot = (file: string) => fileURLToPath(new URL(file, import.meta.url))

/** Bare specifiers (packages) stay imports; only our own files are bundled. */
const isPackage = (id: string) =>
  !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !(id in packageEntries)

/**
 * Two passes. The default one builds the core, the contract and the React layer with one file per
 * source module, as in the repository: a host's bundler then splits and tree-shakes the package
 * as finely as our own build does (the later screens, the contract's schemas and the restore code
 * stay out of its first chunk). `--mode msw` then adds the fake backend as one file: split into
 * modules, a host's bundler ran @peculiar/x509 (under @simplewebauthn/server) before the
 * reflect-metadata polyfill it needs, and the page failed to start.
 */
const entries: Record<string, string> = {
  core: fromRoot(packageEntries['passkey-login']),
  contract: fromRoot(packageEntries['passkey-login/contract']),
  react: fromRoot(packageEntries['passkey-login/react']),
}
const mswEntry: Record<string, string> = { msw: fromRoot(packageEntries['passkey-login/msw']) }

export default defineConfig(({ mode }) => {
  const msw = mode === 'msw'
  return {
    plugins: [react()],
    define: { __DEMO__: 'false' },
    resolve: { alias: packageAliases },
    build: {
      outDir: 'lib',
      emptyOutDir: !msw,
      target: 'es2022',
      sourcemap: true,
      minify: false,
      lib: {
        entry: msw ? mswEntry : entries,
        formats: ['es' as const],
        cssFileName: 'styles',
      },
      rollupOptions: {
        external: isPackage,
        output: msw
          ? { inlineDynamicImports: true }
          : {
              preserveModules: true,
              preserveModulesRoot: fromRoot('.'),
              entryFileNames: '[name].js',
            },
      },
      // public/ holds the demo's MSW worker: not the package's.
      copyPublicDir: false,
    },
  }
})
