// Decides which Chromium the browser tests drive. Shared by playwright.config.ts and the
// pre-flight check in require-browser.mjs so both always agree.
//
// Order: an explicit CHROMIUM_PATH, then Debian's /usr/bin/chromium (machines where Playwright
// cannot download its own build), then Playwright's own downloaded browser.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Debian's Chromium runs as root in CI and must not phone home: without these flags it
// retries blocked background connections and sometimes refuses to start.
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {{ kind: 'env' | 'system' | 'playwright', executablePath?: string, args: string[] } | { kind: 'none', reason: string }} */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { kind: 'env', executablePath: fromEnv, args: SYSTEM_CHROMIUM_ARGS };
    return {
      kind: 'none',
      reason:
        `CHROMIUM_PATH is set to ${fromEnv}, but no file exists there: point it at a Chromium executable, ` +
        "or unset it to use Playwright's own browser (npx playwright install chromium).",
    };
  }
  if (existsSync(SYSTEM_CHROMIUM)) {
    return { kind: 'system', executablePath: SYSTEM_CHROMIUM, args: SYSTEM_CHROMIUM_ARGS };
  }
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return { kind: 'playwright', args: [] };
  return {
    kind: 'none',
    reason:
      'No Chromium found for the browser tests: run `npx playwright install chromium`, ' +
      'or install Chromium (on Debian: `apt-get install chromium`) or set CHROMIUM_PATH to a Chromium executable.',
  };
}
