/**
 * The login machine for a given device detector: the real one, or the demo's, which can pretend
 * a browser without passkey support.
 */
import { fromPromise } from 'xstate'
import { defaultLoginMachine, readLastAccount } from '../machines/login/login.actors'
import type { LoginMachine } from '../machines/login/login.machine'
import type { EnvironmentOutput } from '../machines/login/login.types'
import { detectDevice, type DetectDevice } from '../webauthn/detect-device'

/** The login machine using `detect` for its device profile. */
export function loginMachineFor(detect: DetectDevice): LoginMachine {
  if (detect === detectDevice) return defaultLoginMachine
  return defaultLoginMachine.provide({
    actors: {
      detectEnvironment: fromPromise<EnvironmentOutput>(async () => ({
        device: await detect(),
        lastAccount: readLastAccount(),
      })),
    },
  })
}
