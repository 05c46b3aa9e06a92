// Screenshots of the screens of a sign-in, in any of our languages and at any width, in headless
// Chromium with a virtual authenticator, for review; and whether any of them scrolls sideways.
// Usage: start the demo (`npm run dev -- --port 5174`), then
//   node .ci/screenshots.mjs [url] [dir] [--lang=en,de,ar] [--width=360,1280]
// It finds every control by its words in src/locales/<lang>.json, as a person reading it would.
/* global document, innerWidth */
import { mkdirSync, readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const [base = 'http://localhost:5174', dir = 'test-results/screenshots'] = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'))
const option = (name, fallback) =>
  (process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback).split(',')
const languages = option('lang', 'en')
const widths = option('width', '360,1280').map(Number)
mkdirSync(dir, { recursive: true })

/** A catalog's message by its key; a message with arguments as a pattern of its longest words. */
function wordsOf(lang) {
  const catalog = JSON.parse(readFileSync(new URL(`../src/locales/${lang}.json`, import.meta.url)))
  return (key) => {
    const message = key.split('.').reduce((node, part) => node[part], catalog)
    if (!message.includes('{')) return message
    const longest = message
      .split(/\{[^}]*\}/)
      .sort((a, b) => b.length - a.length)[0]
      .trim()
    return new RegExp(longest.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})

const overflowing = []
for (const lang of languages) {
  for (const width of widths) await walk(lang, width)
}
await browser.close()
if (overflowing.length > 0) {
  console.error(`scrolls sideways: ${overflowing.join(', ')}`)
  process.exit(1)
}
console.log('no screen scrolls sideways')

async function walk(lang, width) {
  const say = wordsOf(lang)
  const viewport = { width, height: width < 768 ? 740 : 800 }
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('WebAuthn.enable', { enableUI: false })
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  })
  const button = (key) => page.getByRole('button', { name: say(key), exact: true })
  const shot = (name) => screenshot(page, `${lang}-${width}-${name}`)
  const code = () =>
    page.evaluate(() =>
      fetch('/api/dev/inbox')
        .then((r) => r.json())
        .then((b) => b.messages.at(-1).code),
    )

  const start = `${base}/login?conditionalUI=off&lang=${lang}`
  await page.goto(start)
  await page.evaluate(() => fetch('/api/dev/reset', { method: 'POST' }))
  await page.evaluate(() => {
    localStorage.clear()
    sessionStorage.clear()
  })
  await page.goto(start)
  const identifier = page.getByRole('textbox', { name: say('login.identifier.label') })
  await identifier.waitFor()
  await shot('01-identifier')
  await button('login.identifier.submit').click()
  await page.getByRole('alert').waitFor()
  await shot('02-identifier-error')
  await identifier.fill('ana@example.com')
  await button('login.identifier.submit').click()
  const password = page.getByLabel(say('steps.password.label'), { exact: true })
  await password.fill('wrong')
  await button('steps.password.submit').click()
  await page.getByRole('alert').waitFor()
  await shot('03-password-error')
  await password.fill('demo-password')
  await button('steps.password.submit').click()
  await button('steps.offer.create').waitFor()
  await shot('04-append-offer')
  await button('steps.offer.create').click()
  await page.getByRole('heading', { name: say('steps.appendDone.created') }).waitFor()
  await shot('05-append-done')
  await button('steps.appendDone.continue').click()
  await page.getByRole('heading', { name: say('steps.codeEntry.heading') }).waitFor()
  await shot('06-code-entry')
  await page.getByRole('textbox', { name: say('steps.codeEntry.label') }).fill(await code())
  const passkeys = page.getByRole('region', { name: say('dashboard.passkeys.heading') })
  await passkeys.getByRole('listitem').first().waitFor()
  await shot('07-dashboard')
  await passkeys.getByRole('button', { name: say('dashboard.rename.open') }).click()
  await shot('08-dashboard-rename')
  await page.keyboard.press('Escape')
  await passkeys.getByRole('button', { name: say('dashboard.remove.open') }).click()
  await page.getByRole('dialog').waitFor()
  await shot('09-dashboard-delete')
  await page.keyboard.press('Escape')
  await button('dashboard.signOut').click()
  await page.getByRole('button', { name: say('login.returning.continueAs') }).waitFor()
  await shot('10-returning-user')
  await page.getByRole('button', { name: say('login.returning.continueAs') }).click()
  await page.getByRole('heading', { name: say('login.passkeyLogin.heading') }).waitFor()
  await shot('11-passkey-login')
  await context.close()

  // The code channel, in a fresh context (no remembered account, no flow to resume).
  const fresh = await browser.newContext({ viewport })
  const channelPage = await fresh.newPage()
  await channelPage.goto(start)
  await channelPage
    .getByRole('textbox', { name: say('login.identifier.label') })
    .fill('max@example.com')
  await channelPage
    .getByRole('button', { name: say('login.identifier.submit'), exact: true })
    .click()
  await channelPage.getByLabel(say('steps.password.label'), { exact: true }).fill('demo-password')
  await channelPage.getByRole('button', { name: say('steps.password.submit'), exact: true }).click()
  await channelPage.getByRole('heading', { name: say('steps.codeChannel.heading') }).waitFor()
  await screenshot(channelPage, `${lang}-${width}-12-code-channel`)
  await fresh.close()
  console.log(`${lang} at ${width} px: screenshots written to ${dir}`)
}

async function screenshot(page, name) {
  // Keep the demo drawer out of product screenshots.
  const toggle = page.getByRole('button', { name: /Demo/ })
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click()
  await page.waitForTimeout(200) // let the 150 ms screen fade finish (a script, not a test)
  await page.screenshot({ path: `${dir}/${name}.png` })
  if (await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)) {
    overflowing.push(name)
  }
}
