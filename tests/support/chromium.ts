/**
 * Debian's Chromium, for every real-browser run (Playwright e2e, Storybook stories in Vitest
 * browser mode). Nothing is downloaded; the flags keep it quiet on a closed network.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}
