/**
 * Right to left mirrors what points (a back arrow, a chevron) and leaves what does not (a mark, a
 * spinner). Ours has one drawing, the passkey mark, which points nowhere and, like any logo, is
 * not mirrored. These checks keep it that way: a new drawing must be judged and listed here, and
 * no message draws an arrow with a character the browser will not mirror.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * Every file that draws, and why it is not mirrored. A drawing that points must instead turn
 * around in right-to-left text: `transform: scaleX(-1)` under `:dir(rtl)` in its CSS module.
 */
const drawings: Record<string, string> = {
  'src/components/passkey-icon.tsx': 'the passkey mark: a symbol, which no locale mirrors',
}

function filesUnder(directory: string, pattern: RegExp): string[] {
  return readdirSync(path.join(root, directory), { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => path.join(directory, file))
}

describe('icons in right-to-left', () => {
  it('draws only what has been judged for mirroring', () => {
    const drawing = filesUnder('src', /(?<!\.stories)\.tsx$/).filter((file) =>
      readFileSync(path.join(root, file), 'utf8').includes('<svg'),
    )
    expect(drawing.sort()).toEqual(Object.keys(drawings).sort())
  })

  it.each(filesUnder('src/locales', /\.json$/))(
    '%s draws no arrow the bidi algorithm leaves unmirrored',
    (file) => {
      // ‹ › « » ( ) mirror by themselves (Unicode Bidi_Mirrored); arrows do not.
      expect(readFileSync(path.join(root, file), 'utf8')).not.toMatch(/[←→⇐⇒⟵⟶➔➜➝➞]/u)
    },
  )
})
