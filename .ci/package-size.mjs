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
import { build } from 'vite'

const lib = (file) => fileURLToPath(new URL(`../lib/${file}`, import.meta.url))
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`
const isPackage = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0')

async function weigh(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: lib(entry), formats: ['es'], fileName: 'entry' },
      rollupOptions: { external: isPackage },
    },
  })
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((output) => output.output)
    .filter((item) => item.type === 'chunk')
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const upFront = new Set()
  const visit = (chunk) => {
    if (!chunk || upFront.has(chunk)) return
    upFront.add(chunk)
    for (const file of chunk.imports) visit(byFile.get(file))
  }
  visit(chunks.find((chunk) => chunk.isEntry))
  const gzip = (list) =>
    list.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0)
  return { upFront: gzip([...upFront]), later: gzip(chunks.filter((chunk) => !upFront.has(chunk))) }
}

const exports = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).exports
console.log('entry point (minified, gzip -9, dependencies external)     up front   on demand')
for (const [name, target] of Object.entries(exports)) {
  const file = typeof target === 'string' ? target : target.default
  const label = `passkey-login${name === '.' ? '' : name.slice(1)}`.padEnd(56)
  if (file.endsWith('.js')) {
    const { upFront, later } = await weigh(file.slice('./lib/'.length))
    console.log(`  ${label} ${kb(upFront).padStart(8)}   ${kb(later).padStart(8)}`)
  } else if (file.endsWith('.css')) {
    const css = readFileSync(lib(file.slice('./lib/'.length)))
    console.log(`  ${label} ${kb(gzipSync(css, { level: 9 }).length).padStart(8)}`)
  }
}
