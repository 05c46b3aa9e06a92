/** The browser library's create() ceremony, a chunk of its own (see `preloadRegistration`). */
export { startRegistration } from '@simplewebauthn/browser'
