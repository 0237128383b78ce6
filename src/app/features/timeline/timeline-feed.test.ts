import { describe, expect, it } from 'vitest';
import type { Arc, DiplomaticEvent, Episode } from '../../../domain/dataset-schema.ts';
import type { ActorId } from '../../../domain/ids.ts';
import { getBucketKey, getBucketLevelIndex, getBucketSpan, BUCKET_LEVELS } from './bucket-levels.ts';
import { buildFeedIndex, lowerBound } from './feed-index.ts';
import { fromIsoDay } from './iso-day.ts';
import { getBucketZoomRange, getTimelineFeed, isBucketId, isRangeIndependent } from './timeline-feed.ts';
import { MAX_ACTOR_LANES } from './timeline-lanes.ts';
import { makeEvent } from './timeline-fixtures.ts';

const DAY_MS = 86_400_000;
const limits = { maxEvents: 10, maxBuckets: 40, bucketsPerWindow: 120 };

/** `count` events one day apart from `first`, ids e0, e1, … */
function makeDays(count: number, first = '2017-01-01'): DiplomaticEvent[] {
  const start = fromIsoDay(first);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
    const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    return makeEvent(`e${i}`, iso);
  });
}

const range = (start: string, end: string) => ({
  start: fromIsoDay(start).getTime(),
  end: fromIsoDay(end).getTime(),
});
const eventIds = (items: readonly { id: string }[]) =>
  items.map((item) => item.id).filter((id) => !isBucketId(id));

describe('lowerBound (binary search)', () => {
  it.each([
    [[], 5, 0],
    [[1, 3, 3, 7], 0, 0],
    [[1, 3, 3, 7], 3, 1],
    [[1, 3, 3, 7], 4, 3],
    [[1, 3, 3, 7], 8, 4],
  ])('%j, %i → %i', (values, target, expected) => {
    expect(lowerBound(Float64Array.from(values), target)).toBe(expected);
  });
});

describe('bucket levels', () => {
  it.each([
    ['day', '2017-03-15', '2017-03-15', '2017-03-16'],
    ['week', '2017-03-15', '2017-03-13', '2017-03-20'], // Wednesday → Monday..next Monday
    ['week', '2017-03-13', '2017-03-13', '2017-03-20'],
    ['month', '2017-12-31', '2017-12-01', '2018-01-01'],
    ['quarter', '2017-05-02', '2017-04-01', '2017-07-01'],
    ['year', '2017-05-02', '2017-01-01', '2018-01-01'],
  ] as const)('%s of %s spans %s..%s', (level, day, start, end) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    expect(getBucketSpan(level, getBucketKey(level, y, m, d))).toEqual({ start, end });
  });

  it.each([
    [30, 'day'],
    [2 * 365, 'week'],
    [10 * 365, 'month'],
    [25 * 365, 'quarter'],
    [60 * 365, 'year'],
  ])('a %i-day window is cut in %s buckets', (days, level) => {
    expect(BUCKET_LEVELS[getBucketLevelIndex(days * DAY_MS, 120)]!.level).toBe(level);
  });
});

