/**
 * Consumer (a), vanilla: the headless core alone, driving a small DOM UI with no React. It uses
 * only the public entry point `passkey-login`, the way a Vue, Svelte or server-rendered host
 * would: make the machine, render each view the selector names, send the user's events.
 *
 * `confirmItsYou` is the host's "Confirm it's you" before a sensitive action, through `stepUp()`.
 *
 * `vanilla.test.ts` walks a whole sign-in and a step-up through it; `build.mjs` bundles it against the built
 * package and prints what the core weighs (and that no React came along).
 */
import { createActor } from 'xstate'
import {
  createLoginMachine,
  defaultPolicy,
  selectLoginView,
  stepUp,
  type StepUpOptions,
  type StepUpOutput,
  type LoginMachineOptions,
  type LoginView,
  type Policy,
} from 'passkey-login'

export interface SignInOptions extends LoginMachineOptions {
  policy?: Policy
  onSignedIn?: (token: string) => void
}

/** Mounts the sign-in into `root`; returns the stop. */
export function mountSignIn(root: HTMLElement, options: SignInOptions = {}): () => void {
  const { policy = defaultPolicy, onSignedIn, ...machineOptions } = options
  const actor = createActor(createLoginMachine(machineOptions), { input: { policy } })
  const send = actor.send.bind(actor)

  function form(label: string, name: string, submit: string, onValue: (value: string) => void) {
    const element = document.createElement('form')
    const field = document.createElement('input')
    field.name = name
    field.setAttribute('aria-label', label)
    const button = document.createElement('button')
    button.textContent = submit
    element.append(field, button)
    element.addEventListener('submit', (event) => {
      event.preventDefault()
      onValue(field.value)
    })
    return element
  }

  function button(text: string, onClick: () => void) {
    const element = document.createElement('button')
    element.textContent = text
    element.addEventListener('click', onClick)
    return element
  }

  function viewOf(view: LoginView): HTMLElement | string {
    switch (view.screen) {
      case 'identifier':
        return form('Email or username', 'username', 'Continue', (identifier) => {
          send({ type: 'identifier.submit', identifier })
        })
      case 'password':
        return form('Password', 'password', 'Sign in', (password) => {
          send({ type: 'password.submit', password })
        })
      case 'appendOffer':
        return view.canSkip
          ? button('Skip for now', () => {
              send({ type: 'append.skip' })
            })
          : 'Creating a passkey is required'
      case 'codeChannel':
        return button('Send code', () => {
          send({ type: 'code.choose', channel: view.selected })
        })
      case 'codeEntry':
        return form('Verification code', 'code', 'Verify', (code) => {
          send({ type: 'code.submit', code })
        })
      case 'authenticated':
        return `Signed in as ${view.session.user.identifier}`
      default:
        // The other screens (passkey prompts, lockout, returning user) as plain status text.
        return `${view.screen}…`
    }
  }

  let shown = ''
  const subscription = actor.subscribe((snapshot) => {
    const view = selectLoginView(snapshot)
    // Re-render only when the screen changes, so a field keeps what the user typed.
    const key = view.screen === 'codeEntry' ? `${view.screen}:${view.phase}` : view.screen
    if (key === shown) return
    shown = key
    root.replaceChildren(viewOf(view))
    if (view.screen === 'authenticated') onSignedIn?.(view.session.token)
  })
  actor.start()
  return () => {
    subscription.unsubscribe()
    actor.stop()
  }
}

/** "Confirm it's you" in `root` with `stepUp()`: the code's channel, then its entry. */
export function confirmItsYou(
  root: HTMLElement,
  options: Omit<StepUpOptions, 'onView'>,
): Promise<StepUpOutput> {
  let shown = ''
  return stepUp({
    ...options,
    onView: (view, send) => {
      const key = view.screen === 'codeEntry' ? `${view.screen}:${view.phase}` : view.screen
      if (key === shown) return
      shown = key
      const field = document.createElement('input')
      const action = document.createElement('form')
      const submit = document.createElement('button')
      action.append(field, submit)
      switch (view.screen) {
        case 'codeChannel':
          submit.textContent = 'Send code'
          field.type = 'hidden'
          action.addEventListener('submit', (event) => {
            event.preventDefault()
            send({ type: 'code.choose', channel: view.selected })
          })
          break
        case 'codeEntry':
          // The field once the code is out (while it is sent or checked, say so instead).
          if (view.phase !== 'entering') {
            root.replaceChildren(`${view.phase}…`)
            return
          }
          submit.textContent = 'Confirm'
          field.setAttribute('aria-label', 'Verification code')
          action.addEventListener('submit', (event) => {
            event.preventDefault()
            send({ type: 'code.submit', code: field.value })
          })
          break
        default:
          root.replaceChildren(`${view.screen}…`)
          return
      }
      root.replaceChildren(action)
    },
  })
}
