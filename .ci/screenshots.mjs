// Screenshots of the main screens at 390 px and 1280 px in headless Chromium, for review.
// Usage: start the demo (`npm run dev -- --port 5174`), then `node .ci/screenshots.mjs [url] [dir]`.
/* global document, innerWidth */
import { mkdirSync } from 'node:fs'
import { chromium } from 'playwright-core'

const base = process.argv[2] ?? 'http://localhost:5174'
const dir = process.argv[3] ?? 'test-results/screenshots'
mkdirSync(dir, { recursive: true })

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

for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 800 } })
  const cdp = await page.context().newCDPSession(page)
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
  const shot = async (name) => {
    // Keep the demo drawer out of product screenshots.
    const toggle = page.getByRole('button', { name: /Demo/ })
    if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click()
    await page.waitForTimeout(200) // let the 150 ms screen fade finish (a script, not a test)
    await page.screenshot({ path: `${dir}/${name}-${width}.png` })
  }
  const code = () =>
    page.evaluate(() =>
      fetch('/api/dev/inbox')
        .then((r) => r.json())
        .then((b) => b.messages.at(-1).code),
    )

  await page.goto(`${base}/login?conditionalUI=off`)
  await page.evaluate(() => fetch('/api/dev/reset', { method: 'POST' }))
  await page.evaluate(() => {
    localStorage.clear()
    sessionStorage.clear()
  })
  await page.goto(`${base}/login?conditionalUI=off`)
  await page.getByRole('textbox', { name: 'Email or username' }).waitFor()
  await shot('01-identifier')
  await page.getByRole('textbox', { name: 'Email or username' }).fill('ana@example.com')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('heading', { name: 'Enter your password' }).waitFor()
  await page.getByLabel('Password', { exact: true }).fill('wrong')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.getByRole('alert').waitFor()
  await shot('02-password-error')
  await page.getByLabel('Password', { exact: true }).fill('demo-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.getByRole('button', { name: 'Create passkey' }).waitFor()
  await shot('03-append-offer')
  await page.getByRole('button', { name: 'Create passkey' }).click()
  await page.getByRole('heading', { name: 'Passkey created' }).waitFor()
  await shot('04-append-done')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('heading', { name: 'Enter verification code' }).waitFor()
  await shot('05-code-entry')
  await page.getByRole('textbox', { name: 'Verification code' }).fill(await code())
  await page.getByRole('heading', { name: /Dashboard/ }).waitFor()
  await page.getByRole('region', { name: 'Passkeys' }).getByRole('listitem').first().waitFor()
  await shot('06-dashboard')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: /Continue as/ }).waitFor()
  await shot('07-returning-user')
  await page.getByRole('button', { name: /Continue as/ }).click()
  await page.getByRole('heading', { name: 'Sign in with your passkey' }).waitFor()
  await shot('08-passkey-login')
  // The code channel in a fresh context (no remembered account, no resumable flow).
  await page.close()
  const context = await browser.newContext({
    viewport: { width, height: width === 390 ? 844 : 800 },
  })
  const fresh = await context.newPage()
  await fresh.goto(`${base}/login?conditionalUI=off`)
  await channelScreen(fresh, width)
  await context.close()
  console.log(`${width}px: screenshots written`)
}
await browser.close()

async function channelScreen(page, width) {
  await page.getByRole('textbox', { name: 'Email or username' }).fill('max@example.com')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByLabel('Password', { exact: true }).fill('demo-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.getByRole('heading', { name: 'Where should we send your code?' }).waitFor()
  await page.screenshot({ path: `${dir}/09-code-channel-${width}.png` })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)
  console.log(`${width}px: horizontal overflow on the channel screen: ${overflow}`)
}
