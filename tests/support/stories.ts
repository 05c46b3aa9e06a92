/**
 * Project annotations for portable stories in Node: the ones Storybook uses, plus MSW's Node
 * server as the story's `context.msw` (in Storybook the MSW addon's loader puts its worker there),
 * so stories can switch failures on with `context.msw.use(...)` in both places.
 */
import type { Preview } from '@storybook/react-vite'
import type { SetupWorker } from 'msw/browser'
import { annotations } from '../../.storybook/annotations'
import { server } from '../../mocks/node'

const nodeMsw: Preview = {
  loaders: [
    (context) => {
      // Stories call only `use()`, which the Node server has with the same signature; the
      // addon types the slot as the browser worker.
      context.msw = server as unknown as SetupWorker
    },
  ],
}

export const storyAnnotations = [annotations, nodeMsw]
