/**
 * Bundles the vanilla consumer against the built package (`lib/`, from `npm run build:lib`), the
 * way a host's bundler would, and prints what the core weighs. Fails if any React module came
 * along: the core is headless by construction, and this is where that is checked.
 *
 *   node tests/consumers/vanilla/build.mjs
 */
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const here = (file) => fileURLToPath(new URL(file, import.meta.url))
const result = await build({
  configFile: false,
  logLevel: 'warn',
  resolve: { alias: [{ find: /^passkey-login$/, replacement: here('../../../lib/core.js') }] },
  build: {
    write: false,
    target: 'es2022',
    lib: { entry: here('./sign-in.ts'), formats: ['es'], fileName: 'sign-in' },
  },
})
const chunks = (Array.isArray(result) ? result : [result])
  .flatMap((output) => output.output)
  .filter((item) => item.type === 'chunk')

const react = chunks
  .flatMap((chunk) => chunk.moduleIds)
  .filter((id) => /[\\/]node_modules[\\/]react(-dom)?[\\/]/.test(id))
const kb = (bytes) => (bytes / 1000).toFixed(1)
const gzip = (chunk) => gzipSync(chunk.code, { level: 9 }).length
const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
// What loads up front: the entry and everything it imports statically.
const upFront = new Set()
const visit = (chunk) => {
  if (upFront.has(chunk)) return
  upFront.add(chunk)
  for (const file of chunk.imports) visit(byFile.get(file))
}
visit(chunks.find((chunk) => chunk.isEntry))
const total = (list) => kb(list.reduce((sum, chunk) => sum + gzip(chunk), 0))
const later = chunks.filter((chunk) => !upFront.has(chunk))
console.log(
  `vanilla consumer (the core, xstate and the WebAuthn browser library, bundled): ${total([...upFront])} KB gzipped up front, ${total(later)} KB more on demand (the contract's schemas, the later steps)`,
)
if (react.length > 0) {
  console.error(`the core pulled in React: ${react.join(', ')}`)
  process.exitCode = 1
}
