/**
 * Right to left needs no CSS of its own because ours names no physical side: Stylelint refuses
 * `left` and `right` (stylelint.config.mjs, in `npm run lint`). Each fixture is a declaration the
 * rule must refuse, or its logical twin it must let pass.
 */
import path from 'node:path'
import stylelint from 'stylelint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

async function problems(declaration: string): Promise<string[]> {
  const { results } = await stylelint.lint({
    code: `.box {\n  ${declaration}\n}\n`,
    codeFilename: path.join(root, 'src/components/fixture.module.css'),
    cwd: root,
  })
  return (results[0]?.warnings ?? []).map((warning) => warning.rule)
}

describe('CSS names sides logically', () => {
  it.each([
    'margin-left: 1rem;',
    'padding-right: 4px;',
    'border-left: 1px solid;',
    'border-right-color: transparent;',
    'border-top-left-radius: 4px;',
    'left: 0;',
    'scroll-margin-right: 8px;',
  ])('refuses the physical property in "%s"', async (declaration) => {
    await expect(problems(declaration)).resolves.toEqual(['property-disallowed-list'])
  })

  it.each([
    'text-align: left;',
    'float: right;',
    'margin: 0 1rem 0 2rem;',
    'inset: auto 0 0 auto;',
    'border-radius: 4px 0 0 4px;',
  ])('refuses the physical sides in "%s"', async (declaration) => {
    await expect(problems(declaration)).resolves.toEqual([
      'declaration-property-value-disallowed-list',
    ])
  })

  it.each([
    'margin-inline-start: 1rem;',
    'padding-inline-end: 4px;',
    'border-inline-start: 1px solid;',
    'border-start-start-radius: 4px;',
    'inset-inline: auto 0;',
    'text-align: start;',
    'margin: 0 auto 1rem;',
    'padding: 8px 16px;',
  ])('lets the logical "%s" pass', async (declaration) => {
    await expect(problems(declaration)).resolves.toEqual([])
  })
})
