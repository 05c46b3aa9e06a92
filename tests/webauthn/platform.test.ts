/** Platform detection: which OS prompt the user will see, from client hints or the UA string. */
import { describe, expect, it, vi } from 'vitest'
import { currentUserAgent, detectPlatform, type Platform } from '../../src/webauthn/platform'

const userAgents = {
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  windowsEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  windowsFirefox:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  iPhoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  iPhoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  chromeOs:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
}

describe('detectPlatform from the user-agent string', () => {
  it.each<[string, string, Platform]>([
    ['Safari on a Mac', userAgents.macSafari, 'macos'],
    ['Chrome on a Mac', userAgents.macChrome, 'macos'],
    ['Edge on Windows', userAgents.windowsEdge, 'windows'],
    ['Firefox on Windows', userAgents.windowsFirefox, 'windows'],
    ['Safari on an iPhone', userAgents.iPhoneSafari, 'ios'],
    ['Chrome on an iPhone', userAgents.iPhoneChrome, 'ios'],
    ['Chrome on Android', userAgents.androidChrome, 'android'],
    ['Firefox on Android', userAgents.androidFirefox, 'android'],
    ['Firefox on Linux', userAgents.linuxFirefox, 'other'],
    ['Chrome on a Chromebook', userAgents.chromeOs, 'other'],
    ['an empty user agent', '', 'other'],
  ])('recognises %s', (_, userAgent, expected) => {
    expect(detectPlatform({ userAgent })).toBe(expected)
  })

  it('treats a Mac user agent on a touch screen as an iPad, which is iOS', () => {
    const iPadAsMac = { userAgent: userAgents.macSafari, maxTouchPoints: 5 }

    expect(detectPlatform(iPadAsMac)).toBe('ios')
  })

  it('keeps a Mac without touch points a Mac', () => {
    expect(detectPlatform({ userAgent: userAgents.macSafari, maxTouchPoints: 0 })).toBe('macos')
  })
})

describe('detectPlatform from client hints', () => {
  it.each<[string, Platform]>([
    ['macOS', 'macos'],
    ['Windows', 'windows'],
    ['Android', 'android'],
    ['iOS', 'ios'],
    ['Chrome OS', 'other'],
    ['Chromium OS', 'other'],
    ['Linux', 'other'],
  ])('maps the platform hint %s', (hint, expected) => {
    const input = { userAgent: '', userAgentData: { platform: hint, mobile: false } }

    expect(detectPlatform(input)).toBe(expected)
  })

  it('prefers the hint over a user-agent string that says otherwise', () => {
    // Chrome's reduced UA and a "request desktop site" UA can both disagree with the hint.
    const input = { userAgent: userAgents.linuxFirefox, userAgentData: { platform: 'Android' } }

    expect(detectPlatform(input)).toBe('android')
  })

  it.each(['', 'Unknown'])('falls back to the user-agent string when the hint is %j', (hint) => {
    const input = { userAgent: userAgents.windowsEdge, userAgentData: { platform: hint } }

    expect(detectPlatform(input)).toBe('windows')
  })
})

describe('currentUserAgent', () => {
  it('answers an empty user agent where there is no navigator', () => {
    vi.stubGlobal('navigator', undefined)

    expect(currentUserAgent()).toEqual({ userAgent: '' })
  })

  it('reads the user agent, client hints and touch points from the navigator', () => {
    vi.stubGlobal('navigator', {
      userAgent: userAgents.androidChrome,
      maxTouchPoints: 5,
      userAgentData: { platform: 'Android', mobile: true, brands: [] },
    })

    expect(currentUserAgent()).toEqual({
      userAgent: userAgents.androidChrome,
      maxTouchPoints: 5,
      userAgentData: { platform: 'Android', mobile: true },
    })
  })

  it('leaves out client hints where the browser has none', () => {
    vi.stubGlobal('navigator', { userAgent: userAgents.macSafari, maxTouchPoints: 0 })

    const input = currentUserAgent()

    expect(input).toEqual({ userAgent: userAgents.macSafari, maxTouchPoints: 0 })
    expect(detectPlatform(input)).toBe('macos')
  })
})
