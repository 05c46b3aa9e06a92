import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import type { DetectDevice, FunnelEvent } from 'passkey-login'
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
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App detectDevice={detectDevice} onEvent={onEvent} />
    </StrictMode>,
  )
}

void start()
