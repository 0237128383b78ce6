// What a person does after the first view, through the UI only: filter by an actor (type the name in
// "Filter by actor", press Enter), clear the filters, pick the first event in the list, then zoom
// from the full span to one week with the "Zoom in" button and go back with "Fit all".
// Each step is bounded; a step that fails is recorded and, if the page stopped answering, the
// remaining steps are recorded as "skipped" rather than waited for.
import type { Page } from '@playwright/test';
import type { Outcome } from './bounded.ts';
import { isResponsive, round, StepTimeout, toFailure, withTimeout } from './bounded.ts';
import { getHeapMB } from './measure-first-view.ts';
import { measureChange } from './measure-change.ts';
import { getLongFrames } from './page-probes.ts';

export type Interactions = Record<(typeof KEYS)[number], Outcome>;

const KEYS = [
  'filterListMs',
  'filterTimelineMs',
  'filterMs',
  'filterShownEvents',
  'clearFiltersMs',
  'selectMs',
  'zoomInSteps',
  'zoomReachedDays',
  'zoomSlowestStepMs',
  'fitAllMs',
  'zoomLongFrames',
  'zoomLongestFrameMs',
  'heapAtEndMB',
] as const;
type Key = (typeof KEYS)[number];

const DAY_MS = 86_400_000;
/** Each click divides the span by 1.5 (vis zoomIn(0.5)): 25 years to a week takes about 18 clicks;
 *  more means the button stopped working, not that the benchmark should wait longer. */
const MAX_ZOOM_CLICKS = 30;

export async function measureInteractions(page: Page, actorName: string, timeoutMs: number) {
  const results = {} as Interactions;
  let alive = true;
  const step = async (name: string, keys: readonly Key[], run: () => Promise<Partial<Interactions>>) => {
    if (!alive) return keys.forEach((key) => (results[key] = 'skipped'));
    try {
      // A whole step (zooming is a dozen actions) gets a few step-timeouts at most.
      Object.assign(results, await withTimeout(run(), timeoutMs * 3, name));
    } catch (error) {
      const outcome = toFailure(error, name);
      keys.forEach((key) => (results[key] = outcome));
      // An abandoned step may still be acting on the page: never overlap it with the next one.
      if (error instanceof StepTimeout || !(await isResponsive(page))) alive = false;
    }
  };
  const options = { timeout: timeoutMs };

  await step('actor filter', KEYS.slice(0, 4), async () => {
    const box = page.getByRole('combobox', { name: 'Filter by actor' });
    await box.fill(actorName, options);
    await page.getByRole('option').first().waitFor(options);
    const change = await measureChange(page, () => box.press('Enter', options), {
      trigger: 'keydown',
      ui: 'count-text',
      timeoutMs,
    });
    const uiMs = change.uiMs ?? 0;
    return {
      filterListMs: uiMs,
      filterTimelineMs: change.timelineMs,
      filterMs: Math.max(uiMs, change.timelineMs),
      filterShownEvents: await getShownEvents(page),
    };
  });
  await step('clear filters', ['clearFiltersMs'], async () => {
    const button = page.getByRole('button', { name: 'Clear filters' });
    const change = await measureChange(page, () => button.click(options), {
      trigger: 'click',
      ui: 'count-text',
      timeoutMs,
    });
    return { clearFiltersMs: Math.max(change.uiMs ?? 0, change.timelineMs) };
  });
  await step('select an event', ['selectMs'], async () => {
    const row = page.getByRole('list', { name: 'Events' }).getByRole('button').first();
    const change = await measureChange(page, () => row.click(options), {
      trigger: 'click',
      ui: 'details-heading',
      timeoutMs,
    });
    return { selectMs: change.uiMs ?? 0 };
  });
  await step('zoom in and fit', KEYS.slice(6, 12), () => zoomInAndFit(page, timeoutMs));
  await step('heap at end', ['heapAtEndMB'], async () => ({ heapAtEndMB: await getHeapMB(page) }));
  return results;
}

async function zoomInAndFit(page: Page, timeoutMs: number): Promise<Partial<Interactions>> {
  const click = (name: string) => () =>
    page.getByRole('button', { name, exact: true }).click({ timeout: timeoutMs });
  const watch = { trigger: 'click', ui: 'none', timeoutMs } as const;
  // Start from the whole span whatever the selection did to the window (not measured).
  await measureChange(page, click('Fit all'), watch);
  const steps: number[] = [];
  let firstTrigger: number | null = null;
  let days = getWindowDays(page.url());
  while (steps.length < MAX_ZOOM_CLICKS && (days === null || days > 7)) {
    const change = await measureChange(page, click('Zoom in'), watch);
    firstTrigger ??= change.triggerAt;
    steps.push(change.timelineMs);
    days = getWindowDays(page.url());
  }
  const fit = await measureChange(page, click('Fit all'), watch);
  const frames = await getLongFrames(page, firstTrigger ?? fit.triggerAt, fit.settledAt);
  return {
    zoomInSteps: steps.length,
    zoomReachedDays: days === null ? 'failed' : round(days),
    zoomSlowestStepMs: Math.max(0, ...steps),
    fitAllMs: fit.timelineMs,
    zoomLongFrames: frames.count,
    zoomLongestFrameMs: round(frames.longest),
  };
}

/** The visible window's length in days, from the URL's from/to (whole days); null when absent. */
function getWindowDays(url: string): number | null {
  const params = new URL(url).searchParams;
  const from = Date.parse(params.get('from') ?? '');
  const to = Date.parse(params.get('to') ?? '');
  return Number.isNaN(from) || Number.isNaN(to) ? null : (to - from) / DAY_MS;
}

/** N from the "N of M events" status. */
async function getShownEvents(page: Page): Promise<Outcome> {
  const text = await page
    .getByRole('status')
    .filter({ hasText: /^[\d,]+ of [\d,]+ events?$/ })
    .first()
    .textContent({ timeout: 10_000 });
  const shown = /^([\d,]+) of/.exec(text ?? '')?.[1];
  return shown === undefined ? 'failed' : Number(shown.replaceAll(',', ''));
}
