import type { Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { handlers } from '../mocks/handlers/index'
import { annotations } from './annotations'

const preview: Preview = {
  ...annotations,
  // Stories that talk to the backend get the fake one, with the same handlers as the demo.
  loaders: [mswLoader()],
  parameters: { ...annotations.parameters, msw: handlers },
}

export default preview
