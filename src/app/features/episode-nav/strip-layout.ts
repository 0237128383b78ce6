// Where each episode and arc sits on the overview strip: a share of the strip's width, on the
// same time axis as the timeline (quiet periods the timeline hides take no width here either).
// Episodes that overlap on screen go in separate rows, up to MAX_ROWS; arcs have a row above.
//
//   episodes [Dec 2013] [Dec 2014] [Jan 2017] [May 2021], three long gaps hidden
//   → blocks at left 0.00, 0.21, 0.45, 0.90 of the strip, each at least MIN_WIDTH wide
import type { Arc, Episode } from '../../../domain/dataset-schema.ts';

/** A hidden stretch of time (ms, local), as the timeline hides it. */
export interface HiddenSpan {
  readonly start: number;
  readonly end: number;
}

export interface StripBlock<T> {
  readonly item: T;
  /** Share of the strip's width from its left edge (0–1). */
  readonly left: number;
  readonly width: number;
  /** 0 is the top row of its level. */
  readonly row: number;
  /** Share of the width free from the block's left edge to the next block of its row (or the
   *  strip's end): where a block too narrow for its title can write it beside itself. */
  readonly room: number;
}

export interface StripLayout {
  readonly episodes: readonly StripBlock<Episode>[];
  readonly arcs: readonly StripBlock<Arc>[];
  readonly rows: number;
  /** Year labels under the blocks, so a strip of unlabelled narrow blocks still reads as time. */
  readonly ticks: readonly { readonly year: number; readonly share: number }[];
  /** Day → share of the width, for the window marker. */
  toShare(day: string): number;
}

/** The narrowest block, so a one-day episode among years stays visible and clickable. */
export const MIN_WIDTH = 0.006;
const MAX_ROWS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

export function getStripLayout(
  episodes: readonly Episode[],
  arcs: readonly Arc[],
  hidden: readonly HiddenSpan[],
): StripLayout {
  const spans = [...episodes, ...arcs];
  const first = Math.min(...spans.map((s) => dayMs(s.start)));
  const last = Math.max(...spans.map((s) => dayMs(s.end) + DAY_MS));
  const shown = (t: number) => t - hiddenBefore(t, hidden);
  const origin = shown(first);
  const total = Math.max(shown(last) - origin, DAY_MS);
  const share = (t: number) => Math.min(1, Math.max(0, (shown(t) - origin) / total));
  const place = <T extends { start: string; end: string }>(item: T) => {
    const left = share(dayMs(item.start));
    const width = Math.max(share(dayMs(item.end) + DAY_MS) - left, MIN_WIDTH);
    return { item, left: Math.min(left, 1 - width), width };
  };
  const episodeBlocks = withRoom(stackInRows(sortByStart(episodes).map(place)));
  return {
    episodes: episodeBlocks,
    arcs: withRoom(sortByStart(arcs).map((arc) => ({ ...place(arc), row: 0 }))),
    rows: episodeBlocks.reduce((rows, block) => Math.max(rows, block.row + 1), 0),
    ticks: getYearTicks(first, last, share, (t) => hidden.some((h) => t > h.start && t < h.end)),
    toShare: (day) => share(dayMs(day)),
  };
}

/** Year steps tried, smallest first: at most MAX_TICKS labels. */
const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100];
const MAX_TICKS = 12;
/** Closer labels than this share of the width collide. */
const MIN_TICK_GAP = 0.05;

/** A label at each step's 1 January, unless that day is hidden (it would sit at a break, next to
 *  a block of another year). */
function getYearTicks(
  first: number,
  last: number,
  share: (t: number) => number,
  isHidden: (t: number) => boolean,
) {
  const from = new Date(first).getFullYear() + 1;
  const to = new Date(last).getFullYear();
  const step = YEAR_STEPS.find((s) => (to - from + 1) / s <= MAX_TICKS) ?? YEAR_STEPS.at(-1)!;
  const ticks: { year: number; share: number }[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) {
    const day = new Date(year, 0, 1).getTime();
    if (isHidden(day)) continue;
    const at = share(day);
    const previous = ticks.at(-1);
    if (at < 1 - MIN_TICK_GAP / 2 && (previous === undefined || at - previous.share >= MIN_TICK_GAP))
      ticks.push({ year, share: at });
  }
  return ticks;
}

/** Each block's room: up to the next block of its row (blocks come sorted by start), never less
 *  than its own width (blocks of a full row may overlap). */
function withRoom<T>(blocks: readonly Omit<StripBlock<T>, 'room'>[]): StripBlock<T>[] {
  const nextLeft = new Map<number, number>();
  const placed: StripBlock<T>[] = [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    placed[i] = { ...block, room: Math.max((nextLeft.get(block.row) ?? 1) - block.left, block.width) };
    nextLeft.set(block.row, block.left);
  }
  return placed;
}

/** Greedy rows: each block in the first row whose last block ends before it starts. */
function stackInRows<T>(
  blocks: readonly Omit<StripBlock<T>, 'row' | 'room'>[],
): Omit<StripBlock<T>, 'room'>[] {
  const rowEnds: number[] = [];
  return blocks.map((block) => {
    let row = rowEnds.findIndex((end) => end <= block.left);
    if (row === -1) row = rowEnds.length < MAX_ROWS ? rowEnds.length : indexOfMin(rowEnds);
    rowEnds[row] = block.left + block.width;
    return { ...block, row };
  });
}

function indexOfMin(values: readonly number[]): number {
  return values.reduce((best, value, i) => (value < values[best]! ? i : best), 0);
}

function sortByStart<T extends { start: string; end: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

function hiddenBefore(t: number, hidden: readonly HiddenSpan[]): number {
  let sum = 0;
  for (const span of hidden) if (t > span.start) sum += Math.min(t, span.end) - span.start;
  return sum;
}

/** Local midnight of an ISO day, as the timeline reads days. */
function dayMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}
