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

  it('hands a large change over as a new DataSet holding exactly the feed, lanes kept valid', () => {
    const sync = new FeedSync(feed('events', many(10)));
    const before = sync.items;
    const lanesSeen: string[][] = [];
    const setItems = vi.fn(() => lanesSeen.push(sync.groups.getIds().map(String)));
    const next: TimelineFeed = {
      mode: 'events',
      groups: [{ id: 'other', content: 'Other', title: 'Other', order: 0 }],
      items: many(50, 'n').map((row) => ({ ...row, group: 'other' })),
    };
    sync.apply(sync.prepare(next)!, vi.fn(), setItems);
    expect(setItems).toHaveBeenCalledExactlyOnceWith(sync.items);
    expect(sync.items).not.toBe(before);
    expect(sync.items.getIds()).toEqual(many(50, 'n').map((row) => row.id));
    // The new lane exists when the items arrive; the old one is gone afterwards.
    expect(lanesSeen).toEqual([['lane', 'other']]);
    expect(sync.groups.getIds()).toEqual(['other']);
  });

  it('changes a few items in place, even when it could replace the DataSet', () => {
    const sync = new FeedSync(feed('events', many(10)));
    const before = sync.items;
    const setItems = vi.fn();
    sync.apply(sync.prepare(feed('events', [...many(10), item('x')]))!, vi.fn(), setItems);
    expect(setItems).not.toHaveBeenCalled();
    expect(sync.items).toBe(before);
    expect(sync.items.getIds()).toContain('x');
  });
});
