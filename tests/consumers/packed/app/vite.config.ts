import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  build: {
    // The fake backend is in this test app's build, in a chunk of its own (a real host keeps it
    // to tests and Storybook); the manifest says which chunks the page loads up front.
    chunkSizeWarningLimit: 2000,
    manifest: true,
  },
})
