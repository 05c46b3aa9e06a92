/** The demo build in real Chromium: the fake backend starts in the page and keeps its data. */
import { expect, test } from './support/csp'
import { openDemoPanel } from './support/browser'

test('the demo starts its fake backend and moves an account without passkeys to the password', async ({
  page,
}) => {
  await page.goto('/')

  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeFocused()
  await page.getByRole('textbox', { name: 'Email or username' }).fill('ana@example.com')
  await page.getByRole('button', { name: 'Continue' }).click()

  await expect(page.getByRole('heading', { name: 'Enter your password' })).toBeFocused()
})

test('the fake backend keeps its data across a reload', async ({ page }) => {
  await page.goto('/')
  await openDemoPanel(page)
  await page.getByRole('combobox', { name: /Latency/ }).selectOption('300')
  await expect(page.getByRole('combobox', { name: /Latency/ })).toHaveValue('300')

  await page.reload()
  await openDemoPanel(page)

  await expect(page.getByRole('combobox', { name: /Latency/ })).toHaveValue('300')
})

test('tells password managers where to add and manage passkeys (/.well-known/passkey-endpoints)', async ({
  request,
  baseURL,
}) => {
  const response = await request.get('/.well-known/passkey-endpoints')

  expect(response.ok()).toBe(true)
  expect(response.headers()['content-type']).toBe('application/json')
  const dashboard = new URL('/dashboard', baseURL).href
  expect(await response.json()).toEqual({ enroll: dashboard, manage: dashboard })
})
