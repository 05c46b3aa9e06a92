import type { Loader, Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { configure } from 'storybook/test'
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

// Play functions' findBy* wait up to 3 s, not 1: a journey's next screen can be a chunk of its
// own (fetched on idle in the app), and a play function clicks faster than an idle browser.
configure({ asyncUtilTimeout: 3000 })

const preview: Preview = {
  ...annotations,
  // Stories that talk to the backend get the fake one, with the same handlers as the demo.
  loaders: [...(annotations.loaders as Loader[]), mswLoader()],
  parameters: { ...annotations.parameters, msw: handlers },
}

export default preview
