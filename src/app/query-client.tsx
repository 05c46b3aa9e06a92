import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { useServerDataBox } from './server-data'

/** One per app (and a fresh one per test): server data such as the session and passkey list. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  })
}

/** React Query for the pages that load it: the app's one client, made on first use. */
export function ServerDataProvider({ children }: { children: ReactNode }) {
  const box = useServerDataBox()
  const [client] = useState(() => (box.client ??= createQueryClient()))
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}
