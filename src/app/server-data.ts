/**
 * The app's React Query client, made by the first page that needs server data (the dashboard,
 * the demo drawer), so the sign-in page loads none of React Query. App holds the box; tests put
 * their own client in it.
 */
import type { QueryClient } from '@tanstack/react-query'
import { createContext, useContext } from 'react'

export interface ServerDataBox {
  client: QueryClient | null
}

export const ServerDataContext = createContext<ServerDataBox | null>(null)

export function useServerDataBox(): ServerDataBox {
  const box = useContext(ServerDataContext)
  if (!box) throw new Error('useServerDataBox: render inside <App>')
  return box
}
