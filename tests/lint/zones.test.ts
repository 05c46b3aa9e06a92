/**
 * The dependency rules the README promises are rules ESLint enforces. Each zone gets a fixture:
 * a line of code, linted as if it stood in a file of that zone, that the zone must refuse; and
 * where a zone allows something close (types only, the default actors), a fixture it must let pass.
 */
import path from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

// Type information is not needed to judge imports, and fixtures are not files of the project
// (no-cycle reads the importing file from disk, so it sits this one out).
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [tseslint.configs.disableTypeChecked, { rules: { 'import/no-cycle': 'off' } }],
})

const LAYER_RULES = [
  'import/no-restricted-paths',
  'no-restricted-imports',
  '@typescript-eslint/no-restricted-imports',
]

async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(root, file) })
  return (result?.messages ?? [])
    .filter((message) => LAYER_RULES.includes(message.ruleId ?? ''))
    .map((message) => `${message.ruleId ?? ''}: ${message.message}`)
}

interface Fixture {
  zone: string
  file: string
  code: string
  rule: string
}

const refused: Fixture[] = [
  {
    zone: 'the contract imports only zod',
    file: 'src/api/contract.ts',
    code: "import { apiClient } from './client'",
    rule: 'no-restricted-imports',
  },
  {
    zone: 'webauthn/ is the bottom layer',
    file: 'src/webauthn/fixture.ts',
    code: "import { defaultPolicy } from '../machines/policy'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'webauthn/ has no React',
    file: 'src/webauthn/fixture.ts',
    code: "import { useState } from 'react'",
    rule: 'no-restricted-imports',
  },
  {
    zone: 'api/ is the bottom layer',
    file: 'src/api/fixture.ts',
    code: "import { copy } from '../copy/en'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'storage/ imports nothing of ours',
    file: 'src/storage/fixture.ts',
    code: "import { endpoints } from '../api/contract'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'copy/ imports nothing of ours',
    file: 'src/copy/fixture.ts',
    code: "import type { Platform } from '../webauthn/platform'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'copy/ imports no package',
    file: 'src/copy/fixture.ts',
    code: "import { z } from 'zod'",
    rule: 'no-restricted-imports',
  },
  {
    zone: 'machines know no copy',
    file: 'src/machines/fixture.ts',
    code: "import { copy } from '../copy/en'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'machines have no React Query',
    file: 'src/machines/fixture.ts',
    code: "import { useQuery } from '@tanstack/react-query'",
    rule: 'no-restricted-imports',
  },
  {
    zone: 'machines have no React',
    file: 'src/machines/fixture.ts',
    code: "import { useState } from 'react'",
    rule: 'no-restricted-imports',
  },
  {
    zone: 'machines reach the API client only from *.actors.ts',
    file: 'src/machines/login/fixture.ts',
    code: "import { apiClient } from '../../api/client'",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    zone: 'machines reach WebAuthn only from *.actors.ts',
    file: 'src/machines/append/fixture.ts',
    code: "import { createPasskey } from '../../webauthn/ceremonies'",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    zone: 'machines import no screens',
    file: 'src/machines/fixture.ts',
    code: "import { Card } from '../components/card'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'queries/ is React Query over api/ only',
    file: 'src/queries/fixture.ts',
    code: "import { defaultPolicy } from '../machines/policy'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'screens do not fetch through queries/',
    file: 'src/screens/identifier/fixture.tsx',
    code: "import { passkeysQuery } from '../../queries/passkeys'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'screens have no React Query',
    file: 'src/screens/identifier/fixture.tsx',
    code: "import { useQuery } from '@tanstack/react-query'",
    rule: 'no-restricted-imports',
  },
  {
    zone: 'screens do not touch WebAuthn',
    file: 'src/screens/identifier/fixture.tsx',
    code: "import { providerOf } from '../../webauthn/provider'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'screens have no XState',
    file: 'src/screens/identifier/fixture.tsx',
    code: "import { createActor } from 'xstate'",
    rule: 'no-restricted-imports',
  },
  {
    zone: "screens take only the machines' types",
    file: 'src/screens/identifier/fixture.tsx',
    code: "import { selectLoginView } from '../../machines/login/login.selectors'",
    rule: '@typescript-eslint/no-restricted-imports',
  },
  {
    zone: 'components use no API client',
    file: 'src/components/fixture.tsx',
    code: "import { apiClient } from '../api/client'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'only the React entry point imports flow/',
    file: 'src/screens/identifier/fixture.tsx',
    code: "import { problemMessage } from '../../flow/messages'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'only app/ and main.tsx import demo/',
    file: 'src/flow/fixture.ts',
    code: "import { demoDetectDevice } from '../demo/demo-device'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'nothing imports docs/',
    file: 'src/app/fixture.ts',
    code: "import { FlowChart } from '../docs/flow-chart'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'the fake backend imports only the contract from src/',
    file: 'mocks/fixture.ts',
    code: "import { createApiClient } from '../src/api/http'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'the app uses the package by its entry points, not its files',
    file: 'src/app/fixture.tsx',
    code: "import { LoginFlow } from '../flow/login-flow'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'the app names an entry point rather than reaching its file',
    file: 'src/app/fixture.tsx',
    code: "import { PasskeyLogin } from '../package/react'",
    rule: 'no-restricted-imports',
  },
  {
    zone: 'the demo uses the fake backend by its entry point, not its files',
    file: 'src/demo/fixture.ts',
    code: "import { failOnce } from '../../mocks/handlers/route'",
    rule: 'no-restricted-imports',
  },
  {
    zone: 'the msw entry point hands out the dev client, nothing else of src/',
    file: 'mocks/package.ts',
    code: "import { createApiClient } from '../src/api/http'",
    rule: 'import/no-restricted-paths',
  },
  {
    zone: 'src/ reaches the fake backend only from main.tsx and demo/',
    file: 'src/app/fixture.ts',
    code: "import { db } from '../../mocks/node'",
    rule: 'import/no-restricted-paths',
  },
]

const allowed: Omit<Fixture, 'rule'>[] = [
  {
    zone: 'a machine names a WebAuthn type',
    file: 'src/machines/login/fixture.ts',
    code: "import type { DeviceProfile } from '../../webauthn/capabilities'",
  },
  {
    zone: "a machine's default actors use the API client",
    file: 'src/machines/login/fixture.actors.ts',
    code: "import { apiClient } from '../../api/client'",
  },
  {
    zone: 'a machine uses the contract',
    file: 'src/machines/code/fixture.ts',
    code: "import { OTP_LENGTH_DEFAULT } from '../../api/contract'",
  },
  {
    zone: "a screen names a machine's view type",
    file: 'src/screens/identifier/fixture.tsx',
    code: "import type { AppendPhase } from '../../machines/append/append.selectors'",
  },
  {
    zone: 'the app uses the React entry point',
    file: 'src/app/fixture.tsx',
    code: "import { PasskeyLogin } from 'passkey-login/react'",
  },
  {
    zone: 'the React entry point wires the flow',
    file: 'src/package/fixture.ts',
    code: "import { LoginFlow } from '../flow/login-flow'",
  },
]

describe('the dependency rules', () => {
  it.each(refused)('refuse: $zone', async ({ file, code, rule }) => {
    const errors = await layeringErrors(file, code)

    expect(
      errors.some((error) => error.startsWith(`${rule}:`)),
      errors.join('\n'),
    ).toBe(true)
  })

  it.each(allowed)('allow: $zone', async ({ file, code }) => {
    expect(await layeringErrors(file, code)).toEqual([])
  })
})
