/**
 * The anchors' floors, built here the same way as the app (Vite production build, the JS of the
 * first page view, gzip -9), so `npm run bench` can print our ratio to them measured in the same
 * run, with the same toolchain:
 *
 * - `react`: React 19 alone with one button (the issue's 67.7 KB floor);
 * - `stack`: the bare stack the login is built on: React, xstate with @xstate/react, React Query,
 *   @simplewebauthn/browser and zod, each used once so tree-shaking keeps what an app needs.
 *
 * Each is a tiny app written to .bench/floors/<name>/ and built with the project's own Vite.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { measureBuild } from './size.mjs'

const APPS = {
  react: `
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <button type="button" onClick={() => document.body.append('hi')}>Sign in</button>
  </StrictMode>,
)
`,
  stack: `
import { startAuthentication } from '@simplewebauthn/browser'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { useMachine } from '@xstate/react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { assign, fromPromise, setup } from 'xstate'
import * as z from 'zod'

const options = z.object({ challenge: z.string(), rpId: z.string().optional() })
const machine = setup({
  actors: {
    signIn: fromPromise(async () =>
      startAuthentication({ optionsJSON: options.parse(await (await fetch('/options')).json()) }),
    ),
  },
}).createMachine({
  context: { tries: 0 },
  initial: 'idle',
  states: {
    idle: { on: { go: 'signingIn' } },
    signingIn: {
      invoke: { src: 'signIn', onDone: 'done', onError: { target: 'idle', actions: assign({ tries: ({ context }) => context.tries + 1 }) } },
    },
    done: {},
  },
})

function Login() {
  const [state, send] = useMachine(machine)
  const { data } = useQuery({ queryKey: ['me'], queryFn: async () => (await fetch('/me')).json() })
  return (
    <button type="button" onClick={() => send({ type: 'go' })}>
      Sign in {String(state.value)} {JSON.stringify(data)}
    </button>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={new QueryClient()}>
      <Login />
    </QueryClientProvider>
  </StrictMode>,
)
`,
}

const HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>floor</title></head>
<body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>
`

/** Builds each floor app; returns its route size in gzip -9 bytes, or null when a build failed. */
export function buildFloors(root) {
  const sizes = {}
  for (const [name, source] of Object.entries(APPS)) {
    const dir = join(root, '.bench', 'floors', name)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'index.html'), HTML)
    writeFileSync(join(dir, 'main.tsx'), source)
    // The project's Vite and React plugin, none of the app's config.
    writeFileSync(
      join(dir, 'vite.config.mjs'),
      `import react from '@vitejs/plugin-react'\nexport default { plugins: [react()], logLevel: 'warn' }\n`,
    )
    const result = spawnSync(
      'npx',
      ['vite', 'build', relative(root, dir), '--config', join(dir, 'vite.config.mjs')],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
    if (result.status !== 0) {
      console.error(`bench: the ${name} floor did not build\n${result.stderr}`)
      sizes[name] = null
      continue
    }
    const { route } = measureBuild(join(dir, 'dist'))
    sizes[name] = route.reduce((total, chunk) => total + chunk.gzip, 0)
  }
  return sizes
}
