import type { Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { handlers } from '../mocks/handlers/index'
import '../src/app/theme.css'

const preview: Preview = {
  // Stories that talk to the backend get the fake one, with the same handlers as the demo.
  loaders: [mswLoader()],
  parameters: {
    msw: handlers,
    layout: 'fullscreen',
    controls: { expanded: true },
  },
}

export default preview
