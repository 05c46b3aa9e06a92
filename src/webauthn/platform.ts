/**
 * Which operating system the user is on, so the copy can name the prompt they will see (Touch ID,
 * Windows Hello, ...). Only the OS matters here: the prompt is drawn by the OS, not the browser.
 *
 * Client hints first, the user-agent string second. No UA-parsing library: the popular one
 * (ua-parser-js 2.x) is AGPL, and five platforms need a handful of tested patterns, not a database.
 */

export type Platform = 'macos' | 'windows' | 'ios' | 'android' | 'other'

/** What detection reads from `navigator`; a plain object so tests and Storybook can pass any device. */
export interface UserAgentInput {
  userAgent: string
  userAgentData?: { platform?: string; mobile?: boolean } | undefined
  maxTouchPoints?: number
}

/**
 * `navigator.userAgentData.platform` values, lower-cased. Chrome OS and Linux have no dedicated
 * biometric prompt, so they get the generic screen-lock copy.
 */
const clientHintPlatforms: Readonly<Record<string, Platform>> = {
  macos: 'macos',
  windows: 'windows',
  ios: 'ios',
  android: 'android',
  'chrome os': 'other',
  'chromium os': 'other',
  linux: 'other',
}

export function detectPlatform(input: UserAgentInput): Platform {
  // Chromium sends '' or 'Unknown' when it will not say; the UA string may still know.
  const hint = input.userAgentData?.platform?.trim().toLowerCase()
  if (hint) {
    const fromHint = clientHintPlatforms[hint]
    if (fromHint) return fromHint
  }
  return platformFromUserAgent(input.userAgent, input.maxTouchPoints ?? 0)
}

function platformFromUserAgent(userAgent: string, maxTouchPoints: number): Platform {
  // Order matters: Android UAs also say "Linux", and iPhone UAs also say "like Mac OS X".
  if (/Android/i.test(userAgent)) return 'android'
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'ios'
  if (/Macintosh|Mac OS X/.test(userAgent)) {
    // iPadOS 13+ asks for desktop sites with a Mac UA; no Mac has a touch screen, iPads have 5 points.
    return maxTouchPoints > 1 ? 'ios' : 'macos'
  }
  if (userAgent.includes('Windows')) return 'windows'
  return 'other'
}

/** Reads the live browser. Never throws: SSR, Node tests and workers without `navigator` get `''`. */
export function currentUserAgent(): UserAgentInput {
  // `navigator.userAgentData` is missing from the DOM types and from Safari and Firefox, so every
  // field is read as unknown and kept only when it has the expected type.
  const scope: { navigator?: unknown } = globalThis
  const nav = scope.navigator
  if (!isRecord(nav)) return { userAgent: '' }

  const input: UserAgentInput = {
    userAgent: typeof nav.userAgent === 'string' ? nav.userAgent : '',
  }
  if (typeof nav.maxTouchPoints === 'number') input.maxTouchPoints = nav.maxTouchPoints
  const data = nav.userAgentData
  if (isRecord(data)) {
    input.userAgentData = {}
    if (typeof data.platform === 'string') input.userAgentData.platform = data.platform
    if (typeof data.mobile === 'boolean') input.userAgentData.mobile = data.mobile
  }
  return input
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
