// Where things are on the timeline, for the first-view and episode-navigation specs: the item
// area's box, each event mark's box, and the dataset's quiet stretches computed from its dates
// (not hard-coded, so the specs follow the data).
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/domain/dataset-schema.ts';
import { getSpanEnd, getSpanStart } from '../src/domain/partial-date.ts';

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The visible item area (lanes' labels and axis excluded) and every event mark in the DOM. */
export async function getTimelineBoxes(page: Page) {
  return page.locator('.timeline-canvas').evaluate((canvas) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const center = canvas.querySelector('.vis-panel.vis-center')!;
    const items = [...canvas.querySelectorAll('.vis-item.tl-event')].map((el) => ({
      id: el.getAttribute('data-id') ?? '',
      text: el.textContent ?? '',
      box: box(el),
    }));
    return { center: box(center), items };
  });
}

export const isInside = (inner: Box, outer: Box, slack = 0.5) =>
  inner.left >= outer.left - slack &&
  inner.right <= outer.right + slack &&
  inner.top >= outer.top - slack &&
  inner.bottom <= outer.bottom + slack;

export const isAcross = (inner: Box, outer: Box) => inner.right > outer.left && inner.left < outer.right;

/** The longest stretch without any event or episode: [first empty day, day activity resumes). */
export function getLongestQuietStretch(dataset: Dataset): { from: string; until: string } {
  const spans = [
    ...dataset.events.map((e) => [getSpanStart(e.date), maxDay(e.endDate, getSpanEnd(e.date))] as const),
    ...dataset.episodes.map((e) => [e.start, e.end] as const),
  ].sort((a, b) => a[0].localeCompare(b[0]));
  let best = { from: '', until: '', days: -1 };
  let reach = spans[0]![1];
  for (const [start, end] of spans) {
    const days = dayNumber(start) - dayNumber(reach) - 1;
    if (days > best.days) best = { from: addDays(reach, 1), until: start, days };
    if (end > reach) reach = end;
  }
  return best;
}

const maxDay = (a: string | undefined, b: string) => (a !== undefined && a > b ? a : b);
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The window the URL holds, or null. */
export function getUrlWindow(page: Page): { from: string; to: string } | null {
  const params = new URL(page.url()).searchParams;
  const from = params.get('from');
  const to = params.get('to');
  return from && to ? { from, to } : null;
}
