import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './app/theme.css'

async function start() {
  // Demo builds run the fake backend in the page; the app mounts only once it answers.
  // In production `__DEMO__` is false and the bundler drops this import entirely.
  if (__DEMO__) {
    const { startFakeBackend } = await import('../mocks/browser')
    await startFakeBackend()
  }
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void start()