describe('buildFeedIndex', () => {
  it('counts events per lane and bucket in one pass, sorted by start', () => {
    const events = [
      makeEvent('b', '2017-02-03', { type: 'veto' }),
      makeEvent('a', '2017-01-15'),
      makeEvent('c', '2017-01-20'),
      makeEvent('d', '2018-06', { precision: 'month' }), // month precision: bucketed by its first day
    ];
    const index = buildFeedIndex(events, [], 'type');
    expect(index.short.events.map((event) => event.id)).toEqual(['a', 'c', 'b', 'd']);
    const months = index.getBuckets(BUCKET_LEVELS.findIndex((l) => l.level === 'month'));
    expect(months.map((lane) => [lane.laneId, [...lane.keys], [...lane.counts]])).toEqual([
      ['type:meeting', [2017 * 12, 2018 * 12 + 5], [2, 1]],
      ['type:veto', [2017 * 12 + 1], [1]],
    ]);
    expect(index.extent).toEqual({
      start: fromIsoDay('2017-01-15').getTime(),
      end: fromIsoDay('2018-07-01').getTime(),
    });
  });

  it('keeps the input order in `all` and ties in input order when sorting', () => {
    const events = [
      makeEvent('late', '2017-03-01'),
      makeEvent('tie-1', '2017-01-01'),
      makeEvent('year', '2016', { precision: 'year' }),
      makeEvent('tie-2', '2017-01-01'),
    ];
    const index = buildFeedIndex(events, [], 'type');
    expect(index.all.events.map((event) => event.id)).toEqual(['late', 'tie-1', 'year', 'tie-2']);
    expect(index.short.events.map((event) => event.id)).toEqual(['tie-1', 'tie-2', 'late']);
    expect(index.long.events.map((event) => event.id)).toEqual(['year']);
    expect(index.find('year')?.[0]).toBe(index.long);
    expect(index.find('nope')).toBeUndefined();
  });

  it(`keeps the ${MAX_ACTOR_LANES} busiest actors as lanes and puts the rest in Other`, () => {
    const events = Array.from({ length: MAX_ACTOR_LANES + 6 }, (_, i) =>
      makeEvent(`e${i}`, '2017-01-01', { agentIds: [`actor-${i}` as ActorId] }),
    );
    const index = buildFeedIndex(events, [], 'actor');
    expect(index.groups).toHaveLength(MAX_ACTOR_LANES + 1);
    expect(index.groups.at(-1)?.id).toBe('lane:other-actor');
    expect(index.all.laneIds.filter((lane) => lane === 'lane:other-actor')).toHaveLength(6);
  });
});

describe('getTimelineFeed', () => {
  it('feeds every event when there are few, whatever the range', () => {
    const feed = getTimelineFeed(
      buildFeedIndex(makeDays(10), [], 'type'),
      range('2030-01-01', '2030-01-02'),
      null,
      limits,
    );
    expect(feed.mode).toBe('all');
    expect(eventIds(feed.items)).toHaveLength(10);
  });

  it('feeds the events of the range plus one range width each side (found by binary search)', () => {
    const index = buildFeedIndex(makeDays(100), [], 'type'); // 2017-01-01 .. 2017-04-10
    const feed = getTimelineFeed(index, range('2017-02-04', '2017-02-07'), null, limits);
    expect(feed.mode).toBe('events');
    // 3 days wide: 1 Feb .. 10 Feb (the start of the right margin is excluded).
    expect(eventIds(feed.items)).toEqual(['e31', 'e32', 'e33', 'e34', 'e35', 'e36', 'e37', 'e38', 'e39']);
  });

  it('includes a long range that began before the range', () => {
    const events = [...makeDays(100), makeEvent('year', '2016', { precision: 'year' })];
    const feed = getTimelineFeed(
      buildFeedIndex(events, [], 'type'),
      range('2016-06-01', '2016-06-02'),
      null,
      limits,
    );
    expect(eventIds(feed.items)).toEqual(['year']);
  });

  it('switches to buckets past the threshold, labelled with their counts', () => {
    const index = buildFeedIndex(makeDays(100), [], 'type');
    const atLimit = getTimelineFeed(index, range('2017-01-05', '2017-01-07'), null, limits); // 6 days, 6 events
    expect(atLimit.mode).toBe('events');
    const past = getTimelineFeed(index, range('2017-01-05', '2017-01-09'), null, limits); // 12 days
    expect(past.mode).toBe('buckets');
    const buckets = past.items.filter((item) => isBucketId(item.id));
    expect(buckets.length).toBeGreaterThan(0);
    expect(buckets[0]).toMatchObject({ type: 'range', className: 'tl-bucket', content: '1 event' });
    expect(buckets[0]?.title).toMatch(/^Meeting: 1 event, .*Click to zoom in\.$/);
  });

  it('coarsens the buckets until they fit the budget', () => {
    const index = buildFeedIndex(makeDays(400), [], 'type');
    const feed = getTimelineFeed(index, range('2017-01-01', '2018-02-01'), null, limits);
    const buckets = feed.items.filter((item) => isBucketId(item.id));
    expect(buckets.length).toBeLessThanOrEqual(limits.maxBuckets);
    expect(buckets.map((b) => b.id)).toContainEqual(
      expect.stringMatching(/^bucket:month:24204:type:meeting:\d+$/),
    );
    const total = buckets.reduce((sum, b) => sum + Number(b.content.split(' ')[0]), 0);
    expect(total).toBe(400);
  });

  it('gives a bucket a new id when its count changes, the same id when it does not', () => {
    const all = makeDays(400);
    const wide = range('2017-01-01', '2018-02-01');
    const bucketIds = (events: DiplomaticEvent[]) =>
      new Set(
        getTimelineFeed(buildFeedIndex(events, [], 'type'), wide, null, limits)
          .items.filter((item) => isBucketId(item.id))
          .map((item) => item.id),
      );
    const before = bucketIds(all);
    // Dropping January 2017's first day changes that month's count only.
    const after = bucketIds(all.slice(1));
    const changed = [...before].filter((id) => !after.has(id));
    expect(changed).toEqual([expect.stringMatching(/^bucket:month:24204:type:meeting:31$/)]);
    expect(after.size).toBe(before.size);
  });

  it('always feeds the selected event as an item, even among buckets', () => {
    const index = buildFeedIndex(makeDays(400), [], 'type');
    const feed = getTimelineFeed(index, range('2017-01-01', '2018-02-01'), 'e123', limits);
    expect(eventIds(feed.items)).toEqual(['e123']);
  });
});

