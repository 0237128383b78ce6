// Items as the DataSet stores them: start and end as epoch ms of local midnight instead of ISO days.
// vis-timeline coerces every item it receives, and every item it REMOVES, to a Date through moment;
// a day string goes through moment's ISO parser (~3 µs each), a number does not. At 50k events a
// filter swaps thousands of items, and parsing their days was a fifth of the time the filter took.
// Items are cached per TimelineItemData object (the feed index hands the same objects back), days
// per string (events share days), so a feed converts only what is new.
import { fromIsoDay, toIsoDay } from './iso-day.ts';
import type { TimelineItemData } from './timeline-data.ts';

export type VisItemRow = Omit<TimelineItemData, 'start' | 'end'> & {
  readonly start: number;
  readonly end?: number;
};

const rows = new WeakMap<TimelineItemData, VisItemRow>();
const dayMs = new Map<string, number>();

function toMs(day: string): number {
  let ms = dayMs.get(day);
  if (ms === undefined) dayMs.set(day, (ms = fromIsoDay(day).getTime()));
  return ms;
}

export function toVisRow(item: TimelineItemData): VisItemRow {
  let row = rows.get(item);
  if (row === undefined) {
    const { end, ...rest } = item;
    row =
      end === undefined
        ? { ...rest, start: toMs(item.start) }
        : { ...rest, start: toMs(item.start), end: toMs(end) };
    rows.set(item, row);
  }
  return row;
}

export function toVisRows(items: readonly TimelineItemData[]): VisItemRow[] {
  return items.map(toVisRow);
}

/** A stored row's days back as ISO days (end exclusive, as TimelineItemData has it). */
export function getRowDays(row: VisItemRow): { start: string; end?: string } {
  const day = (ms: number) => toIsoDay(new Date(ms));
  return row.end === undefined ? { start: day(row.start) } : { start: day(row.start), end: day(row.end) };
}
