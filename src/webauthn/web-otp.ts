/**
 * WebOTP: the browser offers the one-time code from an incoming SMS (Chrome on Android). It is
 * the Credential Management API's other use beside passkeys, so it lives with the WebAuthn
 * adapter: the one place that calls `navigator.credentials`.
 */

/** The WebOTP request (`otp` is not in the DOM typings yet). */
interface OtpCredentialRequest extends CredentialRequestOptions {
  otp: { transport: string[] }
}

export function supportsWebOtp(): boolean {
  return typeof window !== 'undefined' && 'OTPCredential' in window
}

/**
 * Waits for the browser to offer a code from an SMS. Resolves with the code, or null when the
 * browser cannot, the user dismissed it, or `signal` aborted; never rejects.
 */
export async function receiveSmsCode(signal: AbortSignal): Promise<string | null> {
  if (!supportsWebOtp()) return null
  const request: OtpCredentialRequest = { otp: { transport: ['sms'] }, signal }
  try {
    const credential = await navigator.credentials.get(request)
    const code = credential && 'code' in credential ? credential.code : undefined
    return typeof code === 'string' ? code : null
  } catch {
    return null // aborted, dismissed or unsupported: typing and pasting still work
  }
}