describe('getBucketZoomRange', () => {
  it.each([
    [{ start: '2017-03-01', end: '2017-04-01' }, '2017-03-01', '2017-04-01'],
    [{ start: '2017-03-01', end: '2017-03-01' }, '2017-03-01', '2017-03-02'], // at least a day
  ])('%j', (bucket, start, end) => {
    expect(getBucketZoomRange(bucket)).toEqual(range(start, end));
  });
});

describe('arcs and episodes', () => {
  const episode = (id: string, start: string, end: string, arcId?: string) =>
    ({ id, title: `Episode ${id}`, start, end, eventIds: ['e0'], actorIds: [], arcId }) as unknown as Episode;
  const episodes = [
    episode('a', '2017-01-01', '2017-01-03', 'war'),
    episode('b', '2017-03-01', '2017-03-02', 'war'),
    episode('c', '2019-01-01', '2019-01-02'),
  ];
  const arcs = [
    { id: 'war', title: 'The war', start: '2017-01-01', end: '2017-03-02', episodeIds: ['a', 'b'] },
  ] as unknown as Arc[];
  const bandIds = (items: readonly { id: string }[]) =>
    items.filter((item) => item.id.startsWith('arc:') || item.id.startsWith('episode:')).map((i) => i.id);

  it('zoomed out, an arc replaces the bands of its episodes; others keep theirs', () => {
    const index = buildFeedIndex(makeDays(3), episodes, 'type', undefined, arcs);
    const feed = getTimelineFeed(index, range('2016-01-01', '2020-01-01'), null, limits);
    expect(bandIds(feed.items)).toEqual(['arc:war', 'episode:c']);
  });

  it('zoomed in, episodes are shown', () => {
    const index = buildFeedIndex(makeDays(3), episodes, 'type', undefined, arcs);
    const feed = getTimelineFeed(index, range('2017-01-01', '2017-02-01'), null, limits);
    expect(bandIds(feed.items)).toEqual(['episode:a', 'episode:b', 'episode:c']);
    expect(isRangeIndependent(index, limits)).toBe(false);
  });

  it('without arcs, episodes at every zoom and the small feed ignores the range', () => {
    const index = buildFeedIndex(makeDays(3), episodes, 'type');
    const feed = getTimelineFeed(index, range('2016-01-01', '2020-01-01'), null, limits);
    expect(bandIds(feed.items)).toEqual(['episode:a', 'episode:b', 'episode:c']);
    expect(isRangeIndependent(index, limits)).toBe(true);
  });
});
