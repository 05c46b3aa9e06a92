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
