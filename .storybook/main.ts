import type { StorybookConfig } from '@storybook/react-vite'
import type { PluginOption } from 'vite'

/** The app's build rules that do not apply to Storybook, which is a demo with its own page. */
const APP_ONLY_PLUGINS = ['passkey-login:production-guard', 'passkey-login:csp-meta']

function withoutAppOnly(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? []).flat(Infinity as 1).filter((plugin) => {
    const name = plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : ''
    return !APP_ONLY_PLUGINS.includes(name)
  })
}

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // StrictMode as in main.tsx: every story mounts, unmounts and mounts again, as the app does.
  framework: { name: '@storybook/react-vite', options: { strictMode: true } },
  // The MSW worker script, so stories can run the fake backend.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // Stories run the fake backend in the page, whatever mode Storybook builds in.
  viteFinal: (vite) => ({
    ...vite,
    plugins: withoutAppOnly(vite.plugins),
    define: { ...vite.define, __DEMO__: 'true' },
  }),
}

export default config
