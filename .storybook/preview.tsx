import type { Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { configureBackend } from '../mocks/config'
import { handlers } from '../mocks/handlers/index'
import { annotations } from './annotations'

// The fake backend's relying party is this page, as the demo's is. Password hashing at a low
// count keeps the flows quick: a story is not where passwords need OWASP's cost.
configureBackend({
  rpId: location.hostname,
  origin: location.origin,
  passwordIterations: 1000,
})

const preview: Preview = {
  ...annotations,
  // Stories that talk to the backend get the fake one, with the same handlers as the demo.
  loaders: [mswLoader()],
  parameters: { ...annotations.parameters, msw: handlers },
}

export default preview
