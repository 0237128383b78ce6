// The first view of a fresh visit: when the first timeline item and the first list row showed
// (page time, i.e. since navigation start), what was downloaded by then (gzip bytes as
// encodedBodySize from Resource Timing: the body as sent, without headers), the long frames of the
// load, and the JS heap once it is done.
import type { Page } from '@playwright/test';
import type { Outcome } from './bounded.ts';
import { round, toFailure, withTimeout } from './bounded.ts';
import { getLongFrames } from './page-probes.ts';

export interface FirstView {
  readonly itemMs: Outcome;
  readonly listMs: Outcome;
  /** The later of the two: the view is complete. */
  readonly firstViewMs: Outcome;
  readonly jsKiB: Outcome;
  readonly cssKiB: Outcome;
  readonly jsCssKiB: Outcome;
  readonly htmlKiB: Outcome;
  readonly datasetKiB: Outcome;
  readonly datasetRawKiB: Outcome;
  readonly loadLongFrames: Outcome;
  readonly loadLongestFrameMs: Outcome;
  readonly heapAfterLoadMB: Outcome;
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export async function measureFirstView(page: Page, origin: string, timeoutMs: number): Promise<FirstView> {
  await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: timeoutMs });
  let waitFailure: Outcome | null = null;
  try {
    await page.waitForFunction(
      () => window.__bench?.firstItemAt != null && window.__bench?.firstRowAt != null,
      null,
      { timeout: timeoutMs, polling: 50 },
    );
  } catch (error) {
    waitFailure = toFailure(error, 'first view');
  }
  const marks = await withTimeout(
    page.evaluate(() => ({
      item: window.__bench?.firstItemAt ?? null,
      row: window.__bench?.firstRowAt ?? null,
    })),
    10_000,
    'reading the first-view marks',
  ).catch(() => ({ item: null, row: null }));
  const fail = waitFailure ?? 'timeout';
  const itemMs = marks.item === null ? fail : round(marks.item);
  const listMs = marks.row === null ? fail : round(marks.row);
  if (typeof itemMs !== 'number' || typeof listMs !== 'number')
    return { ...emptyFirstView(fail), itemMs, listMs, firstViewMs: fail };
  const firstViewMs = Math.max(itemMs, listMs);

  const bytes = await getDownloadedBytes(page);
  const frames = await getLongFrames(page, 0, firstViewMs);
  return {
    itemMs,
    listMs,
    firstViewMs,
    jsKiB: kib(bytes.js),
    cssKiB: kib(bytes.css),
    jsCssKiB: kib(bytes.js + bytes.css),
    htmlKiB: kib(bytes.html),
    datasetKiB: kib(bytes.dataset),
    datasetRawKiB: kib(bytes.datasetRaw),
    loadLongFrames: frames.count,
    loadLongestFrameMs: round(frames.longest),
    heapAfterLoadMB: await getHeapMB(page).catch((error: unknown) => toFailure(error, 'heap')),
  };
}

function emptyFirstView(outcome: Outcome): FirstView {
  const none = outcome === 'timeout' ? 'skipped' : outcome;
  return {
    itemMs: none,
    listMs: none,
    firstViewMs: none,
    jsKiB: none,
    cssKiB: none,
    jsCssKiB: none,
    htmlKiB: none,
    datasetKiB: none,
    datasetRawKiB: none,
    loadLongFrames: none,
    loadLongestFrameMs: none,
    heapAfterLoadMB: none,
  };
}

/** Gzip body bytes of what the page fetched so far, by kind. Lazy chunks fetched later are not in it. */
async function getDownloadedBytes(page: Page) {
  const entries = await page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
      const r = e as PerformanceResourceTiming;
      return { url: r.name, encoded: r.encodedBodySize, decoded: r.decodedBodySize };
    }),
  );
  const sum = (test: (path: string) => boolean, key: 'encoded' | 'decoded' = 'encoded') =>
    entries.filter((e) => test(new URL(e.url).pathname)).reduce((total, e) => total + e[key], 0);
  const isDataset = (p: string) => p.endsWith('/data/dataset.json');
  return {
    js: sum((p) => p.endsWith('.js') || p.endsWith('.mjs')),
    css: sum((p) => p.endsWith('.css')),
    html: sum((p) => p === '/' || p.endsWith('.html')),
    dataset: sum(isDataset),
    datasetRaw: sum(isDataset, 'decoded'),
  };
}

/** Live JS heap after a forced garbage collection (what the page holds, not garbage waiting). */
export async function getHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await withTimeout(cdp.send('HeapProfiler.collectGarbage'), 30_000, 'garbage collection');
    const { usedSize } = await withTimeout(cdp.send('Runtime.getHeapUsage'), 10_000, 'heap usage');
    return Math.round((usedSize / 1e6) * 10) / 10;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
