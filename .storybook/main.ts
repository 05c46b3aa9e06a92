import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // StrictMode as in main.tsx: every story mounts, unmounts and mounts again, as the app does.
  framework: { name: '@storybook/react-vite', options: { strictMode: true } },
  // The MSW worker script, so stories can run the fake backend.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
}

export default config
