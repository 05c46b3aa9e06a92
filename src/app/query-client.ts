import { QueryClient } from '@tanstack/react-query'

/** One per app (and a fresh one per test): server data such as the session and passkey list. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  })
}
