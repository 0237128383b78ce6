// Everything the timeline feed can compute once per events array, so that a pan or zoom only
// costs binary searches (see timeline-feed.ts):
//   - events sorted by start, with their start/end times in typed arrays;
//   - events longer than LONG_EVENT_MS kept apart (few), so a window search can step back a
//     bounded LONG_EVENT_MS for short events that began before the window and still show;
//   - per bucket level and lane, the sorted keys of non-empty buckets and their counts (one pass).
import type { Actor, DiplomaticEvent, Episode } from '../../../domain/dataset-schema.ts';
import { getSpanEnd, getSpanStart } from '../../../domain/partial-date.ts';
import { BUCKET_LEVELS, getBucketKey } from './bucket-levels.ts';
import type { TimelineLanes } from './lanes.ts';
import type { TimelineGroupData, TimelineItemData } from './timeline-data.ts';
import { getLaneGroups, getLaneId } from './timeline-lanes.ts';
import { toEpisodeItem, toEventItem } from './to-timeline-items.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Longer events (a year-precision event, a long endDate) are searched linearly; they are few. */
export const LONG_EVENT_MS = 32 * DAY_MS;

/** Events sorted by start, with parallel arrays. Items are made on demand (getItem). */
export interface EventRun {
  readonly events: readonly DiplomaticEvent[];
  readonly laneIds: readonly string[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/** Non-empty buckets of one lane at one level: ascending keys and their event counts. */
export interface LaneBuckets {
  readonly laneId: string;
  readonly keys: Int32Array;
  readonly counts: Uint32Array;
}

export interface FeedIndex {
  readonly eventCount: number;
  /** Every event in the order given, for the 'all' feed. */
  readonly all: EventRun;
  readonly short: EventRun;
  readonly long: EventRun;
  /** Event id → [run, position], to feed the selected event wherever it is. */
  readonly byId: ReadonlyMap<string, readonly [EventRun, number]>;
  /** The item of an event (built once, then cached: a feed only picks them). */
  getItem(run: EventRun, position: number): TimelineItemData;
  readonly groups: readonly TimelineGroupData[];
  /** Episode bands: always fed, there are few. */
  readonly bands: readonly TimelineItemData[];
  /** Per BUCKET_LEVELS entry, per lane (in lane order). */
  readonly buckets: readonly (readonly LaneBuckets[])[];
  /** From the earliest start to the latest end (ms); null without events. */
  readonly extent: { readonly start: number; readonly end: number } | null;
}

/** Local dates are slow to build (time zone rules) and events share dates: each date string is
 *  done once per page, across rebuilds (filters). Bounded by the dataset's distinct dates. */
const days = new Map<string, DayInfo>();

export function buildFeedIndex(
  events: readonly DiplomaticEvent[],
  episodes: readonly Episode[],
  lanes: TimelineLanes,
  actorsById?: ReadonlyMap<string, Actor>,
): FeedIndex {
  const groups = getLaneGroups(events, episodes, lanes, actorsById);
  const episodeIds = new Set<string>(episodes.map((e) => e.id));
  const laneIds = new Set(groups.map((group) => group.id));
  const laneOrder = new Map(groups.map((group, i) => [group.id, i]));
  // Items (escaped HTML, formatted dates) are NOT built here: at 50k that alone took ~250 ms.
  const rows = events.map((event) => {
    let info = days.get(event.date);
    if (info === undefined) days.set(event.date, (info = toDayInfo(getSpanStart(event.date))));
    const lane = getLaneId(event, lanes, episodeIds, laneIds);
    return { event, lane, keys: info.keys, start: info.start, end: getEndMs(event, info.start) };
  });
  const all = toRun(rows);
  sortByStart(rows);
  const buckets = BUCKET_LEVELS.map(() =>
    groups.map(() => ({ keys: [] as number[], counts: [] as number[] })),
  );
  for (const row of rows) {
    const laneIndex = laneOrder.get(row.lane) ?? 0;
    for (let l = 0; l < BUCKET_LEVELS.length; l++) {
      const run = buckets[l]![laneIndex]!;
      const key = row.keys[l]!;
      // Rows are sorted by start, so a lane's keys only grow: a new key is a new bucket.
      if (run.keys.at(-1) === key) {
        run.counts[run.counts.length - 1]! += 1;
      } else {
        run.keys.push(key);
        run.counts.push(1);
      }
    }
  }
  const isLong = (row: Row) => row.end - row.start > LONG_EVENT_MS;
  const short = toRun(rows.filter((row) => !isLong(row)));
  const long = toRun(rows.filter(isLong));
  const byId = new Map<string, readonly [EventRun, number]>();
  for (const run of [short, long]) run.events.forEach((event, i) => byId.set(event.id, [run, i]));
  const cache = new Map<string, TimelineItemData>();
  return {
    eventCount: events.length,
    all,
    short,
    long,
    byId,
    getItem(run, i) {
      const event = run.events[i]!;
      let item = cache.get(event.id);
      if (item === undefined) cache.set(event.id, (item = toEventItem(event, run.laneIds[i]!)));
      return item;
    },
    groups,
    bands: episodes.map((episode) => toEpisodeItem(episode, lanes)),
    buckets: buckets.map((level) =>
      level.map((run, lane) => ({
        laneId: groups[lane]!.id,
        keys: Int32Array.from(run.keys),
        counts: Uint32Array.from(run.counts),
      })),
    ),
    extent:
      rows.length === 0
        ? null
        : {
            start: rows[0]!.start,
            end: rows.reduce((end, row) => Math.max(end, row.end, row.start + DAY_MS), 0),
          },
  };
}

interface Row {
  readonly event: DiplomaticEvent;
  readonly lane: string;
  readonly keys: readonly number[];
  readonly start: number;
  readonly end: number;
}

/** Sorts rows by start, stable, without a comparator: each (day, position) is packed into one
 *  number and a Float64Array is sorted natively (~5× faster than Array#sort at 50k). */
function sortByStart(rows: Row[]): void {
  const SLOTS = 2 ** 22; // positions per day: up to 4M events
  const packed = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) packed[i] = Math.round(rows[i]!.start / DAY_MS) * SLOTS + i;
  packed.sort();
  const copy = rows.slice();
  for (let i = 0; i < rows.length; i++) {
    const key = packed[i]!;
    rows[i] = copy[key - Math.floor(key / SLOTS) * SLOTS]!;
  }
}

const toDayParts = (day: string) => day.split('-').map(Number) as [number, number, number];

interface DayInfo {
  /** Local midnight (vis reads ISO days as local midnight). */
  readonly start: number;
  /** The day's bucket key at each of BUCKET_LEVELS. */
  readonly keys: readonly number[];
}

function toDayInfo(day: string): DayInfo {
  const [y, m, d] = toDayParts(day);
  return {
    start: new Date(y, m - 1, d).getTime(),
    keys: BUCKET_LEVELS.map(({ level }) => getBucketKey(level, y, m, d)),
  };
}

/** The exclusive end of an event's item in ms, as to-timeline-items draws it (start for points). */
function getEndMs(event: DiplomaticEvent, start: number): number {
  if (event.precision === 'day' && event.endDate === undefined) return start;
  const spanEnd = getSpanEnd(event.date);
  const last = event.endDate !== undefined && event.endDate > spanEnd ? event.endDate : spanEnd;
  const [y, m, d] = toDayParts(last);
  return new Date(y, m - 1, d + 1).getTime();
}

function toRun(rows: readonly Row[]): EventRun {
  const starts = new Float64Array(rows.length);
  const ends = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    starts[i] = rows[i]!.start;
    ends[i] = rows[i]!.end;
  }
  return { events: rows.map((row) => row.event), laneIds: rows.map((row) => row.lane), starts, ends };
}

/** The first position in ascending `values` whose value is ≥ `target` (length if none). */
export function lowerBound(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
