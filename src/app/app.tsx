import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { createQueryClient } from './query-client'
import { LoginPage } from './login-page'

// Demo builds only: `__DEMO__` is false in production, so this chunk is never emitted there.
const DemoPanel = __DEMO__ ? lazy(() => import('../demo/demo-panel')) : null

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <QueryClientProvider client={client}>
      <LoginPage />
      {DemoPanel && (
        <Suspense fallback={null}>
          <DemoPanel />
        </Suspense>
      )}
    </QueryClientProvider>
  )
}
