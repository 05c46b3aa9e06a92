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

export default defineConfig({
  plugins: [react()],
  define: { __DEMO__: 'false' },
  resolve: { alias: packageAliases },
  build: {
    outDir: 'lib',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        core: fromRoot(packageEntries['passkey-login']),
        contract: fromRoot(packageEntries['passkey-login/contract']),
        react: fromRoot(packageEntries['passkey-login/react']),
        msw: fromRoot(packageEntries['passkey-login/msw']),
      },
      formats: ['es'],
      cssFileName: 'styles',
    },
    rollupOptions: { external: isPackage },
    // public/ holds the demo's MSW worker: not the package's.
    copyPublicDir: false,
  },
})
