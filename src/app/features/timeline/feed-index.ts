// Everything the timeline feed can compute once per events array, so that a pan or zoom only
// costs binary searches (see timeline-feed.ts):
//   - events sorted by start, with their start/end times in typed arrays;
//   - events longer than LONG_EVENT_MS kept apart (few), so a window search can step back a
//     bounded LONG_EVENT_MS for short events that began before the window and still show;
//   - per bucket level and lane, the sorted keys of non-empty buckets and their counts (one pass).
import type { Actor, Arc, DiplomaticEvent, Episode } from '../../../domain/dataset-schema.ts';
import { getSpanEnd, getSpanStart } from '../../../domain/partial-date.ts';
import { BUCKET_LEVELS, getBucketKey } from './bucket-levels.ts';
import type { TimelineLanes } from './lanes.ts';
import type { TimelineGroupData, TimelineItemData } from './timeline-data.ts';
import { getLaneGroups, getLaneId } from './timeline-lanes.ts';
import { toArcItem, toEpisodeItem, toEventItem } from './to-timeline-items.ts';

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
  find(eventId: string): readonly [EventRun, number] | undefined;
  /** The item of an event (built once, then cached: a feed only picks them). */
  getItem(run: EventRun, position: number): TimelineItemData;
  readonly groups: readonly TimelineGroupData[];
  /** Episode bands: always fed when zoomed in, there are few. */
  readonly bands: readonly TimelineItemData[];
  /** Zoomed out, arcs replace the bands of their episodes: arc bands and the episodes in none. */
  readonly arcBands: readonly TimelineItemData[];
  /** The buckets of one BUCKET_LEVELS entry (by index), per lane in lane order. */
  getBuckets(level: number): readonly LaneBuckets[];
  /** From the earliest start to the latest end (ms); null without events. */
  readonly extent: { readonly start: number; readonly end: number } | null;
}

/** An event's place in time, computed once per event per page: events are immutable objects of
 *  the loaded dataset, and a filter rebuilds the index from the same objects (at 50k, date
 *  parsing was most of a rebuild). */
interface EventTimes {
  /** Local midnight of the first day (vis reads ISO days as local midnight). */
  readonly start: number;
  /** Exclusive end, as to-timeline-items draws it (start for points). */
  readonly end: number;
  /** The first day's bucket key at each of BUCKET_LEVELS. */
  readonly keys: readonly number[];
}

const timesByEvent = new WeakMap<DiplomaticEvent, EventTimes>();
/** Events share days: each day string is parsed once per page. Bounded by the distinct days. */
const days = new Map<string, DayInfo>();

function getEventTimes(event: DiplomaticEvent): EventTimes {
  let times = timesByEvent.get(event);
  if (times === undefined) {
    let day = days.get(event.date);
    if (day === undefined) days.set(event.date, (day = toDayInfo(getSpanStart(event.date))));
    times = { start: day.start, end: getEndMs(event, day.start), keys: day.keys };
    timesByEvent.set(event, times);
  }
  return times;
}

/** An event's drawn span in ms: local midnight of its first day to its exclusive end (a point
 *  covers its day), from the per-page cache. */
export function getEventSpan(event: DiplomaticEvent): { start: number; end: number } {
  const { start, end } = getEventTimes(event);
  return { start, end: Math.max(end, start + DAY_MS) };
}

export function buildFeedIndex(
  events: readonly DiplomaticEvent[],
  episodes: readonly Episode[],
  lanes: TimelineLanes,
  actorsById?: ReadonlyMap<string, Actor>,
  arcs: readonly Arc[] = [],
): FeedIndex {
  const groups = getLaneGroups(events, episodes, lanes, actorsById);
  const episodeIds = new Set<string>(episodes.map((e) => e.id));
  const laneIdSet = new Set(groups.map((group) => group.id));
  const laneOrder = new Map(groups.map((group, i) => [group.id, i]));
  // Items (escaped HTML, formatted dates) are NOT built here: at 50k that alone took ~250 ms.
  // Parallel arrays rather than a row object per event: fewer allocations, less GC.
  const times = events.map(getEventTimes);
  // Lane ids are built strings; thousands of events share a few dozen lanes.
  const laneOf = new Map<string | undefined, string>();
  const laneIds = events.map((event) => {
    const key = lanes === 'type' ? event.type : lanes === 'actor' ? event.agentIds[0] : event.episodeId;
    let lane = laneOf.get(key ?? undefined);
    if (lane === undefined)
      laneOf.set(key ?? undefined, (lane = getLaneId(event, lanes, episodeIds, laneIdSet)));
    return lane;
  });
  const order = getStartOrder(times);
  const sorted = { events, laneIds, times, order };
  const long: number[] = [];
  const short: number[] = [];
  let end = -Infinity;
  for (const position of order) {
    const { start, end: eventEnd } = times[position]!;
    (eventEnd - start > LONG_EVENT_MS ? long : short).push(position);
    end = Math.max(end, eventEnd, start + DAY_MS);
  }
  // A feed reads one bucket level at a time (the one its zoom needs): each level is counted on
  // first use, so a filter pays for one level instead of five.
  const buckets: (readonly LaneBuckets[] | undefined)[] = [];
  const getBuckets = (level: number): readonly LaneBuckets[] =>
    (buckets[level] ??= countBuckets(level, order, times, laneIds, laneOrder, groups));
  const shortRun = toRun(sorted, short);
  const longRun = toRun(sorted, long);
  const cache = new Map<string, TimelineItemData>();
  const bands = getBands(episodes, lanes);
  // Only the selection needs `find`, and only small datasets `all`: both are built on first use.
  let byId: Map<string, readonly [EventRun, number]> | undefined;
  let all: EventRun | undefined;
  return {
    eventCount: events.length,
    get all() {
      return (all ??= toRun(
        sorted,
        events.map((_, position) => position),
      ));
    },
    short: shortRun,
    long: longRun,
    find(id) {
      if (byId === undefined) {
        const found = new Map<string, readonly [EventRun, number]>();
        for (const run of [shortRun, longRun])
          run.events.forEach((event, i) => found.set(event.id, [run, i]));
        byId = found;
      }
      return byId.get(id);
    },
    getItem(run, i) {
      const event = run.events[i]!;
      let item = cache.get(event.id);
      if (item === undefined) cache.set(event.id, (item = toEventItem(event, run.laneIds[i]!)));
      return item;
    },
    groups,
    bands,
    arcBands: getArcBands(arcs, episodes, bands),
    getBuckets,
    extent: order.length === 0 ? null : { start: times[order[0]!]!.start, end },
  };
}

