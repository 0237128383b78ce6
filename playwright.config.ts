import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './e2e/find-browser.mjs';

const browser = findBrowser();
const launchOptions =
  browser.kind === 'none' || browser.kind === 'playwright'
    ? {}
    : { executablePath: browser.executablePath, args: browser.args };

// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

// Specs run against the production build served by `vite preview`, the same files a user gets.
export default defineConfig({
  testDir: 'e2e',
  // The README screenshot is refreshed on demand (`npm run screenshot`), not on every test run.
  grepInvert: process.argv.some((a) => a.includes('@screenshot')) ? undefined : /@screenshot/,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
