// Security properties of the built site, checked in a real browser: the Content-Security-Policy and
// other headers, hostile links, hostile dataset text, and that nothing is fetched from another origin.
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { fullDatasetSchema } from '../src/domain/full-dataset-schema.ts';
import { parseUrlState } from '../src/app/features/url-state/url-state.ts';
import { loadDataset } from './dataset.ts';
import { CRAFTED_QUERIES, hostileQuery } from './hostile-queries.ts';
import { findInjectedMarkup, watchPage } from './page-watch.ts';
import type { DatasetJson } from './test-datasets.ts';
import { getHostileDataset, PAYLOADS, serveDataset } from './test-datasets.ts';
import { useApp } from './use-app.ts';

// Spelled out here, not read from public/_headers, so that weakening that file fails this test.
const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";
const HEADERS = {
  'content-security-policy': POLICY,
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
/** A <meta> cannot carry frame-ancestors: the built page holds the rest of the policy. */
const META_POLICY = POLICY.replace("; frame-ancestors 'none'", '');

test.describe('Content-Security-Policy and headers', () => {
  test('every file is served with the security headers', async ({ request }) => {
    const html = await (await request.get('./')).text();
    const script = /<script[^>]+src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const article = `data/${(await loadDataset(request)).articles[0]!.textFile}`;
    for (const path of ['./', 'index.html', script!, 'data/dataset.json', article, 'favicon.svg']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers(), path).toMatchObject(HEADERS);
    }
  });

  test('the built index.html carries the policy in a <meta>, before anything it governs', async ({
    request,
  }) => {
    const html = await (await request.get('./')).text();
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
    const metas = [...head.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
    expect(metas).toHaveLength(1);
    expect(metas[0]![1]!.replaceAll('&#39;', "'")).toBe(META_POLICY);
    expect(metas[0]!.index).toBeLessThan(head.search(/<script|<link/));
  });

  test('the app runs under the policy with no violation or console error', async ({ page, request }) => {
    const dataset = await loadDataset(request);
    const watch = await watchPage(page);
    await page.goto('./');
    await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
    await useApp(page, dataset);
    expect(await watch.problems()).toEqual([]);
  });

  for (const delivery of ['headers and <meta>', '<meta> alone'] as const) {
    test(`the policy is enforced with ${delivery}: inline script, eval, inline style, other origins`, async ({
      page,
    }) => {
      if (delivery === '<meta> alone') {
        // As on a static host that sends no headers: the page's own <meta> must do the work.
        await page.route(/\/(index\.html)?$/, async (route) => {
          const response = await route.fetch();
          const headers = { ...response.headers() };
          delete headers['content-security-policy'];
          await route.fulfill({ response, headers });
        });
      }
      await page.goto('./');
      await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
      const outcome = await page.evaluate(async () => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
        // Later, from the event loop: code run by page.evaluate itself is exempt from the eval check.
        const evalRan = await new Promise<boolean>((resolve) =>
          setTimeout(() => {
            try {
              resolve((0, eval)('true') as boolean);
            } catch {
              resolve(false);
            }
          }),
        );
        const style = document.createElement('style');
        style.textContent = 'body { visibility: hidden }';
        document.head.append(style);
        const fetched = await fetch('https://example.com/').then(
          () => true,
          () => false,
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
        return {
          inlineRan: (window as { __inlineRan?: boolean }).__inlineRan === true,
          evalRan,
          hidden: getComputedStyle(document.body).visibility === 'hidden',
          fetched,
          violations: [...new Set(violations)].sort(),
        };
      });
      expect(outcome).toEqual({
        inlineRan: false,
        evalRan: false,
        hidden: false,
        fetched: false,
        violations: ['connect-src', 'script-src', 'script-src-elem', 'style-src-elem'],
      });
    });
  }
});

test.describe('hostile links', () => {
  const SEED = 20_261_123;
  // Servers refuse longer request lines (Node's limit is 16 KiB, nginx's 8 KiB); the unit test covers more.
  const fitsInRequestLine = (query: string) => new URL(`http://h/?${query}`).href.length <= 8000;
  const sampled = fc.sample(hostileQuery.filter(fitsInRequestLine), { seed: SEED, numRuns: 25 });
  const queries = [...CRAFTED_QUERIES, ...sampled];
  const BATCH = 10;
  for (let start = 0; start < queries.length; start += BATCH) {
    const batch = queries.slice(start, start + BATCH);
    test(`links ${start + 1}–${start + batch.length} open safely, with a notice for what was ignored`, async ({
      page,
      request,
      baseURL,
    }) => {
      const dataset = await loadDataset(request);
      const known = {
        events: new Set<string>(dataset.events.map((e) => e.id)),
        actors: new Set<string>(dataset.actors.map((a) => a.id)),
      };
      const watch = await watchPage(page);
      for (const query of batch) {
        // Resolved like the address bar does, so the expectation is computed from what the page gets.
        const url = new URL(query.startsWith('?') ? query : `?${query}`, baseURL);
        const { state, problems } = parseUrlState(url.search);
        const hasUnknownIds =
          (state.event !== null && !known.events.has(state.event)) ||
          (state.actor !== null && !known.actors.has(state.actor)) ||
          state.actors.some((id) => !known.actors.has(id));
        const label = `link ${JSON.stringify(query.slice(0, 80))}`;

        await page.goto(url.href);
        await expect(
          page.getByRole('heading', { level: 1, name: 'Diplomacy Timeline' }),
          label,
        ).toBeVisible();
        await expect(page.getByRole('region', { name: 'Event list' }), label).toBeVisible();
        const notice = page.getByRole('status').filter({ hasText: 'Parts of this link could not be used' });
        await expect(notice, label).toHaveCount(problems.length > 0 || hasUnknownIds ? 1 : 0);
        expect(await findInjectedMarkup(page), label).toEqual([]);
        expect(await watch.problems(), label).toEqual([]);
      }
    });
  }
});

test.describe('dataset text is shown as text, never as HTML', () => {
  test('markup in titles, names, articles and sources stays text; a javascript: url is no link', async ({
    page,
  }) => {
    const hostile = getHostileDataset();
    expect(() => fullDatasetSchema.parse(hostile)).not.toThrow(); // so the page must render it, not refuse it
    await serveDataset(page, hostile);
    const watch = await watchPage(page);
    await page.goto('./');

    const list = page.getByRole('list', { name: 'Events' });
    for (const event of hostile.events) {
      await expect(list.getByText(event.title, { exact: true })).toBeVisible();
    }
    const details = page.getByRole('region', { name: 'Event details' });
    const timeline = page.getByRole('application', { name: 'Timeline' });
    await expect(timeline.getByText(`Episode ${PAYLOADS.style} ${PAYLOADS.iframe}`).first()).toBeAttached();

    // The event from the article with a javascript: url: its text shows, and no link is made.
    await list.getByRole('button', { name: /Envoy meets/ }).click();
    await expect(details.getByRole('heading', { name: `Envoy meets ${PAYLOADS.img}` })).toBeVisible();
    await expect(details.getByText(`Geneva ${PAYLOADS.svg}`)).toBeVisible();
    await expect(details.getByText(hostile.events[0]!.sources[0]!.text)).toBeVisible();
    await expect(details.getByRole('link')).toHaveCount(0);
    await details.getByRole('button', { name: /^Read in article/ }).click();
    const reader = page.getByRole('region', { name: 'Article' });
    await expect(reader.getByRole('heading', { name: `Talks ${PAYLOADS.img}` })).toBeVisible();
    await expect(reader.locator('mark')).toHaveText(hostile.events[0]!.sources[0]!.text);
    await expect(reader.getByRole('link')).toHaveCount(0);
    await reader.getByRole('button', { name: 'Close article' }).click();

    // The actor panel, the tooltip and actor lanes (vis-timeline writes those with innerHTML).
    await details
      .getByRole('button', { name: `Envoy ${PAYLOADS.img}`, exact: true })
      .first()
      .click();
    const actorPanel = page.getByRole('region', { name: 'Actor details' });
    await expect(actorPanel.getByRole('heading', { name: `Envoy ${PAYLOADS.img}` })).toBeVisible();
    await expect(actorPanel.getByText(`Envoy ${PAYLOADS.svg}`).first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption('actor');
    await expect(timeline.getByText(`Council ${PAYLOADS.script}`).first()).toBeVisible();
    await timeline.getByText(`Statement ${PAYLOADS.script}`, { exact: true }).first().hover();
    await expect(page.locator('.vis-tooltip')).toContainText(`Statement ${PAYLOADS.script}`);

    // The event whose article has an https url: one safe external link, normalised.
    await list.getByRole('button', { name: /Veto/ }).click();
    const external = details.getByRole('link', { name: /Original article/ });
    await expect(external).toHaveAttribute('href', 'https://news.example/veto?a=%3Cb%3E&c=%22d%22');
    await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(external).toHaveAttribute('target', '_blank');
    await details.getByRole('button', { name: /^Read in article/ }).click();
    await expect(page.getByRole('region', { name: 'Article' }).getByRole('link')).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );

    expect(await findInjectedMarkup(page)).toEqual([]);
    expect(await watch.problems()).toEqual([]);
  });

  test('an article url that is not a URL at all is refused with the error view', async ({ page }) => {
    const hostile = getHostileDataset();
    hostile.articles[1]!.url = '"><script>alert(1)</script>';
    await serveDataset(page, hostile);
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('does not match the expected format');
    await expect(alert).toContainText('articles.1.url');
    expect(await findInjectedMarkup(page)).toEqual([]);
  });

  // An article's textFile is the file the reader fetches: one that is a path out of data/articles/
  // (or a URL elsewhere) must never reach a request. The index is refused whole, before any
  // article is asked for. Article ids may name files too, so they are held to slugs as well.
  const onlyTheIndexAndSite = (requests: string[]) =>
    requests.filter((path) => !/\/(assets\/[^/]+|index\.html|favicon\.svg|data\/dataset\.json|)$/.test(path));
  const renameFirstArticle = (hostile: DatasetJson, id: string) => {
    const [first] = hostile.articles;
    for (const event of hostile.events)
      for (const source of event.sources) if (source.articleId === first!.id) source.articleId = id;
    first!.id = id;
    hostile.articleTexts[0]!.id = id;
  };
  interface PathCase {
    readonly name: string;
    readonly field: string;
    make(hostile: DatasetJson): void;
  }
  const TEXT_FILES = [
    '../index.html',
    'articles/../../index.json',
    'articles/..%2F..%2Fx.json',
    'https://evil.example/x.json',
    'articles/x.json?y=1',
  ];
  const cases: PathCase[] = [
    ...TEXT_FILES.map((textFile) => ({
      name: `an article text file that is a path (${textFile})`,
      field: 'articles.0.textFile',
      make: (hostile: DatasetJson) => void (hostile.articles[0]!.textFile = textFile),
    })),
    ...['../index', '..%2F..%2Fassets%2Fx', 'a/../../favicon'].map((id) => ({
      name: `an article id that is a path (${id})`,
      field: 'articles.0.id',
      make: (hostile: DatasetJson) => renameFirstArticle(hostile, id),
    })),
  ];
  for (const { name, field, make } of cases) {
    test(`${name} is refused with the error view`, async ({ page }) => {
      const hostile = getHostileDataset();
      make(hostile);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await serveDataset(page, hostile);
      await page.goto('./');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('does not match the expected format');
      await expect(alert).toContainText(field);
      expect(onlyTheIndexAndSite(requests)).toEqual([]);
    });
  }
});

test('no request leaves the page’s origin while the app is used', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  const dataset = await loadDataset(request);
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const popups: string[] = [];
  context.on('page', (p) => p !== page && popups.push(p.url()));
  page.on('websocket', (ws) => requests.push(ws.url()));

  await page.goto('./');
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
  await useApp(page, dataset);

  // blob: URLs of this origin are the exports being saved; they never touch the network.
  const elsewhere = requests.filter((url) => new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
  expect(requests.length).toBeGreaterThan(2);
  expect(popups).toEqual([]);
});
