/** The Signal API's part of the browser library, a chunk of its own (see `./signals`). */
export { sendSignal } from '@simplewebauthn/browser'
