/**
 * The `messages` prop: a host's own words over ours, per locale, entry by entry. What it leaves
 * out stays ours, in the locale the flow speaks.
 */
import { screen } from '@testing-library/react'
import {
  createLoginMachine,
  defaultPolicy,
  describeDevice,
  noCapabilities,
  preloadLocale,
  type MessageOverrides,
} from 'passkey-login'
import { LocaleProvider, PasskeyLogin, useCopy } from 'passkey-login/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { withOverrides } from '../../src/copy/overrides'
import { setup } from '../support/render'

const machine = createLoginMachine({
  detectDevice: () => Promise.resolve(describeDevice('other', noCapabilities)),
})

const contoso: MessageOverrides = {
  en: { login: { product: 'Contoso', identifier: { heading: 'Sign in to Contoso' } } },
  de: { login: { product: 'Contoso', identifier: { heading: 'Bei Contoso anmelden' } } },
}

function renderLogin(props: Partial<Parameters<typeof PasskeyLogin>[0]>) {
  return setup(
    <PasskeyLogin
      machine={machine}
      policy={defaultPolicy}
      onSignedIn={() => undefined}
      {...props}
    />,
  )
}

describe('a host’s own words', () => {
  beforeAll(() => preloadLocale('de'))

  it('replace ours where given, and leave the rest', async () => {
    renderLogin({ messages: contoso })

    expect(await screen.findByRole('heading', { name: 'Sign in to Contoso' })).toBeVisible()
    expect(screen.getByText('Contoso')).toBeVisible()
    expect(screen.queryByText('Acme')).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Email or username' })).toBeVisible()
  })

  it('are the locale’s own: German words over the German catalog', async () => {
    renderLogin({ locale: 'de', messages: contoso })

    expect(await screen.findByRole('heading', { name: 'Bei Contoso anmelden' })).toBeVisible()
    expect(screen.getByRole('textbox', { name: 'E-Mail-Adresse oder Benutzername' })).toBeVisible()
  })

  it('leave a locale they do not name as ours', async () => {
    renderLogin({ locale: 'de', messages: { en: contoso.en } })

    expect(await screen.findByRole('heading', { name: 'Anmelden' })).toBeVisible()
    expect(screen.getByText('Acme')).toBeVisible()
  })

  it('add to those of a provider around the flow', async () => {
    setup(
      <LocaleProvider messages={{ en: { login: { product: 'Contoso' } } }}>
        <PasskeyLogin
          machine={machine}
          policy={defaultPolicy}
          onSignedIn={() => undefined}
          messages={{ en: { login: { identifier: { heading: 'Welcome to Contoso' } } } }}
        />
      </LocaleProvider>,
    )

    expect(await screen.findByRole('heading', { name: 'Welcome to Contoso' })).toBeVisible()
    expect(screen.getByText('Contoso')).toBeVisible()
  })

  it('reach the host’s own screens through a LocaleProvider', async () => {
    function Brand() {
      return <p>{useCopy().product}</p>
    }
    setup(
      <LocaleProvider messages={contoso}>
        <Brand />
      </LocaleProvider>,
    )

    expect(await screen.findByText('Contoso')).toBeVisible()
  })
})

describe('laying words over ours', () => {
  const ours = {
    product: 'Acme',
    returning: { heading: 'Welcome back', continueAs: (v: { identifier: string }) => v.identifier },
  }

  it('replaces entries at any depth, messages with arguments too, and changes nothing of ours', () => {
    const merged = withOverrides(ours, {
      returning: { continueAs: ({ identifier }) => `Weiter als ${identifier}` },
    })

    expect(merged.product).toBe('Acme')
    expect(merged.returning.heading).toBe('Welcome back')
    expect(merged.returning.continueAs({ identifier: 'ana' })).toBe('Weiter als ana')
    expect(ours.returning.continueAs({ identifier: 'ana' })).toBe('ana')
  })

  it('keeps ours where the host left an option unset', () => {
    expect(withOverrides(ours, { product: undefined }).product).toBe('Acme')
  })

  it('gives ours back, the same object, when there is nothing to lay over them', () => {
    expect(withOverrides(ours, undefined)).toBe(ours)
  })
})
