/** WebOTP: the browser's offer of a code from an SMS, as the code screen's listener gets it. */
import { describe, expect, it, vi } from 'vitest'
import { receiveSmsCode } from '../../src/webauthn/web-otp'

function stubWebOtp(get: (options: CredentialRequestOptions) => Promise<unknown>) {
  // Only its presence matters: WebOTP is detected by this name.
  vi.stubGlobal('window', { OTPCredential: vi.fn() })
  const spy = vi.fn(get)
  vi.stubGlobal('navigator', { credentials: { get: spy } })
  return spy
}

describe('receiveSmsCode', () => {
  it('asks for an SMS code with the signal and answers the code', async () => {
    const get = stubWebOtp(() => Promise.resolve({ type: 'otp', code: '246810' }))
    const controller = new AbortController()

    await expect(receiveSmsCode(controller.signal)).resolves.toBe('246810')
    expect(get).toHaveBeenCalledWith({ otp: { transport: ['sms'] }, signal: controller.signal })
  })

  it('answers null when the browser declines or is aborted, without throwing', async () => {
    stubWebOtp(() => Promise.reject(new DOMException('Aborted', 'AbortError')))

    await expect(receiveSmsCode(new AbortController().signal)).resolves.toBeNull()
  })

  it('answers null at once where the browser has no WebOTP', async () => {
    vi.stubGlobal('window', {})
    const get = vi.fn()
    vi.stubGlobal('navigator', { credentials: { get } })

    await expect(receiveSmsCode(new AbortController().signal)).resolves.toBeNull()
    expect(get).not.toHaveBeenCalled()
  })
})
