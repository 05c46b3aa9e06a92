/**
 * What the Firefox and WebKit journeys need of a browser, whatever drives it (puppeteer over
 * WebDriver BiDi, or WebDriver classic): load a page, run a script in it, and click and type for
 * real, as a person would. Elements are found inside the page by Testing Library's role queries,
 * the same ones the other suites use, so each engine is asked the same questions; the driver then
 * clicks the element found, with a real input event (Safari-style engines only prompt for a
 * passkey straight from a tap).
 */
import { expect } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'

export interface EnginePage {
  name: 'firefox' | 'webkit'
  /** Uncaught errors, unhandled rejections and console errors seen so far. */
  errors(): Promise<string[]>
  goto(url: string): Promise<void>
  reload(): Promise<void>
  /** Evaluates a JavaScript expression in the page; a promise is awaited; the value comes back as JSON. */
  evaluate<T>(expression: string): Promise<T>
  click(selector: string): Promise<void>
  /** Replaces the field's value by typing `text`. */
  type(selector: string, text: string): Promise<void>
}

/**
 * A Playwright fixture for one engine: a new browser for each test, always closed after it, and
 * the test fails on any error its console saw.
 */
export function browserPerTest<B extends EnginePage & { close(): Promise<void> }>(
  launch: (baseUrl: string) => Promise<B>,
) {
  return async (
    { baseURL }: { baseURL: string | undefined },
    use: (browser: B) => Promise<void>,
  ): Promise<void> => {
    const browser = await launch(baseURL ?? '')
    let errors: string[] = []
    try {
      await use(browser)
      errors = await browser.errors()
    } finally {
      await browser.close()
    }
    expect(errors, 'errors in the console').toEqual([])
  }
}

/** Fails the engine's tests with the line that installs its browser: never a silent skip. */
export function missingBrowser(engine: string, debianPackage: string, binary: string): never {
  throw new Error(`${engine} is missing (${binary}): apt-get install -y ${debianPackage}`)
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => {
        resolve(port)
      })
    })
  })
}

/** Testing Library's browser build: one expression that defines `window.TestingLibraryDom`. */
/** Resolves once something listens on `port` (a driver a moment after its start). */
export function listening(port: number, timeoutMs = 30_000): Promise<true> {
  return waitUntil(
    `port ${port} to listen`,
    () => {
      return new Promise<boolean>((resolve) => {
        const socket = net.connect(port, '127.0.0.1')
        socket.once('connect', () => {
          socket.end()
          resolve(true)
        })
        socket.once('error', () => {
          resolve(false)
        })
      })
    },
    timeoutMs,
  )
}

const testingLibrary = readFileSync(
  createRequire(import.meta.url).resolve(
    '@testing-library/dom/dist/@testing-library/dom.umd.min.js',
  ),
  'utf8',
).replace(/\/\/# sourceMappingURL=.*$/m, '')

/** Brings Testing Library into the page (again after each load), as a script the driver runs. */
async function withTestingLibrary(page: EnginePage): Promise<void> {
  if (!(await page.evaluate<boolean>('!!window.TestingLibraryDom'))) {
    await page.evaluate(`(${testingLibrary.trim().replace(/;$/, '')}, true)`)
  }
}

/** An accessible name: exact words, or a pattern. */
export type Name = string | RegExp

const nameArgument = (name: Name) =>
  typeof name === 'string'
    ? JSON.stringify(name)
    : `new RegExp(${JSON.stringify(name.source)}, ${JSON.stringify(name.flags)})`

let marks = 0

/**
 * Finds the one element of `role` named `name` in the page, and marks it so the driver can act
 * on it by a CSS selector. Returns the selector, or null while there is not exactly one.
 */
async function mark(page: EnginePage, role: string, name: Name): Promise<string | null> {
  // A password field has no role: found by its label, as a person reads it.
  const query =
    role === 'password'
      ? `queryAllByLabelText(document.body, ${nameArgument(name)}, { selector: 'input' })`
      : `queryAllByRole(document.body, ${JSON.stringify(role)}, { name: ${nameArgument(name)} })`
  const id = `e2e-${++marks}`
  await withTestingLibrary(page)
  const found = await page.evaluate<number>(`(() => {
    const found = window.TestingLibraryDom.${query}
    if (found.length === 1) found[0].setAttribute('data-e2e', ${JSON.stringify(id)})
    return found.length
  })()`)
  return found === 1 ? `[data-e2e="${id}"]` : null
}

/** Polls `check` until it returns a value, or fails after `timeoutMs` with `what`. */
export async function waitUntil<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100)) // polling a real browser, not a test sleep
  }
}

