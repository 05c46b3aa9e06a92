/**
 * The production guard reads the module graph of what a non-demo build writes: any module of the
 * fake backend (or MSW, or the WebAuthn server library) fails the build, however it got in.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { afterEach, describe, expect, it } from 'vitest'
import { productionGuard } from '../../.ci/vite-plugins'

const repo = path.resolve(import.meta.dirname, '../..')
const made: string[] = []
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A production build of one entry module whose source is `code`. */
async function buildEntry(code: string) {
  const root = await mkdtemp(path.join(tmpdir(), 'guard-'))
  made.push(root)
  await writeFile(path.join(root, 'entry.ts'), code)
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [productionGuard()],
    build: {
      write: false,
      lib: { entry: path.join(root, 'entry.ts'), formats: ['es'], fileName: 'entry' },
    },
  })
}

describe('the production guard', () => {
  it('fails a build that bundles the fake backend', async () => {
    const into = path.join(repo, 'mocks/config.ts')

    await expect(
      buildEntry(`import { backendConfig } from '${into}'\nconsole.log(backendConfig())\n`),
    ).rejects.toThrow(/demo-only code[\s\S]*the fake backend \(mocks\/\)/)
  })

  it('lets a build without it through', async () => {
    const into = path.join(repo, 'src/machines/policy.ts')

    await expect(
      buildEntry(`import { defaultPolicy } from '${into}'\nconsole.log(defaultPolicy)\n`),
    ).resolves.toBeTruthy()
  })
})
