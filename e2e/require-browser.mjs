// Pre-flight for `npm run test:e2e`: one clear sentence instead of Playwright's stack trace
// when no browser is installed.
import { findBrowser } from './find-browser.mjs';

const browser = findBrowser();
if (browser.kind === 'none') {
  console.error(browser.reason);
  process.exit(1);
}
