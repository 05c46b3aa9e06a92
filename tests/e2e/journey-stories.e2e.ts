/**
 * The journey stories in the static Storybook, in real Chromium, with every failure their switch
 * offers (the `failure` arg, set by URL as a designer's Controls would). Each play checks the
 * failure is shown and takes the way forward; a play that throws ends the story "errored".
 * (`npm run test:storybook` runs every story with nothing failing.)
 */
import { expect, test, type Page } from '@playwright/test'
import { failuresOf, journeyNames } from '../../src/demo/journeys/failures'
import { STORYBOOK_PORT } from '../../playwright.config'

const storybook = `http://localhost:${STORYBOOK_PORT}`

interface IndexEntry {
  id: string
  title: string
  exportName?: string
}

/** Story ids by export name, from the Storybook's own index. */
async function journeyIds(page: Page): Promise<Map<string, string>> {
  const response = await page.request.get(`${storybook}/index.json`)
  const { entries } = (await response.json()) as { entries: Record<string, IndexEntry> }
  return new Map(
    Object.values(entries)
      .filter((entry) => entry.title === 'Flows/Journeys' && entry.exportName)
      .map((entry) => [entry.exportName ?? '', entry.id]),
  )
}

/** Runs a story and resolves to how its play ended: 'played' or 'errored'. */
async function runStory(page: Page, id: string, failure: string) {
  const errors: string[] = []
  const logged: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') logged.push(message.text().slice(0, 600))
  })
  await page.addInitScript(() => {
    const phases: string[] = []
    Object.assign(window, { storyPhases: phases })
    const listen = () => {
      const { __STORYBOOK_ADDONS_CHANNEL__: channel } = window as {
        __STORYBOOK_ADDONS_CHANNEL__?: {
          on: (event: string, listener: (payload: { newPhase: string }) => void) => void
        }
      }
      if (!channel) {
        setTimeout(listen, 10)
        return
      }
      channel.on('storyRenderPhaseChanged', ({ newPhase }) => {
        phases.push(newPhase)
      })
    }
    listen()
  })
  await page.goto(`${storybook}/iframe.html?id=${id}&viewMode=story&args=failure:${failure}`)
  const outcome = await page.waitForFunction(
    () => {
      const phases = (window as { storyPhases?: string[] }).storyPhases ?? []
      if (phases.includes('errored')) return 'errored'
      return phases.includes('afterEach') ? 'played' : null
    },
    null,
    { timeout: 30_000 },
  )
  return { outcome: await outcome.jsonValue(), errors, logged }
}

test.describe('journey stories with their failure switch on', () => {
  test('every journey is in the Storybook', async ({ page }) => {
    const ids = await journeyIds(page)
    expect([...ids.keys()].sort()).toEqual([...journeyNames].sort())
  })

  for (const journey of journeyNames) {
    for (const failure of failuresOf(journey).filter((choice) => choice !== 'none')) {
      test(`${journey}, when ${failure}: shows it and gets through`, async ({ page }) => {
        const id = (await journeyIds(page)).get(journey)
        expect(id).toBeDefined()

        const { outcome, errors, logged } = await runStory(page, id ?? '', failure)

        expect(errors).toEqual([])
        expect(outcome, logged.join('\n')).toBe('played')
      })
    }
  }
})
