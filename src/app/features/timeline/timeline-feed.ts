// What the timeline is fed for a visible range: vis-timeline lags from ~5k items and takes
// ~21 s for 50k (VIS-TIMELINE-NOTES), so it never gets more than a bounded number of items:
//   all     → every event, when there are at most `maxEvents` (the window does not matter);
//   events  → the events of the range plus one range width each side (panning shows data at
//             once), when they are at most `maxEvents`;
//   buckets → per lane, one range item per calendar bucket with its count ("37 events"), at the
//             finest level that puts ≤ `bucketsPerWindow` across the window and ≤ `maxBuckets`
//             in all. Clicking one zooms into it (getBucketZoomRange).
// The selected event is always fed as an item, so it can be shown and selected in any mode.
import { formatIsoDay } from '../../../domain/format-date.ts';
import { BUCKET_LEVELS, getBucketKeyAt, getBucketLevelIndex, getBucketSpan } from './bucket-levels.ts';
import { escapeHtml } from './escape-html.ts';
import type { FeedIndex } from './feed-index.ts';
import { LONG_EVENT_MS, lowerBound } from './feed-index.ts';
import { addDays, fromIsoDay } from './iso-day.ts';
import type { TimelineData, TimelineItemData } from './timeline-data.ts';

export const BUCKET_ITEM_PREFIX = 'bucket:';

export interface FeedLimits {
  readonly maxEvents: number;
  readonly maxBuckets: number;
  readonly bucketsPerWindow: number;
}

export const FEED_LIMITS: FeedLimits = { maxEvents: 1000, maxBuckets: 1200, bucketsPerWindow: 120 };

export type FeedMode = 'all' | 'events' | 'buckets';

export interface TimelineFeed extends TimelineData {
  readonly mode: FeedMode;
}

export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

/** Zoomed out further than this (calendar width), arcs replace their episodes' bands. */
export const ARC_WINDOW_MS = 365 * 24 * 60 * 60 * 1000;

/** True when the feed is the same whatever the range: no need to recompute it on pans. */
export function isRangeIndependent(index: FeedIndex, limits = FEED_LIMITS): boolean {
  return index.eventCount <= limits.maxEvents && index.arcBands.length === 0;
}

/** Bands for a range: arcs when zoomed out (if there are any), episodes when zoomed in. */
export function getBands(index: FeedIndex, range: TimeRange): readonly TimelineItemData[] {
  const zoomedOut = range.end - range.start >= ARC_WINDOW_MS;
  return zoomedOut && index.arcBands.length > 0 ? index.arcBands : index.bands;
}

export function getTimelineFeed(
  index: FeedIndex,
  range: TimeRange,
  selectedId: string | null,
  limits = FEED_LIMITS,
): TimelineFeed {
  const { groups } = index;
  const bands = getBands(index, range);
  if (index.eventCount <= limits.maxEvents) {
    const items = index.all.events.map((_, i) => index.getItem(index.all, i));
    return { mode: 'all', groups, items: [...bands, ...items] };
  }
  const width = range.end - range.start;
  const lo = range.start - width;
  const hi = range.end + width;
  // The events starting inside [lo, hi) are all shown in 'events' mode, so more of them than
  // maxEvents means buckets: decided by two binary searches, without building the runs of
  // single events (a filter seen zoomed out never needs them).
  const startingInside = lowerBound(index.sortedStarts, hi) - lowerBound(index.sortedStarts, lo);
  if (startingInside > limits.maxEvents) {
    const buckets = getBucketItems(
      index,
      lo,
      hi,
      getBucketLevelIndex(width, limits.bucketsPerWindow),
      limits,
    );
    return { mode: 'buckets', groups, items: [...bands, ...withSelected(index, buckets, selectedId)] };
  }
  const { short, long } = index;
  // Short events that start up to LONG_EVENT_MS before `lo` may still reach into the range:
  // only those few days are scanned, the rest is counted by binary search.
  const inside = lowerBound(short.starts, lo);
  const last = lowerBound(short.starts, hi);
  const before: number[] = [];
  for (let i = lowerBound(short.starts, lo - LONG_EVENT_MS); i < inside; i++)
    if (short.ends[i]! > lo) before.push(i);
  const longHits: number[] = [];
  for (let i = 0; i < long.events.length; i++)
    if (long.starts[i]! < hi && long.ends[i]! > lo) longHits.push(i);
  const events: TimelineItemData[] = [];
  let mode: FeedMode = 'buckets';
  if (before.length + last - inside + longHits.length <= limits.maxEvents) {
    mode = 'events';
    for (const i of before) events.push(index.getItem(short, i));
    for (let i = inside; i < last; i++) events.push(index.getItem(short, i));
    for (const i of longHits) events.push(index.getItem(long, i));
  } else {
    events.push(
      ...getBucketItems(index, lo, hi, getBucketLevelIndex(width, limits.bucketsPerWindow), limits),
    );
  }
  return { mode, groups, items: [...bands, ...withSelected(index, events, selectedId)] };
}

