// vis-timeline's two DataSets, kept equal to the feed of the moment (timeline-feed.ts) with as
// few DataSet events as possible, and the one vis option that follows the feed: buckets of a lane
// never overlap, so they are not stacked (touching ones then share one row).
// Changes are made in place, so vis keeps the items that stay (an episode band, a bucket whose
// count a filter left alone) drawn and measured; the controller holds back vis's redraw on each
// DataSet event meanwhile (vis-redraws.ts).
import { DataSet } from 'vis-data/esnext';
import type { DataGroup, DataItem } from 'vis-timeline/esnext';
import type { DataChanges } from './apply-data-changes.ts';
import { applyDataChanges, getDataChanges } from './apply-data-changes.ts';
import type { FeedMode, TimelineFeed } from './timeline-feed.ts';
import { toVisRows } from './vis-rows.ts';

/** Fewer new items than this are cheaper to add in place than with a park-and-redraw. */
const PARK_MIN_UPSERTS = 40;

export interface PendingFeed {
  readonly mode: FeedMode;
  readonly changes: DataChanges;
  /** Worth parking the window for (VIS-TIMELINE-NOTES pitfall 1): a new mode or many new items. */
  readonly isLarge: boolean;
}

export class FeedSync {
  readonly groups = new DataSet<DataGroup>();
  readonly items = new DataSet<DataItem>();
  #mode: FeedMode;

  constructor(feed: TimelineFeed) {
    this.#mode = feed.mode;
    this.groups.add([...feed.groups]);
    this.items.add(toVisRows(feed.items));
  }

  /** vis-timeline's `stack` option for the feed held now. */
  get stack(): boolean {
    return this.#mode !== 'buckets';
  }

  /** What bringing the DataSets to `feed` takes; null when they already hold it. */
  prepare(feed: TimelineFeed): PendingFeed | null {
    const changes = getDataChanges(this.items, this.groups, toVisRows(feed.items), feed.groups);
    if (!changes) return null;
    const upserts = changes.items?.upsert.length ?? 0;
    const isLarge = feed.mode !== this.#mode || upserts >= PARK_MIN_UPSERTS;
    return { mode: feed.mode, changes, isLarge };
  }

  /** Applies prepared changes; `setStack` is called first when the `stack` option must change. */
  apply(pending: PendingFeed, setStack: (stack: boolean) => void): void {
    const before = this.stack;
    this.#mode = pending.mode;
    if (this.stack !== before) setStack(this.stack);
    applyDataChanges(this.items, this.groups, pending.changes);
  }
}
