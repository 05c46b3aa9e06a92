/**
 * Debian's Firefox ESR, driven by puppeteer over WebDriver BiDi, with Firefox's own virtual
 * authenticator (its soft token) added over Marionette. Firefox allows one WebDriver session at a
 * time, so a change of authenticators (a second device, a failed user verification) closes the
 * BiDi session, speaks Marionette, then reconnects; the page and its state stay.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { Marionette } from './marionette'
import { freePort, missingBrowser, type EnginePage } from './engine-page'

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'

export interface AuthenticatorOptions {
  /** The person passes the authenticator's check (fingerprint, PIN); false: it fails. */
  isUserVerified?: boolean
}

export interface Firefox extends EnginePage {
  /** A new authenticator in place of the current one: another device, with none of its passkeys. */
  switchAuthenticator(options?: AuthenticatorOptions): Promise<void>
  /** How many passkeys the current authenticator holds. */
  credentialCount(): Promise<number>
  /** Whether the person passes the authenticator's check from now on. */
  setUserVerified(verified: boolean): Promise<void>
  close(): Promise<void>
}

export async function launchFirefox(
  baseUrl: string,
  authenticator: AuthenticatorOptions = {},
): Promise<Firefox> {
  if (!existsSync(FIREFOX)) missingBrowser('Firefox ESR', 'firefox-esr', FIREFOX)
  const [marionettePort, bidiPort] = [await freePort(), await freePort()]
  const profile = mkdtempSync(path.join(tmpdir(), 'firefox-e2e-'))
  writeFileSync(
    path.join(profile, 'user.js'),
    Object.entries({
      // The soft token is Firefox's virtual authenticator; no USB keys on a test machine.
      'security.webauth.webauthn_enable_softtoken': true,
      'security.webauth.webauthn_enable_usbtoken': false,
      'marionette.port': marionettePort,
      // Quiet on a closed network: no first-run pages, updates or telemetry.
      'browser.shell.checkDefaultBrowser': false,
      'browser.startup.homepage_override.mstone': 'ignore',
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'network.captive-portal-service.enabled': false,
      'intl.accept_languages': 'en-US',
    })
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join('\n'),
  )
  const firefoxProcess: ChildProcess = spawn(
    FIREFOX,
    [
      '--headless',
      '--marionette',
      `--remote-debugging-port=${bidiPort}`,
      '--no-remote',
      '--profile',
      profile,
    ],
    { stdio: 'ignore' },
  )
  /** Ends Firefox for sure (a hung one is killed) and removes its profile. */
  async function stop() {
    const exited =
      firefoxProcess.exitCode === null && firefoxProcess.signalCode === null
        ? new Promise((resolve) => firefoxProcess.once('exit', resolve))
        : Promise.resolve()
    const timer = setTimeout(() => firefoxProcess.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timer)
    rmSync(profile, { recursive: true, force: true })
  }

  let authenticatorId: string | undefined
  /** Runs `work` in a Marionette session, the BiDi one closed meanwhile (one at a time). */
  async function withMarionette<T>(work: (marionette: Marionette) => Promise<T>): Promise<T> {
    const marionette = await Marionette.connect(marionettePort)
    try {
      await marionette.command('WebDriver:NewSession', { capabilities: {} })
      const result = await work(marionette)
      await marionette.command('WebDriver:DeleteSession')
      return result
    } finally {
      marionette.close()
    }
  }
  async function addAuthenticator(marionette: Marionette, options: AuthenticatorOptions) {
    if (authenticatorId) {
      await marionette.command('WebAuthn:RemoveVirtualAuthenticator', { authenticatorId })
    }
    const { value } = await marionette.command<{ value: string }>(
      'WebAuthn:AddVirtualAuthenticator',
      {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserConsenting: true,
        isUserVerified: options.isUserVerified ?? true,
      },
    )
    authenticatorId = value
  }

  try {
    await withMarionette((marionette) => addAuthenticator(marionette, authenticator))
  } catch (error) {
    firefoxProcess.kill('SIGKILL')
    await stop()
    throw error
  }

  let browser: Browser
  let page: Page
  const errors: string[] = []
  async function connect() {
    browser = await puppeteer.connect({
      browserWSEndpoint: `ws://127.0.0.1:${bidiPort}/session`,
      protocol: 'webDriverBiDi',
    })
    const [first] = await browser.pages()
    page = first ?? (await browser.newPage())
    page.on('pageerror', (error) => errors.push(String(error)))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
  }
  try {
    await connect()
  } catch (error) {
    firefoxProcess.kill('SIGKILL')
    await stop()
    throw error
  }

  async function reconnectAround<T>(work: () => Promise<T>): Promise<T> {
    await browser.disconnect()
    try {
      return await work()
    } finally {
      await connect()
    }
  }

  return {
    name: 'firefox',
    errors: () => Promise.resolve(errors),
    goto: async (url) => {
      await page.goto(new URL(url, baseUrl).href)
    },
    reload: async () => {
      await page.reload()
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    click: async (selector) => {
      await page.locator(selector).click()
    },
    type: async (selector, text) => {
      await page.locator(selector).fill(text)
    },
    switchAuthenticator: (options = {}) =>
      reconnectAround(() => withMarionette((marionette) => addAuthenticator(marionette, options))),
    credentialCount: () =>
      reconnectAround(() =>
        withMarionette(async (marionette) => {
          const { value } = await marionette.command<{ value: unknown[] }>(
            'WebAuthn:GetCredentials',
            { authenticatorId },
          )
          return value.length
        }),
      ),
    setUserVerified: (isUserVerified) =>
      reconnectAround(() =>
        withMarionette(async (marionette) => {
          await marionette.command('WebAuthn:SetUserVerified', { authenticatorId, isUserVerified })
        }),
      ),
    close: async () => {
      // Closed over BiDi it exits by itself; one that does not answer is killed in `stop`.
      void browser.close().catch(() => undefined)
      await stop()
    },
  }
}
