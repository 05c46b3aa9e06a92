/**
 * Journeys through the whole app in jsdom: the real router, flow, machines, screens and
 * dashboard, against the real fake backend (MSW), with a software authenticator behind
 * `navigator.credentials` so the real WebAuthn adapter runs.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { SESSION_KEY } from '../../src/app/session-store'
import { LAST_ACCOUNT_KEY } from '../../src/machines/login/login.actors'
import {
  api,
  db,
  DEMO_PASSWORD,
  devApi,
  errorCode,
  newAuthenticator,
  registerPasskey,
  signIn,
} from '../support/backend'
import { noWebAuthn, renderApp, switchAuthenticator } from '../support/app'

/** The code just sent: the screen can be up before the send is done, so wait for it. */
function latestCode() {
  return waitFor(async () => {
    const { messages } = await devApi.call('devInbox', {})
    const code = messages.at(-1)?.code
    if (!code) throw new Error('no code in the inbox yet')
    return code
  })
}

type User = ReturnType<typeof renderApp>['user']

/** When the account's passkey offer comes back (the snooze the backend keeps). */
function snoozedUntil(identifier: string) {
  return db.read(
    ({ accounts }) => accounts.find((account) => account.identifier === identifier)?.snoozedUntil,
  )
}

async function enterIdentifier(user: User, identifier: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Email or username' }), identifier)
  await user.click(screen.getByRole('button', { name: 'Continue' }))
}

