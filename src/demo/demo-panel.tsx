/**
 * The demo panel (demo builds only): demo accounts, the inbox where codes arrive, and the fake
 * backend's scenario switches. A drawer visibly apart from the product, so screenshots of the
 * product do not include it unless it is opened.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState, useSyncExternalStore } from 'react'
import { demoCopy } from './copy'
import { loggedEvents, subscribeToEvents } from './event-log'
import { ServerDataProvider } from '../app/query-client'
import { useSessionStore } from '../app/session-store'
import styles from './demo-panel.module.css'
import { endpointNameSchema } from 'passkey-login/contract'
import {
  DEMO_PASSWORD,
  demoAccounts,
  devApiClient,
  failureKindSchema,
  type Scenario,
} from 'passkey-login/msw'
import { policyFromQuery } from 'passkey-login'
import { devKeys, inboxQuery, scenarioQuery } from './queries'

/** Wide enough for the drawer to sit beside the sign-in card instead of over it. */
const ROOM_BESIDE_CARD = '(min-width: 1200px)'

export default function DemoPanel() {
  return (
    <ServerDataProvider>
      <Drawer />
    </ServerDataProvider>
  )
}

function Drawer() {
  const [open, setOpen] = useState(() => window.matchMedia(ROOM_BESIDE_CARD).matches)
  const panelId = useId()
  return (
    <aside className={styles.drawer} aria-label={demoCopy.label} data-open={open}>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open)
        }}
      >
        <span className={styles.badge}>{demoCopy.label}</span>
        <span className="visually-hidden">{open ? demoCopy.close : demoCopy.open}</span>
      </button>
      <div id={panelId} className={styles.body} hidden={!open}>
        <Accounts />
        <Inbox />
        <Events />
        <PolicySwitches />
        <Scenarios />
      </div>
    </aside>
  )
}

