import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  // The fake backend ships in this test app's bundle (a real host keeps it to tests and Storybook).
  build: { chunkSizeWarningLimit: 2000 },
})
