/** The `theme` prop: a host forces light or dark on the flow alone, or leaves it to the page. */
import { screen } from '@testing-library/react'
import { createLoginMachine, defaultPolicy, describeDevice, noCapabilities } from 'passkey-login'
import { PasskeyLogin } from 'passkey-login/react'
import { expect, it } from 'vitest'
import { setup } from '../support/render'

const machine = createLoginMachine({
  detectDevice: () => Promise.resolve(describeDevice('other', noCapabilities)),
})

it('forces the dark theme on the flow, not on the page around it', async () => {
  setup(
    <PasskeyLogin
      machine={machine}
      policy={defaultPolicy}
      onSignedIn={() => undefined}
      theme="dark"
    />,
  )
  const field = await screen.findByRole('textbox', { name: 'Email or username' })

  expect(field.closest('[data-theme]')).toHaveAttribute('data-theme', 'dark')
  expect(document.documentElement).not.toHaveAttribute('data-theme')
})

it('follows the page when no theme is given', async () => {
  setup(<PasskeyLogin machine={machine} policy={defaultPolicy} onSignedIn={() => undefined} />)
  const field = await screen.findByRole('textbox', { name: 'Email or username' })

  expect(field.closest('[data-theme]')).toBeNull()
})