function Accounts() {
  return (
    <section aria-labelledby="demo-accounts">
      <h2 id="demo-accounts" className={styles.title}>
        {demoCopy.accounts}
      </h2>
      <p className={styles.hint}>
        {demoCopy.password}: <code>{DEMO_PASSWORD}</code>
      </p>
      <ul className={styles.list}>
        {demoAccounts.map((account) => (
          <li key={account.identifier}>
            <code>{account.identifier}</code>
            <span className={styles.hint}>{account.journeys}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Inbox() {
  const inbox = useQuery(inboxQuery)
  const messages = [...(inbox.data?.messages ?? [])].reverse()
  return (
    <section aria-labelledby="demo-inbox" role="region">
      <h2 id="demo-inbox" className={styles.title}>
        {demoCopy.inbox}
      </h2>
      {messages.length === 0 ? (
        <p className={styles.hint}>{demoCopy.inboxEmpty}</p>
      ) : (
        <ul className={styles.list} aria-live="polite">
          {messages.map((message) => (
            <li key={message.id}>
              <span className={styles.hint}>
                {message.channel === 'email' ? 'Email' : 'SMS'} to {message.to},{' '}
                {new Date(message.sentAt).toLocaleTimeString()}
              </span>
              {/* A notice (a passkey added, codes paused, ...) carries no code: its text instead. */}
              {message.code === null ? (
                <span>{message.body}</span>
              ) : (
                <span>
                  {demoCopy.code}: <strong className={styles.code}>{message.code}</strong>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** The funnel events the app reported (what a host's `onEvent` would get), newest first. */
function Events() {
  const events = useSyncExternalStore(subscribeToEvents, loggedEvents)
  return (
    <section aria-labelledby="demo-events" role="region">
      <h2 id="demo-events" className={styles.title}>
        {demoCopy.events}
      </h2>
      {events.length === 0 ? (
        <p className={styles.hint}>{demoCopy.eventsEmpty}</p>
      ) : (
        <ol className={styles.list}>
          {events.map(({ at, event }) => {
            const { type, ...details } = event
            const detail = Object.entries(details)
              .map(([key, value]) => `${key}: ${String(value)}`)
              .join(', ')
            return (
              <li key={`${String(at)}-${type}-${detail}`}>
                <code>{type}</code>
                {detail && <span className={styles.hint}> {detail}</span>}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}

/** Policy lives in the URL query, so a link or a reload keeps it; changing it starts a new login. */
function PolicySwitches() {
  const policy = policyFromQuery(window.location.search)
  const apply = (change: Record<string, string>) => {
    const query = new URLSearchParams(window.location.search)
    for (const [key, value] of Object.entries(change)) query.set(key, value)
    window.location.assign(`/login?${query.toString()}`)
  }
  return (
    <section aria-labelledby="demo-policy">
      <h2 id="demo-policy" className={styles.title}>
        Policy
      </h2>
      <label className={styles.row}>
        Append
        <select
          value={policy.append}
          onChange={(event) => {
            apply({ append: event.target.value })
          }}
        >
          <option value="off">off</option>
          <option value="optional">optional</option>
          <option value="required">required</option>
        </select>
      </label>
      <label className={styles.row}>
        Passkey start
        <select
          value={policy.passkeyStart}
          onChange={(event) => {
            apply({ passkeyStart: event.target.value })
          }}
        >
          <option value="button">button</option>
          <option value="auto">auto</option>
        </select>
      </label>
      <label className={styles.row}>
        <input
          type="checkbox"
          checked={policy.conditionalUI}
          onChange={(event) => {
            apply({ conditionalUI: event.target.checked ? 'on' : 'off' })
          }}
        />
        Passkey autofill (conditional UI)
      </label>
      <label className={styles.row}>
        <input
          type="checkbox"
          checked={policy.conditionalCreate}
          onChange={(event) => {
            apply({ conditionalCreate: event.target.checked ? 'on' : 'off' })
          }}
        />
        Silent passkey after password (conditional create)
      </label>
    </section>
  )
}

function Scenarios() {
  const queryClient = useQueryClient()
  const sessionStore = useSessionStore()
  const scenario = useQuery(scenarioQuery)
  const [endpoint, setEndpoint] = useState<Scenario['failNext'][number]['endpoint']>('identify')
  const [failure, setFailure] = useState<Scenario['failNext'][number]['failure']>('server_error')
  const update = useMutation({
    mutationFn: (change: Partial<Scenario>) =>
      devApiClient.call('devScenarioUpdate', { body: change }),
    onSuccess: (data) => {
      queryClient.setQueryData(devKeys.scenario(), data)
    },
  })
  const reset = useMutation({
    mutationFn: () => devApiClient.call('devReset', {}),
    onSuccess: () => {
      // Everything the page holds came from the old data: start clean.
      sessionStore.set(null)
      sessionStorage.clear()
      window.location.assign('/login')
    },
  })
  const current = scenario.data?.scenario
  return (
    <section aria-labelledby="demo-scenarios">
      <h2 id="demo-scenarios" className={styles.title}>
        Scenarios
      </h2>
      {scenario.data?.storeNotice && <p role="status">{scenario.data.storeNotice}</p>}
      <label className={styles.row}>
        Latency
        <select
          value={current?.latencyMs ?? 0}
          onChange={(event) => {
            update.mutate({ latencyMs: Number(event.target.value) })
          }}
        >
          {[0, 300, 1000, 3000].map((ms) => (
            <option key={ms} value={ms}>
              {ms} ms
            </option>
          ))}
        </select>
      </label>
      <label className={styles.row}>
        <input
          type="checkbox"
          checked={current?.noPasskeySupport ?? false}
          onChange={(event) => {
            // Detection runs once per page: reload so the flow sees the new answer.
            update.mutate(
              { noPasskeySupport: event.target.checked },
              {
                onSuccess: () => {
                  window.location.reload()
                },
              },
            )
          }}
        />
        Pretend this browser has no passkey support
      </label>
      <fieldset className={styles.fieldset}>
        <legend>Fail the next call</legend>
        <select
          aria-label="Endpoint"
          value={endpoint}
          onChange={(event) => {
            setEndpoint(endpointNameSchema.parse(event.target.value))
          }}
        >
          {endpointNameSchema.options.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <select
          aria-label="Failure"
          value={failure}
          onChange={(event) => {
            setFailure(failureKindSchema.parse(event.target.value))
          }}
        >
          {failureKindSchema.options.map((kind) => (
            <option key={kind}>{kind}</option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => {
            update.mutate({ failNext: [...(current?.failNext ?? []), { endpoint, failure }] })
          }}
        >
          Queue failure
        </button>
        {current && current.failNext.length > 0 && (
          <p className={styles.hint}>
            Queued: {current.failNext.map((f) => `${f.endpoint} (${f.failure})`).join(', ')}
          </p>
        )}
      </fieldset>
      <button
        type="button"
        onClick={() => {
          reset.mutate()
        }}
      >
        {demoCopy.reset}
      </button>
    </section>
  )
}