/** `items` with the selected event's item added when it is not among them. */
function withSelected(
  index: FeedIndex,
  items: TimelineItemData[],
  selectedId: string | null,
): TimelineItemData[] {
  const found = selectedId === null ? undefined : index.find(selectedId);
  const selected = found && index.getItem(...found);
  if (selected && !items.includes(selected)) items.push(selected);
  return items;
}

function getBucketItems(
  index: FeedIndex,
  lo: number,
  hi: number,
  firstLevel: number,
  limits: FeedLimits,
): TimelineItemData[] {
  for (let l = firstLevel; l < BUCKET_LEVELS.length; l++) {
    const { level } = BUCKET_LEVELS[l]!;
    const lanes = index.getBuckets(l);
    const keyLo = getBucketKeyAt(level, lo);
    const keyHi = getBucketKeyAt(level, hi);
    const slices = lanes.map(
      (lane) => [lowerBound(lane.keys, keyLo), lowerBound(lane.keys, keyHi + 1)] as const,
    );
    const total = slices.reduce((sum, [from, to]) => sum + to - from, 0);
    // Too many buckets even at this level: try the next, coarser one (years are always taken).
    if (total > limits.maxBuckets && l < BUCKET_LEVELS.length - 1) continue;
    const items: TimelineItemData[] = [];
    lanes.forEach((lane, i) => {
      const [from, to] = slices[i]!;
      const laneLabel = index.groups[i]!.title;
      for (let k = from; k < to; k++) {
        const span = getBucketSpan(level, lane.keys[k]!);
        const count = lane.counts[k]!;
        items.push(
          toBucketItem(
            // The count is part of the id: after a filter, a bucket whose count changed is a new
            // item (removed and added while the window is parked) rather than an update, which
            // vis-timeline re-measures in place, one forced layout per bucket (~35 ms at 50k).
            `${level}:${lane.keys[k]}:${lane.laneId}:${count}`,
            span,
            lane.laneId,
            laneLabel,
            count,
          ),
        );
      }
    });
    return items;
  }
  return [];
}

function toBucketItem(
  key: string,
  span: { start: string; end: string },
  group: string,
  laneLabel: string,
  count: number,
): TimelineItemData {
  const events = count === 1 ? '1 event' : `${count} events`;
  const lastDay = addDays(span.end, -1);
  const days =
    span.start === lastDay
      ? formatIsoDay(span.start)
      : `${formatIsoDay(span.start)} – ${formatIsoDay(lastDay)}`;
  return {
    id: `${BUCKET_ITEM_PREFIX}${key}`,
    type: 'range',
    start: span.start,
    end: span.end,
    group,
    content: escapeHtml(events),
    title: escapeHtml(`${laneLabel}: ${events}, ${days}. Click to zoom in.`),
    className: 'tl-bucket',
  };
}

export function isBucketId(id: string): boolean {
  return id.startsWith(BUCKET_ITEM_PREFIX);
}

/** The range to zoom to when a bucket is clicked: its own days, at least one (zoomMin). */
export function getBucketZoomRange(bucket: { readonly start: string; readonly end?: string }): TimeRange {
  const start = fromIsoDay(bucket.start).getTime();
  const end = bucket.end === undefined ? start : fromIsoDay(bucket.end).getTime();
  return { start, end: Math.max(end, start + 24 * 60 * 60 * 1000) };
}