/** Waits for the one element of `role` named `name`; returns its selector. */
export function find(page: EnginePage, role: string, name: Name, timeoutMs?: number) {
  return waitUntil(
    `the ${role} "${String(name)}" (${page.name})`,
    () => mark(page, role, name),
    timeoutMs,
  )
}

/** Whether nothing of `role` is named `name` now (ask once the screen it belongs to is up). */
export function isAbsent(page: EnginePage, role: string, name: Name): Promise<boolean> {
  return mark(page, role, name).then((selector) => selector === null)
}

/** Clicks the button named `name` once it is there and can act. */
export async function press(page: EnginePage, name: Name): Promise<void> {
  const selector = await waitUntil(
    `the button "${String(name)}" to act (${page.name})`,
    async () => {
      const found = await mark(page, 'button', name)
      if (!found) return null
      const usable = await page.evaluate<boolean>(
        `document.querySelector(${JSON.stringify(found)})?.getAttribute('aria-disabled') !== 'true'`,
      )
      return usable ? found : null
    },
  )
  await page.click(selector)
}

/** Types `text` into the field labelled `label` (role `password` for a password field). */
export async function fill(page: EnginePage, label: Name, text: string, role = 'textbox') {
  await page.type(await find(page, role, label), text)
}

/** The text of the page's alert, once there is one. */
export function alertText(page: EnginePage): Promise<string> {
  return waitUntil(`an alert (${page.name})`, () =>
    page.evaluate<string | null>(
      `[...document.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent).join(' ').trim() || null`,
    ),
  )
}

/** Waits until the page shows `text` somewhere. */
export function waitForText(page: EnginePage, text: string): Promise<true> {
  return waitUntil(`the text "${text}" (${page.name})`, () =>
    page.evaluate<boolean>(`document.body.innerText.includes(${JSON.stringify(text)})`),
  )
}

/** How many passkeys the dashboard lists, once it lists `count` of them. */
export function expectPasskeys(page: EnginePage, count: number): Promise<true> {
  return waitUntil(`${count} passkeys on the dashboard (${page.name})`, async () => {
    await withTestingLibrary(page)
    const listed = await page.evaluate<number>(`(() => {
      const { queryByRole, within } = window.TestingLibraryDom
      const region = queryByRole(document.body, 'region', { name: 'Passkeys' })
      return region ? within(region).queryAllByRole('listitem').length : -1
    })()`)
    return listed === count
  })
}

// ---------------------------------------------------------------------------------------------
// The demo's fake backend, from inside the page (same origin, so the MSW worker answers). Each
// test has a new browser with a new profile, so the backend starts from its seed data.

/**
 * Types the code the demo inbox received, as a person reads it, once the code step is ready for
 * it ("Verify" can act only once the code is sent: before that the inbox still has the last one).
 */
export async function enterCode(page: EnginePage): Promise<void> {
  const field = await codeSent(page)
  await page.type(field, await latestCode(page))
}

/** Waits until the code step has sent its code ("Verify" can act); returns the field's selector. */
export async function codeSent(page: EnginePage): Promise<string> {
  const field = await find(page, 'textbox', 'Verification code')
  await waitUntil(`"Verify" to act (${page.name})`, async () => {
    const verify = await mark(page, 'button', 'Verify')
    return (
      verify !== null &&
      page.evaluate<boolean>(
        `document.querySelector(${JSON.stringify(verify)})?.getAttribute('aria-disabled') !== 'true'`,
      )
    )
  })
  return field
}

/** The newest code in the demo inbox, once one has arrived. */
export function latestCode(page: EnginePage): Promise<string> {
  return waitUntil(`a code in the demo inbox (${page.name})`, () =>
    page.evaluate<string | null>(
      `fetch('/api/dev/inbox').then((r) => r.json()).then((b) => b.messages.at(-1)?.code ?? null)`,
    ),
  )
}
