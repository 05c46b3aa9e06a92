import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import {
  directionOf,
  matchLocale,
  preloadLocale,
  type DetectDevice,
  type FunnelEvent,
} from 'passkey-login'
import 'passkey-login/styles.css'
import './app/theme.css'

async function start() {
  let detectDevice: DetectDevice | undefined
  let onEvent: ((event: FunnelEvent) => void) | undefined
  // Demo builds run the fake backend in the page; the app mounts only once it answers.
  // In production `__DEMO__` is false and the bundler drops these imports entirely.
  if (__DEMO__) {
    const [{ startFakeBackend }, demo, eventLog] = await Promise.all([
      import('../mocks/browser'),
      import('./demo/demo-device'),
      import('./demo/event-log'),
    ])
    await startFakeBackend()
    detectDevice = demo.demoDetectDevice
    // The demo panel lists the funnel events, as a host's analytics would receive them.
    onEvent = eventLog.recordEvent
  }
  // The browser's languages pick ours; the demo also takes `?lang=de` or `?lang=ar`.
  const asked = __DEMO__ ? new URLSearchParams(location.search).get('lang') : null
  const locale = matchLocale([...(asked ? [asked] : []), ...navigator.languages])
  document.documentElement.lang = locale
  document.documentElement.dir = directionOf(locale)
  await preloadLocale(locale) // its words before the first paint: no flash of English
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App detectDevice={detectDevice} onEvent={onEvent} locale={locale} />
    </StrictMode>,
  )
}

void start()
