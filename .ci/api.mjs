/**
 * The package's public API, one entry point at a time, with API Extractor (which ships the same
 * TypeScript as the project): it rolls each entry's declarations (lib/types, from tsc) into one
 * `.d.ts` beside the entry's JS, and writes the API report under api/. CI then fails when the
 * report differs from the committed one (`git diff --exit-code -- api/`), so every change to the
 * public API is a deliberate, committed one. Run by `npm run build:lib`.
 */
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Each entry point: its declarations from tsc, the rolled-up file, the report's name. */
const entries = [
  { types: 'src/package/core.d.ts', rollup: 'lib/core.d.ts', report: 'passkey-login' },
  { types: 'src/package/contract.d.ts', rollup: 'lib/contract.d.ts', report: 'contract' },
  { types: 'src/package/react.d.ts', rollup: 'lib/react.d.ts', report: 'react' },
  { types: 'mocks/package.d.ts', rollup: 'lib/msw.d.ts', report: 'msw' },
]

let failed = false
for (const entry of entries) {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: join(root, 'lib/types', entry.types),
      compiler: { tsconfigFilePath: join(root, 'tsconfig.lib.json') },
      apiReport: {
        enabled: true,
        reportFileName: `${entry.report}.api.md`,
        reportFolder: join(root, 'api'),
        reportTempFolder: join(root, 'lib/api-temp'),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: true, untrimmedFilePath: join(root, entry.rollup) },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          // Every export is public: the package has no beta or internal tier to tag.
          'ae-missing-release-tag': { logLevel: 'none' },
          // TSDoc on every member is not a rule here; comments say why, where it is not obvious.
          'ae-undocumented': { logLevel: 'none' },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    configObjectFullPath: join(root, 'api', `${entry.report}.json`),
    packageJsonFullPath: join(root, 'package.json'),
  })
  const result = Extractor.invoke(config, { localBuild: true, showVerboseMessages: false })
  const changed = result.apiReportChanged ? ' (the API changed: api/ updated, commit it)' : ''
  console.log(
    `${entry.report}: ${result.succeeded ? 'ok' : 'FAILED'}, ${result.warningCount} warnings${changed}`,
  )
  if (!result.succeeded) failed = true
}
process.exitCode = failed ? 1 : 0
