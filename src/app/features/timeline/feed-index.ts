// Everything the timeline feed can compute once per events array, so that a pan or zoom only
// costs binary searches (see timeline-feed.ts):
//   - events sorted by start, with their start/end times in typed arrays;
//   - events longer than LONG_EVENT_MS kept apart (few), so a window search can step back a
//     bounded LONG_EVENT_MS for short events that began before the window and still show;
//   - per bucket level and lane, the sorted keys of non-empty buckets and their counts (one pass).
import type { Actor, Arc, DiplomaticEvent, Episode } from '../../../domain/dataset-schema.ts';
import type { EventTimes } from './event-times.ts';
import { getEventTimes } from './event-times.ts';
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
  /** Every event's start, ascending: how many start in a range, without the runs. */
  readonly sortedStarts: Float64Array;
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
  const times = getEventTimes(events);
  // Each event's lane as its place in `groups`: thousands of events share a few dozen lanes.
  const laneOf = new Map<string | undefined, number>();
  const lanePositions = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const key =
      (lanes === 'type' ? event.type : lanes === 'actor' ? event.agentIds[0] : event.episodeId) ?? undefined;
    let lane = laneOf.get(key);
    if (lane === undefined)
      laneOf.set(key, (lane = laneOrder.get(getLaneId(event, lanes, episodeIds, laneIdSet)) ?? 0));
    lanePositions[i] = lane;
  }
  const { starts, ends } = times;
  const order = getStartOrder(starts);
  let end = -Infinity;
  for (let i = 0; i < starts.length; i++) end = Math.max(end, ends[i]!, starts[i]! + DAY_MS);
  const sortedStarts = Float64Array.from(order, (position) => starts[position]!);
  const sorted: Sorted = { events, groups, lanePositions, times };
  // A feed reads one bucket level at a time (the one its zoom needs): each level is counted on
  // first use, so a filter pays for one level instead of five.
  const buckets: (readonly LaneBuckets[] | undefined)[] = [];
  const getBuckets = (level: number): readonly LaneBuckets[] =>
    (buckets[level] ??= countBuckets(level, order, times, lanePositions, groups));
  // The runs of single events are read only once the window is narrow enough to show events (or
  // to find the selection): a filter seen zoomed out, as buckets, never builds them.
  let runs: { short: EventRun; long: EventRun } | undefined;
  const getRuns = () => (runs ??= toShortAndLong(sorted, order));
  const cache = new Map<string, TimelineItemData>();
  const bands = getBands(episodes, lanes);
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
    get short() {
      return getRuns().short;
    },
    get long() {
      return getRuns().long;
    },
    sortedStarts,
    find(id) {
      if (byId === undefined) {
        const found = new Map<string, readonly [EventRun, number]>();
        for (const run of [getRuns().short, getRuns().long])
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
    extent: order.length === 0 ? null : { start: starts[order[0]!]!, end },
  };
}

/** The events by start, split at LONG_EVENT_MS (see the header). */
function toShortAndLong(sorted: Sorted, order: Int32Array): { short: EventRun; long: EventRun } {
  const { starts, ends } = sorted.times;
  const long: number[] = [];
  const short: number[] = [];
  for (const position of order)
    (ends[position]! - starts[position]! > LONG_EVENT_MS ? long : short).push(position);
  return { short: toRun(sorted, short), long: toRun(sorted, long) };
}

/** Non-empty buckets of each lane at one level, counted in one pass over the events by start. */
function countBuckets(
  level: number,
  order: Int32Array,
  times: EventTimes,
  lanePositions: Int32Array,
  groups: readonly TimelineGroupData[],
): LaneBuckets[] {
  const runs = groups.map(() => ({ keys: [] as number[], counts: [] as number[] }));
  const keys = times.getKeys(level);
  for (const position of order) {
    const run = runs[lanePositions[position]!]!;
    const key = keys[position]!;
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

/** Positions of `starts` by start, stable. The shell hands events already in date order, which
 *  is checked in one pass; otherwise each (day, position) is packed into one number and a
 *  Float64Array is sorted natively (~5× faster than Array#sort with a comparator at 50k). */
function getStartOrder(starts: Float64Array): Int32Array {
  const order = new Int32Array(starts.length);
  let sorted = true;
  for (let i = 0; i < starts.length; i++) {
    order[i] = i;
    if (i > 0 && starts[i]! < starts[i - 1]!) sorted = false;
  }
  if (sorted) return order;
  const SLOTS = 2 ** 22; // positions per day: up to 4M events
  const packed = new Float64Array(starts.length);
  for (let i = 0; i < starts.length; i++) packed[i] = Math.round(starts[i]! / DAY_MS) * SLOTS + i;
  packed.sort();
  for (let i = 0; i < starts.length; i++) order[i] = packed[i]! - Math.floor(packed[i]! / SLOTS) * SLOTS;
  return order;
}

interface Sorted {
  readonly events: readonly DiplomaticEvent[];
  readonly groups: readonly TimelineGroupData[];
  /** Each event's lane, as its place in `groups`. */
  readonly lanePositions: Int32Array;
  readonly times: EventTimes;
}

/** The run of the events at `positions`, in that order. */
function toRun({ events, groups, lanePositions, times }: Sorted, positions: ArrayLike<number>): EventRun {
  const starts = new Float64Array(positions.length);
  const ends = new Float64Array(positions.length);
  const runEvents = new Array<DiplomaticEvent>(positions.length);
  const runLanes = new Array<string>(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    starts[i] = times.starts[position]!;
    ends[i] = times.ends[position]!;
    runEvents[i] = events[position]!;
    runLanes[i] = groups[lanePositions[position]!]!.id;
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
