/**
 * The app in German and Arabic: the words, the direction, Arabic's six plural forms, and
 * emails kept whole inside right-to-left sentences.
 */
import { screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { preloadStepsCopy } from '../../src/components/steps-copy'
import { matchLocale, preloadLocale } from '../../src/copy/catalogs'
import { messages as arabic } from '../../src/copy/generated/login.ar'
import { messages as german } from '../../src/copy/generated/login.de'
import { renderApp } from '../support/app'
import { DEMO_PASSWORD } from '../support/backend'

describe('the app in another language', () => {
  // As the app's entry does before its first render (a test's act() would not wait for them).
  beforeAll(async () => {
    await Promise.all(
      (['de', 'ar'] as const).flatMap((locale) => [
        preloadLocale(locale),
        preloadStepsCopy(locale),
      ]),
    )
  })

  it('speaks German: the identifier, the password and its errors', async () => {
    const { user } = renderApp('/login', { locale: 'de' })

    const field = await screen.findByRole('textbox', { name: 'E-Mail-Adresse oder Benutzername' })
    expect(field.closest('[lang]')).toHaveAttribute('lang', 'de')
    expect(field.closest('[dir]')).toHaveAttribute('dir', 'ltr')
    await user.click(screen.getByRole('button', { name: 'Weiter' }))
    expect(await screen.findByText(/Geben Sie Ihre E-Mail-Adresse/)).toBeInTheDocument()
    await user.type(field, 'ana@example.com')
    await user.click(screen.getByRole('button', { name: 'Weiter' }))
    // The later steps' words load with their screens, in German from the start.
    const password = await screen.findByLabelText('Passwort', { selector: 'input' })
    await user.type(password, `${DEMO_PASSWORD}-wrong`)
    await user.click(screen.getByRole('button', { name: 'Anmelden' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Das Passwort ist nicht richtig.')
  })

  it('speaks Arabic, right to left, with the email kept whole', async () => {
    const { user } = renderApp('/login', { locale: 'ar' })

    const field = await screen.findByRole('textbox', { name: 'البريد الإلكتروني أو اسم المستخدم' })
    expect(field.closest('[dir]')).toHaveAttribute('dir', 'rtl')
    expect(field.closest('[lang]')).toHaveAttribute('lang', 'ar')
    await user.type(field, 'ana@example.com')
    await user.click(screen.getByRole('button', { name: 'متابعة' }))

    const card = await screen.findByRole('heading', { name: 'أدخل كلمة المرور' })
    expect(
      within(card.closest('section') ?? document.body).getByText('ana@example.com'),
    ).toBeVisible()
  })
})

describe('the catalogs', () => {
  it('pick a locale from the browser’s languages, by language, else English', () => {
    expect(matchLocale(['de-AT', 'en'])).toBe('de')
    expect(matchLocale(['fr-FR', 'ar-EG'])).toBe('ar')
    expect(matchLocale(['fr'])).toBe('en')
    expect(matchLocale([])).toBe('en')
  })

  it('use Arabic’s six plural forms, with Arabic digits', () => {
    const wait = (minutes: number) => arabic.rejected.account_locked({ minutes })

    expect(wait(1)).toContain('دقيقة واحدة')
    expect(wait(2)).toContain('دقيقتين')
    // Digits as the platform's Arabic number format writes them (Arabic-Indic, or Latin in Node).
    expect(wait(3)).toMatch(/(3|٣) دقائق/)
    expect(wait(11)).toMatch(/(11|١١) دقيقة/)
    expect(wait(100)).toMatch(/(100|١٠٠) دقيقة/)
    expect(german.rejected.account_locked({ minutes: 1 })).toContain('1 Minute')
    expect(german.rejected.account_locked({ minutes: 5 })).toContain('5 Minuten')
  })

  it('isolate an email inside Arabic text, so it reads left to right', () => {
    expect(arabic.returning.continueAs({ identifier: 'ana@example.com' })).toBe(
      'المتابعة باسم \u2068ana@example.com\u2069',
    )
    expect(german.returning.continueAs({ identifier: 'ana@example.com' })).toBe(
      'Weiter als ana@example.com',
    )
  })
})
