/** True in demo builds (`npm run dev`, `npm run build:demo`); false in `npm run build`. */
declare const __DEMO__: boolean

interface ImportMetaEnv {
  /** Base URL of the real backend in production builds; empty means same origin. */
  readonly VITE_API_BASE_URL?: string
}
