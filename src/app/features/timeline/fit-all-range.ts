// "Fit all" for the events a timeline holds: fit-range.ts fed with the titles of the items
// (points and ranges), measured for the timeline's font, and the width of its item area.
import type { FeedIndex } from './feed-index.ts';
import { getFitRange } from './fit-range.ts';
import { getPointWidth, getTitleFont } from './label-width.ts';
import type { QuietPeriod, TimeSpan } from './quiet-periods.ts';
import { FEED_LIMITS } from './timeline-feed.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export function getFitAllRange(
  index: FeedIndex,
  periods: readonly QuietPeriod[],
  container: HTMLElement,
  /** The item area's width when known without a layout (see trackWidth). */
  knownWidth?: number,
): TimeSpan {
  const extent = index.extent ?? { start: 0, end: DAY_MS };
  const points: { at: number; widthPx: number }[] = [];
  // Titles matter only while every event is fed as an item; buckets hold their text inside.
  if (index.eventCount <= FEED_LIMITS.maxEvents) {
    const run = index.all;
    const font = getTitleFont(container);
    // A range's title starts at its start like a point's, and runs on past a narrow range's end.
    for (let i = 0; i < run.events.length; i++)
      points.push({ at: run.starts[i]!, widthPx: getPointWidth(index.getItem(run, i).content, font) });
  }
  return getFitRange(extent, periods, points, knownWidth || getItemAreaWidth(container));
}

/** Width of the item area (the lane labels excluded), or a typical one before the first layout. */
function getItemAreaWidth(container: HTMLElement): number {
  const width = container.querySelector('.vis-panel.vis-center')?.clientWidth ?? 0;
  return width > 0 ? width : Math.max(320, container.clientWidth - 160);
}
