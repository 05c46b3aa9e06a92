/**
 * The journey stories' failure switch (J10): every story, with every failure its control
 * offers. The play asserts the alert (or the "cancelled" note) and takes the way forward, so a
 * switch that did nothing, or a way forward that leads nowhere, fails here.
 */
import { composeStory, setProjectAnnotations } from '@storybook/react-vite'
import { beforeAll, describe, expect, it } from 'vitest'
import meta, * as journeys from '../../src/demo/journeys/journeys.stories'
import type { Failure } from '../../src/demo/journeys/journey-kit'
import { storyAnnotations } from '../support/stories'

beforeAll(() => {
  setProjectAnnotations(storyAnnotations)
})

const { default: _meta, ...stories } = journeys

const cells = Object.entries(stories).flatMap(([name, story]) => {
  const options = (story.argTypes?.failure?.options as Failure[]).filter((f) => f !== 'none')
  return options.map((failure) => ({ name, failure, story }))
})

describe('the journey stories, with their failure switch on', () => {
  it('offers every story at least the three backend failures', () => {
    expect(cells.length).toBeGreaterThanOrEqual(3 * Object.keys(stories).length)
  })

  it.each(cells)(
    '$name, when $failure: shows it and gets through',
    async ({ story, failure }) => {
      const Story = composeStory({ ...story, args: { ...story.args, failure } }, meta)

      await Story.run()

      expect(document.body.textContent).not.toBe('')
    },
    30_000,
  )
})
