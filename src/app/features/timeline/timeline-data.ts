// The shapes this feature hands to vis-timeline: plain data, no vis types, so the pure
// functions that build them stay free of the library.

/** One vis-timeline item. `content` and `title` are escaped HTML; dates are ISO days. */
export interface TimelineItemData {
  /** The event id, or "episode:<id>" / "arc:<id>" / "break:<n>" for a band (slugs never contain ":"). */
  readonly id: string;
  readonly type: 'point' | 'range' | 'background';
  readonly start: string;
  /** Exclusive end (the day after the last day covered); absent for points. */
  readonly end?: string;
  /** Lane id; absent for a band that spans every lane. */
  readonly group?: string;
  readonly content: string;
  /** Tooltip text ("15 January 2017 — Kerry meets Netanyahu"), escaped. */
  readonly title: string;
  readonly className: string;
}

/** One lane. `content` is escaped HTML; `title` is a plain-text attribute. */
export interface TimelineGroupData {
  readonly id: string;
  readonly content: string;
  readonly title: string;
  /** Position from the top (vis `groupOrder: 'order'`). */
  readonly order: number;
  readonly className?: string;
}

export interface TimelineData {
  readonly items: readonly TimelineItemData[];
  readonly groups: readonly TimelineGroupData[];
}

/** A visible window as whole days, as the URL stores it: the days at the left and right edges. */
export interface TimelineWindow {
  readonly start: string;
  readonly end: string;
}

export const EPISODE_ITEM_PREFIX = 'episode:';
export const ARC_ITEM_PREFIX = 'arc:';
