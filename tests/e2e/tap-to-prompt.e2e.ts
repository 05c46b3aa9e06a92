/**
 * A tap opens the OS prompt with nothing fetched in between: Safari drops a ceremony that does
 * not start from the tap, and a tap must never wait for a chunk or a request. Recorded in the
 * page: each click on a button, each modal navigator.credentials call, and every resource the
 * page fetched (API calls and chunks alike, from the Resource Timing entries).
 */
import type { Page } from '@playwright/test'
import { expect, test } from './support/csp'
import { addVirtualAuthenticator, signUpWithPasskey } from './support/browser'

interface TapLog {
  taps: number[]
  prompts: { kind: 'create' | 'get'; at: number }[]
}

/** Installed before the app runs: clicks on buttons and modal ceremonies, with their times. */
function recordTapsAndPrompts(page: Page) {
  return page.addInitScript(() => {
    const log: TapLog = { taps: [], prompts: [] }
    Object.assign(window, { tapLog: log })
    document.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof Element && event.target.closest('button')) {
          log.taps.push(performance.now())
        }
      },
      true,
    )
    const credentials = navigator.credentials
    for (const kind of ['create', 'get'] as const) {
      const original = credentials[kind].bind(credentials)
      credentials[kind] = (options?: CredentialRequestOptions & CredentialCreationOptions) => {
        // Autofill (conditional mediation) starts with the page, not from a tap.
        if (options?.mediation !== 'conditional') log.prompts.push({ kind, at: performance.now() })
        return original(options)
      }
    }
  })
}

/** For each modal prompt: what the page fetched between the last tap before it and the call. */
function fetchedBetweenTapAndPrompt(page: Page) {
  return page.evaluate(() => {
    const { taps, prompts } = (window as unknown as { tapLog: TapLog }).tapLog
    const fetched = performance.getEntriesByType('resource')
    return prompts.map(({ kind, at }) => {
      const tap = Math.max(...taps.filter((time) => time <= at))
      return {
        kind,
        requests: fetched
          .filter((entry) => entry.startTime >= tap && entry.startTime <= at)
          .map((entry) => entry.name),
      }
    })
  })
}

test('no request between the tap and the OS prompt: "Create passkey" (J1), then "Sign in with a passkey" (J4)', async ({
  page,
}) => {
  await addVirtualAuthenticator(page)
  await recordTapsAndPrompts(page)
  await page.goto('/login')

  await signUpWithPasskey(page, 'ana@example.com')
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await page.getByRole('button', { name: 'Continue as ana@example.com' }).click()
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
  await expect(page.getByRole('heading', { name: /Dashboard/ })).toBeVisible()

  const prompts = await fetchedBetweenTapAndPrompt(page)
  console.log(`tap to prompt: ${JSON.stringify(prompts)}`)
  expect(prompts.map(({ kind }) => kind)).toEqual(['create', 'get'])
  expect(prompts).toEqual([
    { kind: 'create', requests: [] },
    { kind: 'get', requests: [] },
  ])
  // The measure sees requests at all: the answer to the prompt was sent as one.
  const names = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  )
  expect(names.some((name) => name.endsWith('/api/auth/passkey/verify'))).toBe(true)
})
