/**
 * Bundles the vanilla consumer against the built package (`lib/`, from `npm run build:lib`), the
 * way a host's bundler would, and prints what the core weighs. Fails if any React module came
 * along: the core is headless by construction, and this is where that is checked.
 *
 *   node tests/consumers/vanilla/build.mjs
 */
import { fileURLToPath } from 'node:url'
import { weighBundle } from '../../../.ci/bundle-weight.mjs'

const here = (file) => fileURLToPath(new URL(file, import.meta.url))
const { upFront, later, moduleIds } = await weighBundle(here('./sign-in.ts'), {
  alias: [{ find: /^passkey-login$/, replacement: here('../../../lib/core.js') }],
})
const react = moduleIds.filter((id) => /[\\/]node_modules[\\/]react(-dom)?[\\/]/.test(id))
const kb = (bytes) => (bytes / 1000).toFixed(1)
console.log(
  `vanilla consumer (the core, xstate and the WebAuthn browser library, bundled): ${kb(upFront)} KB gzipped up front, ${kb(later)} KB more on demand (the contract's schemas, the later steps)`,
)
if (react.length > 0) {
  console.error(`the core pulled in React: ${react.join(', ')}`)
  process.exitCode = 1
}
