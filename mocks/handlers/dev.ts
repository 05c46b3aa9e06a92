/** Demo-only controls: the inbox, reset, and the scenario switches. */
import { advanceClock } from '../config'
import { db } from '../db/store'
import { route } from './route'

async function scenarioState() {
  const scenario = await db.read((data) => data.scenario)
  return { scenario, storeNotice: db.notice }
}

export const devHandlers = [
  route('devInbox', async () => {
    const inbox = await db.read((data) => data.inbox)
    return {
      messages: inbox.map(({ sentAt, ...message }) => ({
        ...message,
        sentAt: new Date(sentAt).toISOString(),
      })),
    }
  }),

  route('devReset', async () => {
    await db.reset()
    return { ok: true as const }
  }),

  route('devScenario', scenarioState),

  route('devClock', ({ body }) =>
    Promise.resolve({ now: new Date(advanceClock(body.advanceSeconds * 1000)).toISOString() }),
  ),

  route('devScenarioUpdate', async ({ body }) => {
    await db.transact((data) => {
      data.scenario = { ...data.scenario, ...body }
    })
    return scenarioState()
  }),
]
