/**
 * The WebAuthn Signal API: tells the user's password manager which passkeys the server still
 * accepts, so it stops offering deleted ones. Best effort by design: a browser without it, or one
 * that refuses, must never break the login, so these answer a boolean and never throw.
 */
import type {
  SendSignalAllAcceptedCredentialsOpts,
  SendSignalUnknownCredentialOpts,
} from '@simplewebauthn/browser'

export type SignalMethod = 'signalUnknownCredential' | 'signalAllAcceptedCredentials'

export interface SignalLibrary {
  sendSignal: (
    opts: SendSignalUnknownCredentialOpts | SendSignalAllAcceptedCredentialsOpts,
  ) => Promise<unknown>
  /** Whether the browser has the method; checked first so an old browser costs no call. */
  supports: (method: SignalMethod) => boolean
}

export interface Signals {
  signalUnknownCredential: (rpId: string, credentialId: string) => Promise<boolean>
  signalAcceptedCredentials: (
    rpId: string,
    userId: string,
    credentialIds: string[],
  ) => Promise<boolean>
}

const browserLibrary: SignalLibrary = {
  // Signals follow a server's answer, never a tap: the code loads when the first one is sent.
  sendSignal: async (opts) => (await import('./signal-library')).sendSignal(opts),
  supports: (method) => {
    // The DOM types declare these on every browser; in reality they are Chrome 132+, Safari 26+.
    const scope: { PublicKeyCredential?: Partial<Record<SignalMethod, unknown>> } = globalThis
    return typeof scope.PublicKeyCredential?.[method] === 'function'
  },
}

export function createSignals(overrides: Partial<SignalLibrary> = {}): Signals {
  const lib = { ...browserLibrary, ...overrides }

  async function send(
    method: SignalMethod,
    opts: SendSignalUnknownCredentialOpts | SendSignalAllAcceptedCredentialsOpts,
  ): Promise<boolean> {
    try {
      if (!lib.supports(method)) return false
      await lib.sendSignal(opts)
      return true
    } catch {
      // SecurityError (RP ID not valid here) or TypeError (not base64url): nothing the user can
      // act on, and the next sign-in sends the signal again.
      return false
    }
  }

  return {
    signalUnknownCredential: (rpId, credentialId) =>
      send('signalUnknownCredential', {
        signalName: 'unknownCredential',
        rpID: rpId,
        credentialID: credentialId,
      }),
    signalAcceptedCredentials: (rpId, userId, credentialIds) =>
      send('signalAllAcceptedCredentials', {
        signalName: 'allAcceptedCredentials',
        rpID: rpId,
        userID: userId,
        allAcceptedCredentialIDs: credentialIds,
      }),
  }
}

const browserSignals = createSignals()

/** Reports a credential the server does not know (it answered `unknown_credential`). */
export async function signalUnknownCredential(
  rpId: string,
  credentialId: string,
): Promise<boolean> {
  return browserSignals.signalUnknownCredential(rpId, credentialId)
}

/** Sends every credential the server accepts for the user, after sign-in and after a delete. */
export async function signalAcceptedCredentials(
  rpId: string,
  userId: string,
  credentialIds: string[],
): Promise<boolean> {
  return browserSignals.signalAcceptedCredentials(rpId, userId, credentialIds)
}
