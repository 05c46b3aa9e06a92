/**
 * The first screen checks the identifier with a plain function (the schemas load after it):
 * it must judge every string exactly as the contract's schema does.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { identifierSchema } from '../../src/api/contract'
import { checkIdentifier, IDENTIFIER_MAX } from '../../src/api/contract-basics'

describe('checkIdentifier', () => {
  it('agrees with identifierSchema on any string: same verdict, same trimmed value', () => {
    const padded = fc.tuple(
      fc.stringMatching(/^[ \t\n\u00a0]*$/),
      fc.oneof(
        fc.string(),
        fc.string({ minLength: IDENTIFIER_MAX - 2, maxLength: IDENTIFIER_MAX + 2 }),
      ),
      fc.stringMatching(/^[ \t\n\u00a0]*$/),
    )
    fc.assert(
      fc.property(padded, ([before, value, after]) => {
        const input = before + value + after
        const parsed = identifierSchema.safeParse(input)
        const checked = checkIdentifier(input)
        expect(checked.ok).toBe(parsed.success)
        if (checked.ok && parsed.success) expect(checked.identifier).toBe(parsed.data)
        if (!checked.ok && !parsed.success) {
          expect(checked.problem).toBe(
            parsed.error.issues[0]?.code === 'too_big' ? 'tooLong' : 'empty',
          )
        }
      }),
      { numRuns: 2000 },
    )
  })
})
