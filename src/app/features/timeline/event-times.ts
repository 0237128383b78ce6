// Where each event sits in time, as typed arrays parallel to an events array: local midnight of
// its first day, its exclusive end (start for points), and its first day's key at each bucket level.
//
// Events are immutable objects of the loaded dataset, and a filter's events are a subsequence of
// the whole dataset's (same objects, same order). So the table of the widest array seen so far is
// kept, and a filter's table is gathered from it by position, found in one walk by identity: at
// 50k events, looking each event up in a hash cost ~10 ms per filter; the walk costs well under 1.
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import { getSpanEnd, getSpanStart } from '../../../domain/partial-date.ts';
import { BUCKET_LEVELS, getBucketKey } from './bucket-levels.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface EventTimes {
  readonly events: readonly DiplomaticEvent[];
  /** Local midnight of each event's first day (vis reads ISO days as local midnight). */
  readonly starts: Float64Array;
  /** Exclusive end, as to-timeline-items draws it (start for points). */
  readonly ends: Float64Array;
  /** The first day's bucket key at BUCKET_LEVELS[level], per event; computed on first use. */
  getKeys(level: number): Int32Array;
}

interface DayInfo {
  readonly start: number;
  readonly parts: readonly [number, number, number];
}

/** Events share days: each day string is parsed once per page. Bounded by the distinct days. */
const days = new Map<string, DayInfo>();
let widest: EventTimes | undefined;

export function getEventTimes(events: readonly DiplomaticEvent[]): EventTimes {
  if (widest?.events === events) return widest;
  const positions = widest && findSubsequence(widest.events, events);
  if (widest && positions) return gather(widest, events, positions);
  const times = compute(events);
  if (!widest || events.length >= widest.events.length) widest = times;
  return times;
}

/** An event's drawn span in ms: local midnight of its first day to its exclusive end (a point
 *  covers its day). */
export function getEventSpan(event: DiplomaticEvent): { start: number; end: number } {
  const start = getDay(event.date).start;
  return { start, end: Math.max(getEndMs(event, start), start + DAY_MS) };
}

/** Positions of `part`'s events in `whole`, when `part` is a subsequence of it; else null. */
export function findSubsequence(
  whole: readonly DiplomaticEvent[],
  part: readonly DiplomaticEvent[],
): Int32Array | null {
  if (part.length > whole.length) return null;
  const positions = new Int32Array(part.length);
  let j = 0;
  for (let i = 0; i < whole.length && j < part.length; i++) if (whole[i] === part[j]) positions[j++] = i;
  return j === part.length ? positions : null;
}

function compute(events: readonly DiplomaticEvent[]): EventTimes {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  const dayOf = events.map((event) => getDay(event.date));
  events.forEach((event, i) => {
    starts[i] = dayOf[i]!.start;
    ends[i] = getEndMs(event, starts[i]!);
  });
  const keys: Int32Array[] = [];
  return {
    events,
    starts,
    ends,
    getKeys: (level) =>
      (keys[level] ??= Int32Array.from(dayOf, ({ parts: [y, m, d] }) =>
        getBucketKey(BUCKET_LEVELS[level]!.level, y, m, d),
      )),
  };
}

function gather(base: EventTimes, events: readonly DiplomaticEvent[], positions: Int32Array): EventTimes {
  const pick = <T extends Float64Array | Int32Array>(from: T, to: T): T => {
    for (let i = 0; i < positions.length; i++) to[i] = from[positions[i]!]!;
    return to;
  };
  const keys: Int32Array[] = [];
  return {
    events,
    starts: pick(base.starts, new Float64Array(events.length)),
    ends: pick(base.ends, new Float64Array(events.length)),
    getKeys: (level) => (keys[level] ??= pick(base.getKeys(level), new Int32Array(events.length))),
  };
}

function getDay(date: string): DayInfo {
  let day = days.get(date);
  if (day === undefined) {
    const parts = toDayParts(getSpanStart(date));
    days.set(date, (day = { start: new Date(parts[0], parts[1] - 1, parts[2]).getTime(), parts }));
  }
  return day;
}

const toDayParts = (day: string) => day.split('-').map(Number) as [number, number, number];

/** The exclusive end of an event's item in ms, as to-timeline-items draws it (start for points). */
function getEndMs(event: DiplomaticEvent, start: number): number {
  if (event.precision === 'day' && event.endDate === undefined) return start;
  const spanEnd = getSpanEnd(event.date);
  const last = event.endDate !== undefined && event.endDate > spanEnd ? event.endDate : spanEnd;
  const [y, m, d] = toDayParts(last);
  return new Date(y, m - 1, d + 1).getTime();
}
