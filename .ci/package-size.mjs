/**
 * What each entry point of the package weighs in a host's build (after `npm run build:lib`): the
 * entry bundled and minified by Vite as a host's bundler would, every dependency left out (the
 * host shares React, xstate, zod and msw with the rest of its app), gzip -9. "Up front" is the
 * entry and what it imports statically; the rest loads on demand.
 *
 *   node .ci/package-size.mjs
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { weighBundle } from './bundle-weight.mjs'

const lib = (file) => fileURLToPath(new URL(`../lib/${file}`, import.meta.url))
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`
const isPackage = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0')

const exports = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).exports
console.log('entry point (minified, gzip -9, dependencies external)     up front   on demand')
for (const [name, target] of Object.entries(exports)) {
  const file = typeof target === 'string' ? target : target.default
  const label = `passkey-login${name === '.' ? '' : name.slice(1)}`.padEnd(56)
  if (file.endsWith('.js')) {
    const { upFront, later } = await weighBundle(lib(file.slice('./lib/'.length)), {
      external: isPackage,
    })
    console.log(`  ${label} ${kb(upFront).padStart(8)}   ${kb(later).padStart(8)}`)
  } else if (file.endsWith('.css')) {
    const css = readFileSync(lib(file.slice('./lib/'.length)))
    console.log(`  ${label} ${kb(gzipSync(css, { level: 9 }).length).padStart(8)}`)
  }
}
