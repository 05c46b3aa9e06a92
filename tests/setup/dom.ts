import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// The app runs under <StrictMode> (main.tsx), which mounts, unmounts and mounts every component
// again in development. Every React test does the same, so a flow that does not survive a
// remount fails here rather than in `npm run dev`.
configure({
  reactStrictMode: true,
  // findBy* waits up to 3 s, not 1: on a 2-core CI box running test files side by side, a step
  // that loads a chunk (a cold module transform here) can take over a second. Still no sleeps.
  asyncUtilTimeout: 3000,
})
// Stories rendered in jsdom (composeStories) read Storybook's framework options, as .storybook/main.ts sets them.
Object.assign(globalThis, { FRAMEWORK_OPTIONS: { strictMode: true } })

afterEach(() => {
  cleanup()
  // The app keeps the session, the last account and an unfinished flow in web storage.
  localStorage.clear()
  sessionStorage.clear()
})

// jsdom has no matchMedia; answer "no match" (a narrow screen, no reduced motion preference).
if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }),
  })
}

// jsdom computes the cascade of its built-in stylesheet on every getComputedStyle call, and
// Testing Library calls it for every element of every role query (is it hidden?): a tenth of a
// journey's time. The tests load no CSS, so an element's computed style changes only when the
// DOM does: remember it until the next mutation, checked synchronously so it is never stale.
// Once per document: test files in a worker share it (`isolate: false`).
const MEMO = Symbol.for('passkey-login:computed-style-memo')
if (!(MEMO in window)) {
  const computedStyle = window.getComputedStyle.bind(window)
  let styles = new WeakMap<Element, CSSStyleDeclaration>()
  const mutations = new MutationObserver(() => {
    styles = new WeakMap()
  })
  mutations.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  })
  window.getComputedStyle = (element, pseudo) => {
    if (pseudo) return computedStyle(element, pseudo)
    if (mutations.takeRecords().length > 0) styles = new WeakMap()
    const known = styles.get(element)
    if (known) return known
    const style = computedStyle(element)
    styles.set(element, style)
    return style
  }
  Object.defineProperty(window, MEMO, { value: true })
}
