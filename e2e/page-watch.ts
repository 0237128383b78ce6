// Records what must never happen on a page: Content-Security-Policy violations, console errors, uncaught
// exceptions and dialogs (alert/confirm/prompt, which is how an injected script would show itself).
// Call watchPage before page.goto, then expect(watch.problems()).toEqual([]) at the end.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export interface PageWatch {
  /** Every problem so far, one readable line each; [] when the page behaved. */
  problems(): Promise<string[]>;
  /** Dialogs opened so far (each dismissed at once). */
  readonly dialogs: readonly string[];
}

export async function watchPage(page: Page): Promise<PageWatch> {
  // Runs before any page script, in every document the page loads, so no violation is missed.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`;
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '?'} at ${where}`,
      );
    });
  });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return {
    dialogs,
    async problems() {
      const violations = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return [
        ...violations.map((v) => `CSP violation: ${v}`),
        ...errors,
        ...dialogs.map((d) => `dialog ${d}`),
      ];
    },
  };
}

/**
 * Elements and attributes that only injected markup could have made: event-handler attributes, frames,
 * plugins, inline scripts, scripts or images from elsewhere, links whose target is not http(s) or a
 * fragment of this page. Returns one line per finding; [] when the DOM is clean.
 */
export async function findInjectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: Element) => el.outerHTML.slice(0, 120);
    for (const el of document.querySelectorAll('*')) {
      for (const attribute of el.attributes) {
        if (attribute.name.startsWith('on')) found.push(`handler attribute: ${describe(el)}`);
      }
    }
    for (const el of document.querySelectorAll(
      'iframe, frame, object, embed, marquee, base, form, meta[http-equiv="refresh"]',
    )) {
      found.push(`element: ${describe(el)}`);
    }
    for (const script of document.querySelectorAll('script')) {
      if (!script.src || new URL(script.src).origin !== location.origin)
        found.push(`script: ${describe(script)}`);
    }
    for (const img of document.querySelectorAll('img, image, video, audio, source')) {
      found.push(`media: ${describe(img)}`);
    }
    for (const style of document.querySelectorAll('body style')) found.push(`style: ${describe(style)}`);
    for (const link of document.querySelectorAll('a[href], area[href]')) {
      const href = (link as HTMLAnchorElement).href;
      const url = new URL(href);
      const ownFragment =
        url.origin === location.origin && url.pathname === location.pathname && url.hash !== '';
      if (!ownFragment && url.protocol !== 'https:' && url.protocol !== 'http:') {
        found.push(`link: ${describe(link)}`);
      }
    }
    return found;
  });
}
