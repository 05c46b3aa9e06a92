/**
 * What every story shares, apart from the fake backend's loader: the design tokens, the platform
 * switch in the toolbar (it drives the per-platform copy), and viewports for phone, tablet and
 * desktop. Portable-story tests (`composeStories` in jsdom) use exactly this.
 */
import type { Decorator, Loader, Preview, StoryContext } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { preloadDashboardCopy } from '../src/components/dashboard-copy'
import { LocaleProvider } from '../src/components/locale'
import { preloadStepsCopy } from '../src/components/steps-copy'
import { directionOf, preloadLocale, type Locale } from '../src/copy/catalogs'
import { biometricByPlatform } from '../src/webauthn/capabilities'
import type { Platform } from '../src/webauthn/platform'
import { argsInStoryLanguage, setStoryLocale } from './words'
import 'passkey-login/styles.css'
import '../src/app/theme.css'

type PlatformGlobal = Platform | 'story'

/**
 * With a platform picked in the toolbar, stories that take `biometric` (screens) or `platform`
 * (the journeys' device) show that platform.
 */
const withPlatform: Decorator = (Story, { args, globals }) => {
  const platform = (globals.platform ?? 'story') as PlatformGlobal
  if (platform === 'story') return <Story />
  if ('platform' in args) return <Story args={{ ...args, platform }} />
  if ('biometric' in args)
    return <Story args={{ ...args, biometric: biometricByPlatform[platform] }} />
  return <Story />
}

/** Light or dark regardless of the system setting (the tokens follow `color-scheme`). */
const withTheme: Decorator = (Story, { globals }) => {
  const theme = (globals.theme ?? 'system') as 'system' | 'light' | 'dark'
  const root = document.documentElement
  if (theme === 'system') delete root.dataset.theme
  else root.dataset.theme = theme
  return <Story />
}

const localeOf = (globals: Record<string, unknown>) => (globals.locale ?? 'en') as Locale

/**
 * The story in the toolbar's language, with its direction (Arabic reads right to left), on the
 * page too, as main.tsx does: in a right-to-left page, what overflows to the left scrolls.
 */
const withLocale: Decorator = (Story, { globals }) => {
  const locale = localeOf(globals)
  document.documentElement.lang = locale
  document.documentElement.dir = directionOf(locale)
  return (
    <LocaleProvider locale={locale}>
      <Story />
    </LocaleProvider>
  )
}

/** Our English messages passed as args (an error, a notice) in the story's language too. */
const withArgsInLocale: Decorator = (Story, { args }) => <Story args={argsInStoryLanguage(args)} />

/** Every part of the language's words, before the story renders: no flash of English. */
const loadLocale: Loader = async ({ globals }) => {
  const locale = localeOf(globals)
  setStoryLocale(locale)
  await Promise.all([preloadLocale(locale), preloadStepsCopy(locale), preloadDashboardCopy(locale)])
  return {}
}

/**
 * Nothing scrolls sideways: every story fits its viewport's width, after its play too. The story
 * tests run German and Arabic at 360 px, where long words and mirrored layouts overflow first.
 */
const fitsTheWidth = async ({ canvasElement }: StoryContext) => {
  const page = canvasElement.ownerDocument.documentElement
  await expect(page.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(page.clientWidth)
}

export const annotations: Preview = {
  decorators: [withArgsInLocale, withPlatform, withTheme, withLocale],
  loaders: [loadLocale],
  afterEach: fitsTheWidth,
  globalTypes: {
    locale: {
      description: 'Language (and with it the direction)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية (right to left)' },
        ],
        dynamicTitle: true,
      },
    },
    platform: {
      description: 'Platform whose wording the screens use',
      toolbar: {
        title: 'Platform',
        icon: 'mobile',
        items: [
          { value: 'story', title: 'As the story says' },
          { value: 'macos', title: 'macOS (Touch ID)' },
          { value: 'windows', title: 'Windows (Windows Hello)' },
          { value: 'ios', title: 'iOS (Face ID or Touch ID)' },
          { value: 'android', title: 'Android (screen lock)' },
          { value: 'other', title: 'Other (screen lock)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'system', title: 'As the system' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { platform: 'story', theme: 'system', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // A violation fails the story's test (Vitest addon) instead of only showing in the panel.
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone: { name: 'Phone (360 × 740)', styles: { width: '360px', height: '740px' } },
        tablet: { name: 'Tablet (768 × 1024)', styles: { width: '768px', height: '1024px' } },
        desktop: { name: 'Desktop (1280 × 800)', styles: { width: '1280px', height: '800px' } },
      },
    },
  },
}
