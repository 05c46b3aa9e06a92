/** The skip snooze: the backend keeps it, decides its length, and a password alone cannot set it. */
import { describe, expect, it } from 'vitest'
import { advanceClock, api, canMoveClock, completeWithCode, passwordLogin, plain } from '../target'

const DAY = 24 * 60 * 60

describe('the skip snooze', () => {
  it.runIf(canMoveClock)(
    'follows the account once the login is complete, for the backend’s week',
    async () => {
      const first = await passwordLogin(plain)
      const skipped = await api.call('appendSkip', {
        token: first.token,
        body: { reason: 'skipped' },
      })
      await completeWithCode(first)

      const second = await passwordLogin(plain)
      await advanceClock(7 * DAY + 1)
      const later = await passwordLogin(plain)

      expect(skipped.pending).toBe(true)
      const days = (Date.parse(skipped.snoozedUntil) - Date.now()) / (DAY * 1000)
      expect(Math.round(days)).toBe(7)
      expect(second.append).toBe('snoozed')
      expect(later.append).toBe('offer')
    },
  )

  it('stays pending until the code passes: a password alone changes nothing', async () => {
    const first = await passwordLogin(plain)
    await api.call('appendSkip', { token: first.token, body: { reason: 'skipped' } })
    // The login is abandoned at the code step (the next one replaces it).

    expect((await passwordLogin(plain)).append).toBe('offer')
  })

  it('asks again at once when the device could not create a passkey', async () => {
    const first = await passwordLogin(plain)
    await api.call('appendSkip', { token: first.token, body: { reason: 'unsupported' } })
    await completeWithCode(first)

    expect((await passwordLogin(plain)).append).toBe('offer')
  })
})
