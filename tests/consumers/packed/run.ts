/**
 * Consumer (c), packed: what a team gets from npm. It packs the package (`npm pack`, after
 * `npm run build:lib`), installs the tarball into a fresh Vite + React project in a temporary
 * directory (`app/` is its source), checks its types against the package's declarations, builds
 * it, and signs in once in Chromium: password, a passkey made with a virtual authenticator, the
 * code, the host's welcome. The fake backend is `passkey-login/msw` in the page.
 *
 *   npx tsx tests/consumers/packed/run.ts
 *
 * Fails loudly at the first step that fails, and leaves the project behind for a look.
 */
import { chromium, type Page } from '@playwright/test'
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { addVirtualAuthenticator } from '../../e2e/support/browser'
import { chromiumLaunchOptions } from '../../support/chromium'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const PORT = 4188
const started = Date.now()

function step(name: string) {
  console.log(`packed consumer: ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`)
}

function run(command: string, args: string[], cwd: string) {
  execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] })
}

if (!existsSync(join(root, 'lib/core.js'))) {
  throw new Error('lib/ is missing: run `npm run build:lib` first')
}
const project = mkdtempSync(join(tmpdir(), 'passkey-login-packed-'))

step(`packing into ${project}`)
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', project], {
    cwd: root,
    encoding: 'utf8',
  }),
) as [{ filename: string }]

step('installing the tarball into a new Vite + React project')
cpSync(join(root, 'tests/consumers/packed/app'), project, { recursive: true })
// The repo's own versions of the host's packages: what the package is tested with.
const ours = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>
}
const versions = (names: string[]) =>
  Object.fromEntries(names.map((name) => [name, ours.devDependencies[name]]))
writeFileSync(
  join(project, 'package.json'),
  JSON.stringify(
    {
      name: 'host-app',
      private: true,
      type: 'module',
      dependencies: {
        'passkey-login': `file:./${packed.filename}`,
        ...versions([
          'react',
          'react-dom',
          'xstate',
          '@tanstack/react-query',
          'msw',
          '@simplewebauthn/server',
        ]),
      },
      devDependencies: versions([
        'vite',
        '@vitejs/plugin-react',
        'typescript',
        '@types/react',
        '@types/react-dom',
      ]),
    },
    null,
    2,
  ),
)
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], project)
mkdirSync(join(project, 'public'))
cpSync(
  join(project, 'node_modules/msw/lib/mockServiceWorker.js'),
  join(project, 'public/mockServiceWorker.js'),
)

step('checking its types (tsc, strict, the libraries’ declarations included)')
run('npx', ['tsc', '-p', '.'], project)

step('building it (vite build)')
run('npx', ['vite', 'build', '--logLevel', 'warn'], project)

reportHostBundle()

step(`signing in, in Chromium, on http://localhost:${PORT}`)
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  cwd: project,
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
})
await listening(server)
const browser = await chromium.launch(chromiumLaunchOptions)
try {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await addVirtualAuthenticator(page)
  await page.goto(`http://localhost:${PORT}/`)
  await signUpWithPasskey(page)
  if (errors.length > 0) throw new Error(`errors in the page: ${errors.join('; ')}`)
  step('signed in: green')
} finally {
  await browser.close()
  if (server.pid) process.kill(-server.pid)
}

/**
 * What the host's page loads before its first screen: its own code, `<PasskeyLogin>` and the
 * peers (React, react-dom, xstate), minified as Vite builds them, gzip -9. The fake backend's
 * chunk is loaded on demand and left out, as a real deployment has none.
 */
function reportHostBundle() {
  const dist = join(project, 'dist')
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; imports?: string[]; isEntry?: boolean }
  >
  const upFront = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || upFront.has(chunk.file)) return
    upFront.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)
  const bytes = [...upFront].reduce(
    (total, file) => total + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length,
    0,
  )
  step(
    `the host's sign-in page (<PasskeyLogin>, React, xstate, the host's own code): ${(bytes / 1000).toFixed(1)} KB gzipped up front`,
  )
}

/** Resolves once the preview server prints its address; rejects if it exits or stays silent. */
function listening(child: ChildProcess) {
  return new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      // Colours split the address (CI=true turns them on): read the text without them.
      if (stripVTControlCharacters(chunk.toString()).includes(`localhost:${PORT}`)) resolve()
    })
    child.on('exit', (code) => {
      reject(new Error(`vite preview exited with ${String(code)}`))
    })
    // Never hang CI: a server that says nothing in a minute is a failure.
    setTimeout(() => {
      reject(new Error(`vite preview did not say it listens on ${String(PORT)} within 60 s`))
    }, 60_000).unref()
  })
}

/** J1: identifier, password, a passkey made, the code from the fake backend's inbox. */
async function signUpWithPasskey(page: Page) {
  await page.getByRole('textbox', { name: 'Email or username' }).fill('ana@example.com')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByLabel('Password', { exact: true }).fill('demo-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.getByRole('button', { name: 'Create passkey' }).click()
  await page.getByRole('heading', { name: 'Passkey created' }).waitFor()
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('heading', { name: 'Enter verification code' }).waitFor()
  // The inbox is one of the fake backend's test endpoints, served in the page like the rest.
  const code = await page.evaluate(async () => {
    const inbox = (await (await fetch('/api/dev/inbox')).json()) as {
      messages: { code?: string }[]
    }
    return inbox.messages.at(-1)?.code ?? ''
  })
  await page.getByRole('textbox', { name: 'Verification code' }).fill(code)
  await page.getByRole('heading', { name: 'Welcome, Ana' }).waitFor()
}
