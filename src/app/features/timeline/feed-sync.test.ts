import { describe, expect, it, vi } from 'vitest';
import { FeedSync } from './feed-sync.ts';
import type { TimelineFeed } from './timeline-feed.ts';
import type { TimelineItemData } from './timeline-data.ts';

const item = (id: string, content = id): TimelineItemData => ({
  id,
  type: 'point',
  start: '2017-01-01',
  group: 'lane',
  content,
  title: id,
  className: 'tl-event',
});
const feed = (mode: TimelineFeed['mode'], items: TimelineItemData[]): TimelineFeed => ({
  mode,
  groups: [{ id: 'lane', content: 'Lane', title: 'Lane', order: 0 }],
  items,
});
const many = (n: number, prefix = 'e') => Array.from({ length: n }, (_, i) => item(`${prefix}${i}`));

describe('FeedSync', () => {
  it('holds the first feed and stacks unless it is buckets', () => {
    expect(new FeedSync(feed('events', [item('a')])).items.getIds()).toEqual(['a']);
    expect(new FeedSync(feed('events', [])).stack).toBe(true);
    expect(new FeedSync(feed('buckets', [])).stack).toBe(false);
  });

  it('has nothing to do when the DataSets already hold the feed', () => {
    const sync = new FeedSync(feed('events', [item('a'), item('b')]));
    expect(sync.prepare(feed('events', [item('a'), item('b')]))).toBeNull();
  });

  it('calls a change large when the mode changes or many items are new', () => {
    const sync = new FeedSync(feed('events', many(10)));
    expect(sync.prepare(feed('events', [...many(10), item('x')]))?.isLarge).toBe(false);
    expect(sync.prepare(feed('events', many(50, 'n')))?.isLarge).toBe(true);
    expect(sync.prepare(feed('buckets', many(10)))).toBeNull(); // same items: nothing to apply
    expect(sync.prepare(feed('buckets', [item('bucket:1')]))?.isLarge).toBe(true);
  });

  it('applies changes, switching stacking off before bucket items arrive', () => {
    const sync = new FeedSync(feed('events', [item('a'), item('b', 'old')]));
    const seen: string[][] = [];
    const setStack = vi.fn(() => seen.push(sync.items.getIds().map(String)));
    sync.apply(sync.prepare(feed('buckets', [item('b', 'new'), item('c')]))!, setStack);
    expect(setStack).toHaveBeenCalledExactlyOnceWith(false);
    expect(seen).toEqual([['a', 'b']]);
    expect(sync.items.getIds()).toEqual(['b', 'c']);
    expect(sync.items.get('b')?.content).toBe('new');
    sync.apply(sync.prepare(feed('buckets', [item('d')]))!, setStack);
    expect(setStack).toHaveBeenCalledTimes(1);
  });

  it('applies a large change in place: items that stay are kept, lanes stay valid', () => {
    const sync = new FeedSync(feed('events', many(10)));
    const before = sync.items;
    const kept = sync.items.get('e0');
    const lanesSeen: string[][] = [];
    sync.items.on('add', () => lanesSeen.push(sync.groups.getIds().map(String)));
    const next: TimelineFeed = {
      mode: 'events',
      groups: [{ id: 'other', content: 'Other', title: 'Other', order: 0 }],
      items: [{ ...item('e0'), group: 'other' }, ...many(50, 'n').map((row) => ({ ...row, group: 'other' }))],
    };
    const pending = sync.prepare(next)!;
    expect(pending.isLarge).toBe(true);
    sync.apply(pending, vi.fn());
    expect(sync.items).toBe(before);
    expect(kept?.group).toBe('lane');
    expect(sync.items.get('e0')?.group).toBe('other');
    expect(sync.items.getIds()).toEqual(['e0', ...many(50, 'n').map((row) => row.id)]);
    // The new lane exists when the items arrive; the old one is gone afterwards.
    expect(lanesSeen).toEqual([['lane', 'other']]);
    expect(sync.groups.getIds()).toEqual(['other']);
  });

  it('changes a few items in place without calling the change large', () => {
    const sync = new FeedSync(feed('events', many(10)));
    const pending = sync.prepare(feed('events', [...many(10), item('x')]))!;
    expect(pending.isLarge).toBe(false);
    sync.apply(pending, vi.fn());
    expect(sync.items.getIds()).toEqual([...many(10).map((row) => row.id), 'x']);
  });
});
