import { useMemo } from 'react'
import { receiveSmsCode } from '../webauthn/web-otp'

/** What the code screen subscribes to: it is handed a code the device read by itself. */
export type CodeListener = (receive: (code: string) => void) => () => void

/**
 * WebOTP for the code screen while it expects a code by SMS: a new browser request for each
 * subscription (each send), aborted when the screen stops listening or goes away.
 */
export function useSmsCodeListener(listening: boolean): CodeListener | undefined {
  return useMemo(() => {
    if (!listening) return undefined
    return (receive: (code: string) => void) => {
      const controller = new AbortController()
      void receiveSmsCode(controller.signal).then((code) => {
        if (code !== null && !controller.signal.aborted) receive(code)
      })
      return () => {
        controller.abort()
      }
    }
  }, [listening])
}
