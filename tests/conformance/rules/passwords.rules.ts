/** Passwords: a pending login (not a session), alike answers, and a lockout no batch can dodge. */
import { describe, expect, it } from 'vitest'
import {
  advanceClock,
  api,
  canMoveClock,
  errorCode,
  failureOf,
  mfa,
  outcomeOf,
  passwordLogin,
  plain,
} from '../target'

const nobody = { ...plain, identifier: 'nobody-at-all@example.com' }

describe('a password login', () => {
  it('answers a pending login, not a session, with the account’s order and channels', async () => {
    const one = await passwordLogin({ ...plain, identifier: ` ${plain.identifier.toUpperCase()} ` })
    const two = await passwordLogin(mfa)

    expect(one).toMatchObject({ mfa: false, hasPasskeys: false })
    expect(one.channels.map((c) => c.channel)).toEqual(plain.channels)
    expect(two.mfa).toBe(true)
    expect(two.channels.map((c) => c.channel)).toEqual(mfa.channels)
    expect(await errorCode(api.call('passkeyList', { token: one.token }))).toBe('unauthorized')
  })

  it('answers a wrong password and an unknown account the same way', async () => {
    const wrong = await failureOf(passwordLogin(plain, 'wrong'))
    const unknown = await failureOf(passwordLogin(nobody, 'wrong'))

    expect(wrong).toMatchObject({ status: 401, error: { code: 'invalid_credentials' } })
    expect(unknown).toMatchObject({ status: 401, error: { code: 'invalid_credentials' } })
  })
})

describe('the lockout', () => {
  it('locks at the fifth wrong password and refuses the sixth try, even a right one', async () => {
    const codes = []
    for (let attempt = 1; attempt <= 5; attempt++) {
      codes.push(await errorCode(passwordLogin(plain, `wrong-${attempt}`)))
    }

    const sixth = await failureOf(passwordLogin(plain))

    expect(codes).toEqual([...Array<string>(4).fill('invalid_credentials'), 'account_locked'])
    expect(sixth).toMatchObject({
      status: 423,
      error: { code: 'account_locked', retryAfterSeconds: 900 },
    })
  })

  it.runIf(canMoveClock)('unlocks after fifteen minutes', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) await errorCode(passwordLogin(plain, 'wrong'))

    await advanceClock(15 * 60 + 1)

    expect((await passwordLogin(plain)).token).toBeTruthy()
  })

  it('starts counting again after a right password', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) await errorCode(passwordLogin(plain, 'wrong'))
    await passwordLogin(plain)

    expect(await errorCode(passwordLogin(plain, 'wrong'))).toBe('invalid_credentials')
  })

  it('counts guesses sent all at once one by one: the right one in a batch cannot get past', async () => {
    // Twelve at once, the right password last: at most five are even tried, then all are locked.
    const guesses = [...Array.from({ length: 11 }, (_, i) => `guess-${i}`), plain.password]

    const answers = await Promise.all(
      guesses.map((password) => outcomeOf(passwordLogin(plain, password))),
    )

    expect(answers.filter((answer) => answer === 'ok')).toEqual([])
    expect(answers.filter((answer) => answer === 'invalid_credentials').length).toBeLessThanOrEqual(
      4,
    )
    expect(await errorCode(passwordLogin(plain))).toBe('account_locked')
  })

  it('answers a locked account and an unknown identifier alike', async () => {
    const known: unknown[] = []
    const unknown: unknown[] = []
    for (let attempt = 1; attempt <= 6; attempt++) {
      known.push(await failureOf(passwordLogin(plain, 'wrong')))
      unknown.push(await failureOf(passwordLogin(nobody, 'wrong')))
    }

    expect(unknown).toEqual(known)
    expect(known.at(-1)).toMatchObject({ status: 423, error: { code: 'account_locked' } })
  })
})
