/**
 * The app's routing, all of it: two pages and a redirect do not need a router library (one cost
 * ~25 KB gzipped on the sign-in page). A `Navigation` is the browser's history, or one in memory
 * for tests; components read the location and navigate through the context.
 */
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react'

export interface AppLocation {
  pathname: string
  search: string
  /** What the page that navigated here passed along (e.g. why the user is signing in again). */
  state: unknown
}

export interface NavigateOptions {
  replace?: boolean
  state?: unknown
}

export interface Navigation {
  location: () => AppLocation
  navigate: (to: { pathname: string; search?: string }, options?: NavigateOptions) => void
  subscribe: (listener: () => void) => () => void
}

function listeners() {
  const set = new Set<() => void>()
  return {
    add: (listener: () => void) => {
      set.add(listener)
      return () => {
        set.delete(listener)
      }
    },
    notify: () => {
      for (const listener of set) listener()
    },
  }
}

/** The browser's own history: back and forward work, and a reload stays on the page. */
export function browserNavigation(): Navigation {
  const changed = listeners()
  let current: AppLocation | undefined
  const read = (): AppLocation => {
    const { pathname, search } = window.location
    const state: unknown = window.history.state
    if (current?.pathname !== pathname || current.search !== search || current.state !== state) {
      current = { pathname, search, state }
    }
    return current
  }
  return {
    location: read,
    navigate: ({ pathname, search = '' }, { replace = false, state = null } = {}) => {
      const url = `${pathname}${search}`
      if (replace) window.history.replaceState(state, '', url)
      else window.history.pushState(state, '', url)
      changed.notify()
    },
    subscribe: (listener) => {
      window.addEventListener('popstate', listener)
      const stop = changed.add(listener)
      return () => {
        window.removeEventListener('popstate', listener)
        stop()
      }
    },
  }
}

/** History in memory, starting at `path` (tests, Storybook). */
export function memoryNavigation(path: string): Navigation {
  const changed = listeners()
  const url = new URL(path, 'http://memory')
  let current: AppLocation = { pathname: url.pathname, search: url.search, state: null }
  return {
    location: () => current,
    navigate: ({ pathname, search = '' }, { state = null } = {}) => {
      current = { pathname, search, state }
      changed.notify()
    },
    subscribe: changed.add,
  }
}

export const NavigationContext = createContext<Navigation | null>(null)

function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext)
  if (!navigation) throw new Error('useLocation / useNavigate: render inside <App>')
  return navigation
}

export function useLocation(): AppLocation {
  const navigation = useNavigation()
  return useSyncExternalStore(navigation.subscribe, navigation.location)
}

export function useNavigate(): Navigation['navigate'] {
  return useNavigation().navigate
}

/** Goes to `to` as soon as it renders, replacing the current entry (a redirect). */
export function Redirect({
  to,
  state,
}: {
  to: { pathname: string; search?: string }
  state?: unknown
}) {
  const navigate = useNavigate()
  const { pathname, search } = to
  useEffect(() => {
    navigate({ pathname, search }, { replace: true, state })
  }, [navigate, pathname, search, state])
  return null
}
