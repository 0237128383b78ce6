// vis-timeline's two DataSets, kept equal to the feed of the moment (timeline-feed.ts) with as
// few DataSet events as possible, and the one vis option that follows the feed: buckets of a lane
// never overlap, so they are not stacked (touching ones then share one row).
import { DataSet } from 'vis-data/esnext';
import type { DataGroup, DataItem } from 'vis-timeline/esnext';
import type { DataChanges } from './apply-data-changes.ts';
import { applyDataChanges, getDataChanges } from './apply-data-changes.ts';
import type { FeedMode, TimelineFeed } from './timeline-feed.ts';
import type { VisItemRow } from './vis-rows.ts';
import { toVisRows } from './vis-rows.ts';

/** Fewer new items than this are cheaper to add in place than with a park-and-redraw. */
const PARK_MIN_UPSERTS = 40;

export interface PendingFeed {
  readonly mode: FeedMode;
  readonly changes: DataChanges;
  /** Worth parking the window for (VIS-TIMELINE-NOTES pitfall 1): a new mode or many new items. */
  readonly isLarge: boolean;
  /** Every row of the feed, for a large change applied as a new DataSet. */
  readonly rows: readonly VisItemRow[];
}

export class FeedSync {
  readonly groups = new DataSet<DataGroup>();
  #items = new DataSet<DataItem>();
  #mode: FeedMode;

  constructor(feed: TimelineFeed) {
    this.#mode = feed.mode;
    this.groups.add([...feed.groups]);
    this.#items.add(toVisRows(feed.items));
  }

  /** The items DataSet of the moment: a large change replaces it (see apply). */
  get items(): DataSet<DataItem> {
    return this.#items;
  }

  /** vis-timeline's `stack` option for the feed held now. */
  get stack(): boolean {
    return this.#mode !== 'buckets';
  }

  /** What bringing the DataSets to `feed` takes; null when they already hold it. */
  prepare(feed: TimelineFeed): PendingFeed | null {
    const rows = toVisRows(feed.items);
    const changes = getDataChanges(this.#items, this.groups, rows, feed.groups);
    if (!changes) return null;
    const upserts = changes.items?.upsert.length ?? 0;
    const isLarge = feed.mode !== this.#mode || upserts >= PARK_MIN_UPSERTS;
    return { mode: feed.mode, changes, isLarge, rows };
  }

  /** Applies prepared changes; `setStack` is called first when the `stack` option must change.
   *  A large change becomes a new items DataSet handed to `setItems`: vis-timeline redraws every
   *  lane synchronously on each DataSet event it hears (a remove, then an update: two redraws,
   *  each reading the layout of every lane), but takes a new DataSet with one queued redraw. */
  apply(
    pending: PendingFeed,
    setStack: (stack: boolean) => void,
    setItems?: (items: DataSet<DataItem>) => void,
  ): void {
    const before = this.stack;
    this.#mode = pending.mode;
    if (this.stack !== before) setStack(this.stack);
    const { groups, items } = pending.changes;
    if (!pending.isLarge || !setItems || !items) {
      applyDataChanges(this.#items, this.groups, pending.changes);
      return;
    }
    // New lanes first and stale ones last, so no item points at a missing lane.
    if (groups) this.groups.update(groups.upsert);
    this.#items = new DataSet<DataItem>(pending.rows as DataItem[]);
    setItems(this.#items);
    if (groups) this.groups.remove(groups.remove);
  }
}
