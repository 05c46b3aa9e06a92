/**
 * `useStepUp()`: "Confirm it's you" before the host's own sensitive action (changing an email,
 * paying out). `confirm(action)` opens the step-up dialog and resolves with its output: a fresh
 * session (keep it: the old one has ended), `declined`, or `sessionEnded`. Render `dialog`
 * anywhere; when it closes, focus goes back to where it was (the button that asked).
 */
import { useCallback, useRef, useState, type ReactNode } from 'react'
import type { Session } from '../api/contract'
import type { ApiClient } from '../api/http'
import { useReturnFocus } from '../components/return-focus'
import type { StepUpOutput } from '../machines/step-up/step-up.machine'
import type { DeviceProfile } from '../webauthn/capabilities'
import { StepUpFlow } from './step-up-flow'
import type { OnFunnelEvent } from './use-funnel'

export interface UseStepUpOptions {
  session: Session
  device: DeviceProfile
  /** The API client (default: this origin's). */
  api?: ApiClient | undefined
  /** Told what the person did (the funnel: shown, passed, declined, failed). */
  onEvent?: OnFunnelEvent | undefined
}

export function useStepUp({ session, device, api, onEvent }: UseStepUpOptions): {
  confirm: (action: string) => Promise<StepUpOutput>
  dialog: ReactNode
} {
  const asking = useRef<((result: StepUpOutput) => void) | null>(null)
  const [open, setOpen] = useState<{ action: string; attempt: number } | null>(null)

  const confirm = useCallback(
    (action: string) =>
      new Promise<StepUpOutput>((resolve) => {
        // One at a time: a second ask declines the first.
        asking.current?.({ kind: 'declined' })
        asking.current = resolve
        setOpen((previous) => ({ action, attempt: (previous?.attempt ?? 0) + 1 }))
      }),
    [],
  )

  const finish = useCallback((result: StepUpOutput) => {
    const resolve = asking.current
    asking.current = null
    setOpen(null)
    resolve?.(result)
  }, [])
  useReturnFocus(open !== null)

  const dialog = open ? (
    <StepUpFlow
      key={open.attempt}
      session={session}
      device={device}
      action={open.action}
      onDone={finish}
      api={api}
      onEvent={onEvent}
    />
  ) : null
  return { confirm, dialog }
}
