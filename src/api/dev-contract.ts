/**
 * The demo-only part of the contract: endpoints the fake backend serves so the demo, tests and
 * Storybook can read the inbox and steer scenarios. Kept apart from `contract.ts` so production
 * code never references them (the production bundle check would fail if it did).
 */
import * as z from 'zod/mini'
import {
  codeChannelSchema,
  define,
  describe,
  endpointNameSchema,
  okResponseSchema,
  type EndpointTable,
} from './contract'

const isoDateTime = z.iso.datetime({ offset: true })

export const inboxMessageSchema = describe(
  z.object({
    id: z.string(),
    channel: codeChannelSchema,
    to: z.string(),
    body: z.string(),
    code: describe(z.nullable(z.string()), {
      description: 'null for notices, which carry no code',
    }),
    sentAt: isoDateTime,
  }),
  { id: 'InboxMessage' },
)

export const failureKindSchema = z.enum(['server_error', 'network_error', 'malformed'])

export const scenarioSchema = describe(
  z.object({
    latencyMs: z.int().check(z.minimum(0), z.maximum(10_000)),
    failNext: z.array(z.object({ endpoint: endpointNameSchema, failure: failureKindSchema })),
    noPasskeySupport: z.boolean(),
  }),
  { id: 'Scenario' },
)

const scenarioResponse = describe(
  z.object({
    scenario: scenarioSchema,
    storeNotice: describe(z.nullable(z.string()), {
      description: 'set when a corrupt or outdated store was reset',
    }),
  }),
  { id: 'ScenarioState' },
)

export const devEndpoints = {
  devInbox: define({
    method: 'GET',
    path: '/api/dev/inbox',
    summary: 'Every email and SMS the fake backend sent',
    auth: 'none',
    response: z.object({ messages: z.array(inboxMessageSchema) }),
    errors: [],
    demoOnly: true,
  }),
  devReset: define({
    method: 'POST',
    path: '/api/dev/reset',
    summary: 'Reset all data to the seed',
    auth: 'none',
    response: okResponseSchema,
    errors: [],
    demoOnly: true,
  }),
  devScenario: define({
    method: 'GET',
    path: '/api/dev/scenario',
    summary: 'Latency, queued failures, pretend-no-passkey switch',
    auth: 'none',
    response: scenarioResponse,
    errors: [],
    demoOnly: true,
  }),
  devScenarioUpdate: define({
    method: 'PUT',
    path: '/api/dev/scenario',
    summary: 'Change the scenario (fields not given stay as they are)',
    auth: 'none',
    body: z.partial(scenarioSchema),
    response: scenarioResponse,
    errors: ['validation_error'],
    demoOnly: true,
  }),
  devClock: define({
    method: 'POST',
    path: '/api/dev/clock',
    summary: "Move the fake backend's clock forward (tests of lifetimes, without waiting)",
    auth: 'none',
    body: z.object({
      advanceSeconds: z.int().check(z.minimum(0), z.maximum(366 * 24 * 3600)),
    }),
    response: z.object({ now: isoDateTime }),
    errors: ['validation_error'],
    demoOnly: true,
  }),
} as const satisfies EndpointTable

export type DevEndpoints = typeof devEndpoints
export type InboxMessage = z.infer<typeof inboxMessageSchema>
export type Scenario = z.infer<typeof scenarioSchema>
export type FailureKind = z.infer<typeof failureKindSchema>
