/**
 * The journey stories' failure switch (J10): every story, with every failure its control
 * offers. The play asserts the alert (or the "cancelled" note) and takes the way forward, so a
 * switch that did nothing, or a way forward that leads nowhere, fails here.
 */
import { composeStory, setProjectAnnotations } from '@storybook/react-vite'
import { beforeAll, describe, expect, it } from 'vitest'
import meta, * as journeys from '../../src/demo/journeys/journeys.stories'
import { journeyNames, type Failure } from '../../src/demo/journeys/failures'
import { storyAnnotations } from '../support/stories'

beforeAll(() => {
  setProjectAnnotations(storyAnnotations)
})

const { default: _meta, ...stories } = journeys

const switchOf = (story: (typeof stories)[keyof typeof stories]) =>
  (story.argTypes?.failure?.options ?? []) as Failure[]

const cells = Object.entries(stories).flatMap(([name, story]) =>
  switchOf(story)
    .filter((failure) => failure !== 'none')
    .map((failure) => ({ name, failure, story })),
)

describe('the journey stories, with their failure switch on', () => {
  it('lists every journey story in the switch data (the real-browser run walks that list)', () => {
    expect(Object.keys(stories).sort()).toEqual([...journeyNames].sort())
  })

  it.each(Object.entries(stories))('%s offers the three backend failures', (_, story) => {
    expect(switchOf(story)).toEqual(
      expect.arrayContaining(['none', 'server_error', 'network_error', 'malformed']),
    )
  })

  it.each(cells)(
    '$name, when $failure: shows it and gets through',
    async ({ story, failure }) => {
      const Story = composeStory({ ...story, args: { ...story.args, failure } }, meta)

      await Story.run()

      // The play saw the failure and took the way forward; nothing is left standing in the way.
      expect(document.querySelector('[role="alert"]')).toBeNull()
    },
    30_000,
  )
})
