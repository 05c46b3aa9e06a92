import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import type { DetectDevice } from 'passkey-login'
import 'passkey-login/styles.css'
import './app/theme.css'

async function start() {
  let detectDevice: DetectDevice | undefined
  // Demo builds run the fake backend in the page; the app mounts only once it answers.
  // In production `__DEMO__` is false and the bundler drops these imports entirely.
  if (__DEMO__) {
    const [{ startFakeBackend }, demo] = await Promise.all([
      import('../mocks/browser'),
      import('./demo/demo-device'),
    ])
    await startFakeBackend()
    detectDevice = demo.demoDetectDevice
  }
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App detectDevice={detectDevice} />
    </StrictMode>,
  )
}

void start()