async function enterPassword(user: User) {
  await user.type(await screen.findByLabelText('Password', { selector: 'input' }), DEMO_PASSWORD)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

async function enterCode(user: User) {
  await screen.findByRole('heading', { name: 'Enter verification code' })
  await user.type(screen.getByRole('textbox', { name: 'Verification code' }), await latestCode())
}

describe('the app', () => {
  it('J1: password, passkey created, code, dashboard listing the new passkey', async () => {
    const { user } = renderApp()

    await enterIdentifier(user, 'ana@example.com')
    await enterPassword(user)
    await user.click(await screen.findByRole('button', { name: 'Create passkey' }))
    await screen.findByRole('heading', { name: 'Passkey created' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await enterCode(user)

    const passkeys = await screen.findByRole('region', { name: 'Passkeys' })
    const [item, ...others] = await within(passkeys).findAllByRole('listitem')
    expect(others).toEqual([])
    // Named after the device it was made on, so a second device's passkey tells apart.
    expect(within(item!).getByRole('heading', { name: 'Passkey on Mac' })).toBeInTheDocument()
    // Made with this device's own authenticator: the dashboard says which one is here.
    expect(within(item!).getByText('This device')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: /Dashboard/ })).toBeInTheDocument()
  })

  it('J2: skip the offer, sign in with the code', async () => {
    const { user } = renderApp()

    await enterIdentifier(user, 'ana@example.com')
    await enterPassword(user)
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }))
    await enterCode(user)

    await screen.findByRole('heading', { name: /Dashboard/ })
    expect(await screen.findByText(/No passkeys yet/)).toBeInTheDocument()
  })

  it('J3: with MFA the code comes first, by the channel the user picks', async () => {
    const { user } = renderApp()

    await enterIdentifier(user, 'max@example.com')
    await enterPassword(user)
    await screen.findByRole('heading', { name: 'Where should we send your code?' })
    await user.click(screen.getByRole('radio', { name: /SMS/ }))
    await user.click(screen.getByRole('button', { name: 'Send code' }))
    await enterCode(user)
    await user.click(await screen.findByRole('button', { name: 'Create passkey' }))
    await user.click(await screen.findByRole('button', { name: 'Continue' }))

    await screen.findByRole('heading', { name: /Dashboard/ })
  })

  it('J4 and J8: the returning user signs in with a passkey and no code', async () => {
    const authenticator = newAuthenticator()
    await registerPasskey(authenticator, (await signIn('ana@example.com')).token)
    localStorage.setItem('passkey-login:last-account', 'ana@example.com')
    const codes = (await devApi.call('devInbox', {})).messages.length
    const { user } = renderApp('/login', { authenticator })

    await user.click(await screen.findByRole('button', { name: 'Continue as ana@example.com' }))
    await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }))

    await screen.findByRole('heading', { name: /Dashboard/ })
    expect((await devApi.call('devInbox', {})).messages).toHaveLength(codes)
  })

  it('J5: signs in from the first screen with the passkey button, no identifier typed', async () => {
    const authenticator = newAuthenticator()
    await registerPasskey(authenticator, (await signIn('ana@example.com')).token)
    const { user } = renderApp('/login', { authenticator })

    await user.click(await screen.findByRole('button', { name: 'Sign in with a passkey' }))

    expect(await screen.findByRole('heading', { name: /Dashboard/ })).toBeInTheDocument()
  })

  it('J6: adds a passkey from the dashboard; the same device twice reads "already has one"', async () => {
    const { user } = renderApp()
    await enterIdentifier(user, 'ana@example.com')
    await enterPassword(user)
    await user.click(await screen.findByRole('button', { name: 'Create passkey' }))
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    await enterCode(user)
    const passkeys = await screen.findByRole('region', { name: 'Passkeys' })
    await within(passkeys).findAllByRole('listitem')

    await user.click(screen.getByRole('button', { name: 'Add a passkey' }))
    await user.click(await screen.findByRole('button', { name: 'Create passkey' }))
    expect(
      await screen.findByText('This device already has a passkey for your account.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(within(passkeys).getAllByRole('listitem')).toHaveLength(1)

    switchAuthenticator(newAuthenticator()) // a second device
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }))
    await user.click(await screen.findByRole('button', { name: 'Create passkey' }))
    await user.click(await screen.findByRole('button', { name: 'Continue' }))

    await waitFor(() => {
      expect(within(passkeys).getAllByRole('listitem')).toHaveLength(2)
    })
    expect(within(passkeys).getAllByRole('heading', { name: 'Passkey on Mac' })).toHaveLength(2)
  })

  it('J6: "Add a passkey" opens as a section of the list, and "Cancel" closes it with no snooze', async () => {
    const { user } = renderApp()
    await enterIdentifier(user, 'ana@example.com')
    await enterPassword(user)
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }))
    await enterCode(user)
    const passkeys = await screen.findByRole('region', { name: 'Passkeys' })
    const snoozesBefore = await snoozedUntil('ana@example.com')

    await user.click(await within(passkeys).findByRole('button', { name: 'Add a passkey' }))
    const panel = await within(passkeys).findByRole('region', { name: 'Add a passkey' })
    expect(within(panel).getByRole('heading', { name: 'Add a passkey' })).toHaveFocus()
    expect(within(panel).queryByRole('button', { name: 'Skip for now' })).toBeNull()
    expect(screen.getAllByText('Acme')).toHaveLength(1) // one card, not a second sign-in card
    await user.click(within(panel).getByRole('button', { name: 'Cancel' }))

    expect(await within(passkeys).findByRole('button', { name: 'Add a passkey' })).toHaveFocus()
    expect(await snoozedUntil('ana@example.com')).toEqual(snoozesBefore)
  })

  it('J9: after the recent sign-in window, deleting a passkey asks to confirm it is you, then deletes it', async () => {
    const onEvent = vi.fn()
    const { user } = renderApp('/login', { onEvent })
    await enterIdentifier(user, 'ana@example.com')
    await enterPassword(user)
    await user.click(await screen.findByRole('button', { name: 'Create passkey' }))
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    await enterCode(user)
    const passkeys = await screen.findByRole('region', { name: 'Passkeys' })
    await within(passkeys).findAllByRole('listitem')
    await devApi.call('devClock', { body: { advanceSeconds: 6 * 60 } })

    await user.click(within(passkeys).getByRole('button', { name: 'Delete' }))
    await user.click(await screen.findByRole('button', { name: 'Delete passkey' }))
    const confirm = await screen.findByRole('dialog', { name: 'Confirm it’s you' })
    expect(within(confirm).getByRole('heading', { name: 'Confirm it’s you' })).toHaveFocus()
    await user.click(within(confirm).getByRole('button', { name: 'Confirm with Touch ID' }))

    expect(await within(passkeys).findByText(/No passkeys yet/)).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
    // The dashboard reports its "Confirm it's you" to the host's funnel too.
    expect(onEvent).toHaveBeenCalledWith({ type: 'stepUp.shown' })
    expect(onEvent).toHaveBeenCalledWith({ type: 'stepUp.passed', method: 'passkey' })
  })

  it('J9: confirming with a code instead also adds the passkey, and cancelling says nothing was added', async () => {
    const { user } = renderApp()
    await enterIdentifier(user, 'ana@example.com')
    await enterPassword(user)
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }))
    await enterCode(user)
    const passkeys = await screen.findByRole('region', { name: 'Passkeys' })
    await devApi.call('devClock', { body: { advanceSeconds: 6 * 60 } })

    await user.click(within(passkeys).getByRole('button', { name: 'Add a passkey' }))
    let confirm = await screen.findByRole('dialog', { name: 'Confirm it’s you' })
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(
      await within(passkeys).findByText(/confirming it’s you was cancelled/),
    ).toBeInTheDocument()

    await user.click(within(passkeys).getByRole('button', { name: 'Add a passkey' }))
    confirm = await screen.findByRole('dialog', { name: 'Confirm it’s you' })
    // Ana has no passkey yet: the code is the way to confirm.
    await screen.findByRole('heading', { name: 'Enter the code we sent you' })
    await user.type(
      within(screen.getByRole('dialog')).getByRole('textbox', { name: 'Verification code' }),
      await latestCode(),
    )
    await user.click(await within(passkeys).findByRole('button', { name: 'Create passkey' }))
    await user.click(await within(passkeys).findByRole('button', { name: 'Continue' }))

    expect(await within(passkeys).findAllByRole('listitem')).toHaveLength(1)
  })

  it('J9: after the recent sign-in window, "Sign out everywhere" asks to confirm it is you; cancelled, it stays and says so', async () => {
    const { user } = renderApp()
    await enterIdentifier(user, 'ana@example.com')
    await enterPassword(user)
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }))
    await enterCode(user)
    await screen.findByRole('region', { name: 'Passkeys' })
    const elsewhere = await signIn('ana@example.com')
    await devApi.call('devClock', { body: { advanceSeconds: 6 * 60 } })

    const signOutEverywhere = screen.getByRole('button', { name: 'Sign out everywhere' })
    await user.click(signOutEverywhere)
    // Ana has no passkey yet: the dialog goes straight to the code.
    await screen.findByRole('heading', { name: 'Enter the code we sent you' })
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }))
    expect(await screen.findByText(/confirming it’s you was cancelled/)).toBeInTheDocument()
    expect(signOutEverywhere).toHaveFocus()
    await expect(api.call('session', { token: elsewhere.token })).resolves.toBeTruthy()

    await user.click(signOutEverywhere)
    await screen.findByRole('heading', { name: 'Enter the code we sent you' })
    await user.type(
      within(screen.getByRole('dialog')).getByRole('textbox', { name: 'Verification code' }),
      await latestCode(),
    )

    expect(
      await screen.findByRole('button', { name: 'Continue as ana@example.com' }),
    ).toBeInTheDocument()
    expect(await errorCode(api.call('session', { token: elsewhere.token }))).toBe('unauthorized')
  })

  it('J7: under policy "required" the offer has no skip, and the passkey leads on to the code', async () => {
    const { user } = renderApp('/login?append=required')

    await enterIdentifier(user, 'lea@example.com')
    await enterPassword(user)
    await screen.findByRole('button', { name: 'Create passkey' })
    expect(screen.queryByRole('button', { name: 'Skip for now' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Create passkey' }))
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    await enterCode(user)

    expect(await screen.findByRole('heading', { name: /Dashboard/ })).toBeInTheDocument()
  })

  it('J7 where the browser cannot create a passkey: the code lets her in, and says she will be asked again', async () => {
    const { user } = renderApp('/login?append=required', { device: noWebAuthn })

    await enterIdentifier(user, 'lea@example.com')
    await enterPassword(user)
    await screen.findByRole('textbox', { name: 'Verification code' })
    expect(screen.queryByRole('button', { name: 'Create passkey' })).toBeNull()
    expect(
      screen.getByText(/you will be asked again when you sign in on a device that can/),
    ).toBeVisible()
    await enterCode(user)

    expect(await screen.findByRole('heading', { name: /Dashboard/ })).toBeInTheDocument()
    // The dashboard says why it offers no "Add a passkey" here.
    expect(await screen.findByText(/This browser cannot create a passkey/)).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Add a passkey' })).toBeNull()
  })

  it('J10: a cancelled prompt says so and the passkey can be tried again', async () => {
    const authenticator = newAuthenticator()
    await registerPasskey(authenticator, (await signIn('ana@example.com')).token)
    const { user, fake } = renderApp('/login', { authenticator })
    await enterIdentifier(user, 'ana@example.com')

    // The account's passkey screen, not the first screen's button (still there during the lookup).
    await screen.findByRole('heading', { name: 'Sign in with your passkey' })
    fake.nextPrompt('NotAllowedError')
    await user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/cancel/i)
    await user.click(screen.getByRole('button', { name: 'Sign in with a passkey' }))

    await screen.findByRole('heading', { name: /Dashboard/ })
  })

  it('J4b: signs in with a phone (hybrid), then offers a passkey for this device', async () => {
    const phone = newAuthenticator()
    await registerPasskey(phone, (await signIn('ana@example.com')).token)
    const { user } = renderApp('/login', { authenticator: phone })
    await enterIdentifier(user, 'ana@example.com')

    await user.click(await screen.findByRole('button', { name: 'Use a phone or tablet' }))
    await screen.findByRole('heading', { name: 'Add a passkey to this device' })
    await user.click(screen.getByRole('button', { name: 'Skip for now' }))

    expect(await screen.findByRole('heading', { name: /Dashboard/ })).toBeInTheDocument()
    // The passkey answered from the phone: this device has none of its own yet.
    const passkeys = await screen.findByRole('region', { name: 'Passkeys' })
    await within(passkeys).findByRole('listitem')
    expect(within(passkeys).queryByText('This device')).not.toBeInTheDocument()
  })

  it('J10: five wrong passwords lock the account, with a way out', async () => {
    const { user } = renderApp()
    await enterIdentifier(user, 'ana@example.com')
    const field = await screen.findByLabelText('Password', { selector: 'input' })

    for (let attempt = 1; attempt <= 5; attempt++) {
      await user.clear(field)
      await user.type(field, `wrong-${attempt}`)
      await user.click(screen.getByRole('button', { name: 'Sign in' }))
      if (attempt < 5) await screen.findByRole('alert')
    }

    await screen.findByRole('heading', { name: 'Account temporarily locked' })
    await user.click(screen.getByRole('button', { name: 'Use another account' }))
    expect(await screen.findByRole('textbox', { name: 'Email or username' })).toBeVisible()
  })

  it('J10: a wrong code says how many tries are left, and the right one gets in', async () => {
    const { user } = renderApp()
    await enterIdentifier(user, 'ana@example.com')
    await enterPassword(user)
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }))
    await screen.findByRole('button', { name: 'Verify' })
    const code = await latestCode()

    await user.type(
      screen.getByRole('textbox', { name: 'Verification code' }),
      code === '000000' ? '111111' : '000000',
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(/4/)
    const field = screen.getByRole('textbox', { name: 'Verification code' })
    await user.clear(field)
    await user.type(field, code)

    expect(await screen.findByRole('heading', { name: /Dashboard/ })).toBeInTheDocument()
  })

  it('J10: a wrong password shows an alert and keeps the user on the password step', async () => {
    const { user } = renderApp()
    await enterIdentifier(user, 'ana@example.com')

    await user.type(await screen.findByLabelText('Password', { selector: 'input' }), 'wrong')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(/not right/i)
    expect(screen.getByRole('heading', { name: 'Enter your password' })).toBeInTheDocument()
  })

  it('sends a signed-out user from the dashboard to the login', async () => {
    renderApp('/dashboard')

    expect(await screen.findByRole('textbox', { name: 'Email or username' })).toBeVisible()
  })

  it('sends a user whose session the backend ended back to sign in, and says why', async () => {
    const session = await signIn('ana@example.com')
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session))
    localStorage.setItem(LAST_ACCOUNT_KEY, 'ana@example.com')
    await api.call('logout', { token: session.token }) // ended elsewhere: another tab, a reset
    const { user } = renderApp('/dashboard')

    const continueAs = await screen.findByRole('button', { name: 'Continue as ana@example.com' })
    expect(screen.getByRole('status')).toHaveTextContent('Your session has ended.')
    await user.click(continueAs)
    expect(await screen.findByLabelText('Password', { selector: 'input' })).toBeVisible()
  })

  it('keeps the policy of the URL it started from across sign-out', async () => {
    const { user } = renderApp('/login?conditionalUI=off&append=required')
    await enterIdentifier(user, 'lea@example.com')
    await enterPassword(user)
    await user.click(await screen.findByRole('button', { name: 'Create passkey' }))
    await user.click(await screen.findByRole('button', { name: 'Continue' }))
    await enterCode(user)
    await user.click(await screen.findByRole('button', { name: 'Sign out' }))

    await user.click(await screen.findByRole('button', { name: 'Use another account' }))
    await enterIdentifier(user, 'ana@example.com')
    await enterPassword(user)

    await screen.findByRole('button', { name: 'Create passkey' })
    expect(screen.queryByRole('button', { name: 'Skip for now' })).not.toBeInTheDocument()
  })

  it('keeps the policy of the query through the redirect from / (here: no skip under "required")', async () => {
    const { user } = renderApp('/?append=required')

    await enterIdentifier(user, 'ana@example.com')
    await enterPassword(user)

    expect(await screen.findByRole('button', { name: 'Create passkey' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Skip for now' })).toBeNull()
  })

  it('J8: a returning user hears "Welcome back" first, never a "Sign in" that changes', async () => {
    localStorage.setItem(LAST_ACCOUNT_KEY, 'ana@example.com')
    const headings: string[] = []
    const observer = new MutationObserver(() => {
      for (const heading of document.querySelectorAll('h1')) {
        const text = heading.textContent
        if (headings.at(-1) !== text) headings.push(text)
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })

    renderApp()
    const welcome = await screen.findByRole('heading', { name: 'Welcome back' })
    observer.disconnect()

    expect(headings).toEqual(['Welcome back'])
    expect(welcome).toHaveFocus()
  })

  it('signs out from the dashboard back to the returning-user screen', async () => {
    const { user } = renderApp()
    await enterIdentifier(user, 'ana@example.com')
    await enterPassword(user)
    await user.click(await screen.findByRole('button', { name: 'Skip for now' }))
    await enterCode(user)

    await user.click(await screen.findByRole('button', { name: 'Sign out' }))

    expect(
      await screen.findByRole('button', { name: 'Continue as ana@example.com' }),
    ).toBeInTheDocument()
  })
})
