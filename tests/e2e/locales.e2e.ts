/**
 * J1, J3 and J9 in German and Arabic on the demo build (`?lang=`), with a virtual authenticator.
 * The words come from the catalogs themselves, so the test follows a translator's change.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './support/csp'
import { addVirtualAuthenticator, codeFromInbox } from './support/browser'

type Catalog = { [key: string]: string | Catalog }
const catalogOf = (locale: string) =>
  JSON.parse(
    readFileSync(new URL(`../../src/locales/${locale}.json`, import.meta.url), 'utf8'),
  ) as Catalog
const catalogs = { de: catalogOf('de'), ar: catalogOf('ar') }

/** A message of `locale` by its dotted key, with `{name}` values filled in. */
function say(locale: keyof typeof catalogs, key: string, values: Record<string, string> = {}) {
  let node: string | Catalog = catalogs[locale]
  for (const part of key.split('.')) {
    const next: string | Catalog | undefined = typeof node === 'string' ? undefined : node[part]
    if (next === undefined) throw new Error(`no message ${key}`)
    node = next
  }
  if (typeof node !== 'string') throw new Error(`${key} is a group, not a message`)
  return node.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`)
}

async function signInWithPassword(page: Page, locale: keyof typeof catalogs, identifier: string) {
  const t = (key: string) => say(locale, key)
  await page.getByRole('textbox', { name: t('login.identifier.label') }).fill(identifier)
  await page.getByRole('button', { name: t('login.identifier.submit'), exact: true }).click()
  await page.getByLabel(t('steps.password.label'), { exact: true }).fill('demo-password')
  await page.getByRole('button', { name: t('steps.password.submit'), exact: true }).click()
}

async function enterCode(page: Page, locale: keyof typeof catalogs) {
  const code = await codeFromInbox(page)
  await page.getByRole('textbox', { name: say(locale, 'steps.codeEntry.label') }).fill(code)
}

for (const locale of ['de', 'ar'] as const) {
  const t = (key: string) => say(locale, key)

  test.describe(`in ${locale === 'de' ? 'German' : 'Arabic'}`, () => {
    test('J1 then J9: a passkey after the password, then renamed and deleted on the dashboard', async ({
      page,
    }) => {
      await addVirtualAuthenticator(page)
      await page.goto(`/login?conditionalUI=off&lang=${locale}`)
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr')
      await expect(page.locator('html')).toHaveAttribute('lang', locale)

      // J1
      await signInWithPassword(page, locale, 'ana@example.com')
      await page.getByRole('button', { name: t('steps.offer.create'), exact: true }).click()
      await expect(page.getByRole('heading', { name: t('steps.appendDone.created') })).toBeVisible()
      await page.getByRole('button', { name: t('steps.appendDone.continue'), exact: true }).click()
      await expect(page.getByRole('heading', { name: t('steps.codeEntry.heading') })).toBeVisible()
      await enterCode(page, locale)
      await expect(page.getByRole('heading', { name: t('dashboard.heading') })).toBeVisible()
      const passkeys = page.getByRole('region', { name: t('dashboard.passkeys.heading') })
      await expect(passkeys.getByRole('listitem')).toHaveCount(1)

      // J9
      await passkeys.getByRole('button', { name: t('dashboard.rename.open'), exact: true }).click()
      const name = passkeys.getByRole('textbox', { name: t('dashboard.rename.label') })
      await name.fill(locale === 'de' ? 'Arbeitslaptop' : 'حاسوب العمل')
      await passkeys.getByRole('button', { name: t('dashboard.rename.save'), exact: true }).click()
      await expect(
        passkeys.getByRole('heading', { name: locale === 'de' ? 'Arbeitslaptop' : 'حاسوب العمل' }),
      ).toBeVisible()
      await passkeys.getByRole('button', { name: t('dashboard.remove.open'), exact: true }).click()
      const dialog = page.getByRole('dialog', { name: t('dashboard.remove.heading') })
      await dialog.getByRole('button', { name: t('dashboard.remove.confirm'), exact: true }).click()
      await expect(passkeys.getByText(t('dashboard.passkeys.empty'))).toBeVisible()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      )
      expect(overflow).toBe(false)
    })

    test('J3: with MFA the code comes first, by SMS, then the offer is skipped', async ({
      page,
    }) => {
      await addVirtualAuthenticator(page)
      await page.goto(`/login?conditionalUI=off&lang=${locale}`)

      await signInWithPassword(page, locale, 'max@example.com')
      await page.getByText(t('steps.codeChannel.sms'), { exact: true }).click()
      await expect(page.getByRole('radio', { name: t('steps.codeChannel.sms') })).toBeChecked()
      await page.getByRole('button', { name: t('steps.codeChannel.send'), exact: true }).click()
      await enterCode(page, locale)
      await page.getByRole('button', { name: t('steps.offer.skip'), exact: true }).click()

      await expect(page.getByRole('heading', { name: t('dashboard.heading') })).toBeVisible()
    })
  })
}
