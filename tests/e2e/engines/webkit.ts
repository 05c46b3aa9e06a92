/**
 * Debian's WebKitGTK (its MiniBrowser), driven over WebDriver classic by WebKitWebDriver under a
 * virtual X display (`xvfb-run`), through WebdriverIO's protocol client `webdriver`. This engine
 * has no WebAuthn at all (no `PublicKeyCredential`, no `navigator.credentials`): it is where the
 * flow proves it falls back to the password and the code.
 *
 * WebDriver classic cannot listen to the console, and MiniBrowser's switch that echoes it
 * (`--enable-write-console-messages-to-stdout`) does not reach the pages automation opens, so a
 * recorder goes into each page once it has loaded (what fails while it loads shows as a screen
 * that never comes).
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import WebDriver from 'webdriver'
import { freePort, listening, missingBrowser, type EnginePage } from './engine-page'

const DRIVER = '/usr/bin/WebKitWebDriver'
const XVFB_RUN = '/usr/bin/xvfb-run'
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'

export interface WebKit extends EnginePage {
  close(): Promise<void>
}

export async function launchWebKit(baseUrl: string): Promise<WebKit> {
  if (!existsSync(DRIVER)) missingBrowser('WebKitGTK', 'webkit2gtk-driver', DRIVER)
  if (!existsSync(XVFB_RUN)) missingBrowser('A virtual display for WebKitGTK', 'xvfb', XVFB_RUN)
  const port = await freePort()
  const driver = spawn(XVFB_RUN, ['-a', DRIVER, `--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    detached: true, // its own process group: closing ends xvfb, the driver and the browser
  })
  // A variable, not a literal: the vendor's `webkitgtk:` options are not in WebdriverIO's types.
  const capabilities = {
    browserName: 'MiniBrowser',
    // WebDriver classic: WebdriverIO 9 would ask for BiDi, which WebKitWebDriver refuses.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': {
      binary: MINIBROWSER,
      args: ['--automation'],
    },
  }
  const stop = () => {
    if (driver.pid) process.kill(-driver.pid, 'SIGKILL')
  }
  const client = await listening(port)
    .then(() =>
      WebDriver.newSession({
        hostname: '127.0.0.1',
        port,
        logLevel: 'warn',
        connectionRetryCount: 0,
        capabilities,
      }),
    )
    .catch((error: unknown) => {
      stop() // xvfb, the driver and any browser it started
      throw error
    })

  const element = async (selector: string) => {
    const found = await client.findElement('css selector', selector)
    const id = Object.values(found)[0] // { 'element-6066-11e4-a52f-4d65726c656d': id }
    if (typeof id !== 'string') throw new Error(`WebKit found no element ${selector}`)
    return id
  }

  const evaluate = async <T>(expression: string): Promise<T> => {
    const { value, error } = (await client.executeAsyncScript(
      `const done = arguments[arguments.length - 1]
      Promise.resolve(${expression}).then(
        (value) => done({ value }),
        (error) => done({ error: String(error) }),
      )`,
      [],
    )) as { value: T; error?: string }
    if (error) throw new Error(`WebKit: ${error}`)
    return value
  }
  /** The errors of the pages left behind, and the recorder in the new one. */
  const seen: string[] = []
  const leavePage = async () => {
    seen.push(
      ...((await evaluate<string[] | null>('window.__e2eErrors ?? null').catch(() => null)) ?? []),
    )
  }
  const recordErrors = () =>
    evaluate(`(() => {
    if (window.__e2eErrors) return
    const errors = (window.__e2eErrors = [])
    addEventListener('error', (event) => errors.push(String(event.message)))
    addEventListener('unhandledrejection', (event) => errors.push('Unhandled rejection: ' + String(event.reason)))
    const consoleError = console.error
    console.error = (...args) => {
      errors.push(args.map(String).join(' '))
      consoleError(...args)
    }
  })()`)

  return {
    name: 'webkit',
    errors: async () => [
      ...seen,
      ...((await evaluate<string[] | null>('window.__e2eErrors ?? null')) ?? []),
    ],
    goto: async (url) => {
      await leavePage()
      await client.navigateTo(new URL(url, baseUrl).href)
      await recordErrors()
    },
    reload: async () => {
      await leavePage()
      await client.refresh()
      await recordErrors()
    },
    evaluate,
    click: async (selector) => {
      await client.elementClick(await element(selector))
    },
    type: async (selector, text) => {
      const id = await element(selector)
      await client.elementClear(id)
      await client.elementSendKeys(id, text)
    },
    close: async () => {
      await client.deleteSession().catch(() => undefined)
      stop()
    },
  }
}
