/** Demo-only endpoints (the fake backend's inbox and switches) as TanStack Query units. */
import { queryOptions } from '@tanstack/react-query'
import { devApiClient } from 'passkey-login/msw'

export const devKeys = {
  all: ['dev'] as const,
  inbox: () => [...devKeys.all, 'inbox'] as const,
  scenario: () => [...devKeys.all, 'scenario'] as const,
}

export const inboxQuery = queryOptions({
  queryKey: devKeys.inbox(),
  queryFn: ({ signal }) => devApiClient.call('devInbox', { signal }),
  // The inbox stands in for a phone or mail client: new messages should just appear.
  refetchInterval: 1500,
})

export const scenarioQuery = queryOptions({
  queryKey: devKeys.scenario(),
  queryFn: ({ signal }) => devApiClient.call('devScenario', { signal }),
})
