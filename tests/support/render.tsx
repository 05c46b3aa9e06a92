import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'

/** Renders with a user-event session, the way every UI test should start. */
export function setup(ui: ReactElement) {
  return { user: userEvent.setup(), ...render(ui) }
}
