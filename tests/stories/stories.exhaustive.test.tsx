/**
 * Every story, rendered as a test: composed with the project's annotations, mounted in jsdom,
 * its `play` function (and its assertions) run, then checked with axe. A story that throws, fails
 * its play or has an accessibility violation fails here.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react-vite'
import { beforeAll, describe, expect, it } from 'vitest'
import { axeViolations } from '../screens/a11y'
import { storyAnnotations } from '../support/stories'

type StoryModule = Parameters<typeof composeStories>[0]

const modules = import.meta.glob<StoryModule>('../../src/**/*.stories.tsx', { eager: true })

beforeAll(() => {
  setProjectAnnotations(storyAnnotations)
})

/** Journey stories walk the whole app through several screens; a screen story is one render. */
const timeoutFor = (path: string) => (path.includes('/journeys/') ? 30_000 : undefined)

describe.each(Object.entries(modules))('%s', (path, module) => {
  // composeStories types its result per module; a glob of modules only knows they can run.
  const stories = Object.entries<{ run(): Promise<void> }>(composeStories(module))
  it.each(stories)(
    '%s renders, plays, and has no axe violations',
    async (_, Story) => {
      await Story.run()

      expect(document.body.textContent).not.toBe('')
      expect(await axeViolations(document.body)).toEqual([])
    },
    timeoutFor(path),
  )
})

it('finds the stories', () => {
  expect(Object.keys(modules).length).toBeGreaterThanOrEqual(11)
})