/** Non-empty buckets of each lane at one level, counted in one pass over the events by start. */
function countBuckets(
  level: number,
  order: Int32Array,
  times: readonly EventTimes[],
  laneIds: readonly string[],
  laneOrder: ReadonlyMap<string, number>,
  groups: readonly TimelineGroupData[],
): LaneBuckets[] {
  const runs = groups.map(() => ({ keys: [] as number[], counts: [] as number[] }));
  for (const position of order) {
    const run = runs[laneOrder.get(laneIds[position]!) ?? 0]!;
    const key = times[position]!.keys[level]!;
    // Positions come by start, so a lane's keys only grow: a new key is a new bucket.
    const last = run.keys.length - 1;
    if (last >= 0 && run.keys[last] === key) run.counts[last]! += 1;
    else {
      run.keys.push(key);
      run.counts.push(1);
    }
  }
  return runs.map((run, lane) => ({
    laneId: groups[lane]!.id,
    keys: Int32Array.from(run.keys),
    counts: Uint32Array.from(run.counts),
  }));
}

/** Episode bands depend on the episodes and lanes only, not on the events a filter leaves: built
 *  once per pair, so a filter neither rebuilds them nor hands vis new objects for them. */
const bandsByEpisodes = new WeakMap<readonly Episode[], Map<TimelineLanes, readonly TimelineItemData[]>>();

function getBands(episodes: readonly Episode[], lanes: TimelineLanes): readonly TimelineItemData[] {
  let byLanes = bandsByEpisodes.get(episodes);
  if (byLanes === undefined) bandsByEpisodes.set(episodes, (byLanes = new Map()));
  let bands = byLanes.get(lanes);
  if (bands === undefined)
    byLanes.set(lanes, (bands = episodes.map((episode) => toEpisodeItem(episode, lanes))));
  return bands;
}

/** Arc bands per episode bands (stable, above) and arcs, for the same reason. */
const arcBandsByBands = new WeakMap<
  readonly TimelineItemData[],
  { arcs: readonly Arc[]; result: readonly TimelineItemData[] }
>();

/** Arc bands, then the bands of episodes no arc holds; [] without arcs. */
function getArcBands(
  arcs: readonly Arc[],
  episodes: readonly Episode[],
  bands: readonly TimelineItemData[],
): readonly TimelineItemData[] {
  if (arcs.length === 0) return [];
  const cached = arcBandsByBands.get(bands);
  if (cached?.arcs === arcs) return cached.result;
  const inArc = new Set<string>(arcs.flatMap((arc) => arc.episodeIds));
  const result = [...arcs.map(toArcItem), ...bands.filter((_, i) => !inArc.has(episodes[i]!.id))];
  arcBandsByBands.set(bands, { arcs, result });
  return result;
}

/** Positions of `times` by start, stable. The shell hands events already in date order, which
 *  is checked in one pass; otherwise each (day, position) is packed into one number and a
 *  Float64Array is sorted natively (~5× faster than Array#sort with a comparator at 50k). */
function getStartOrder(times: readonly EventTimes[]): Int32Array {
  const order = new Int32Array(times.length);
  let sorted = true;
  for (let i = 0; i < times.length; i++) {
    order[i] = i;
    if (i > 0 && times[i]!.start < times[i - 1]!.start) sorted = false;
  }
  if (sorted) return order;
  const SLOTS = 2 ** 22; // positions per day: up to 4M events
  const packed = new Float64Array(times.length);
  for (let i = 0; i < times.length; i++) packed[i] = Math.round(times[i]!.start / DAY_MS) * SLOTS + i;
  packed.sort();
  for (let i = 0; i < times.length; i++) order[i] = packed[i]! - Math.floor(packed[i]! / SLOTS) * SLOTS;
  return order;
}

const toDayParts = (day: string) => day.split('-').map(Number) as [number, number, number];

interface DayInfo {
  readonly start: number;
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

interface Sorted {
  readonly events: readonly DiplomaticEvent[];
  readonly laneIds: readonly string[];
  readonly times: readonly EventTimes[];
}

/** The run of the events at `positions`, in that order. */
function toRun({ events, laneIds, times }: Sorted, positions: ArrayLike<number>): EventRun {
  const starts = new Float64Array(positions.length);
  const ends = new Float64Array(positions.length);
  const runEvents = new Array<DiplomaticEvent>(positions.length);
  const runLanes = new Array<string>(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    starts[i] = times[position]!.start;
    ends[i] = times[position]!.end;
    runEvents[i] = events[position]!;
    runLanes[i] = laneIds[position]!;
  }
  return { events: runEvents, laneIds: runLanes, starts, ends };
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
