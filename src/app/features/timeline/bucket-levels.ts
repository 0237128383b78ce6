// Calendar buckets for the zoomed-out timeline: an event goes in the day, week (Monday first),
// month, quarter or year of its start day. Keys are integers that grow with time, so keys of
// events sorted by start are sorted too (one pass builds the counts, binary search finds them).
//   day     → days since 1970-01-01        week → weeks since Monday 1969-12-29
//   month   → year * 12 + month index      quarter → year * 4 + quarter index   year → year
// Spans are ISO days with an exclusive end, like event ranges (see to-timeline-items).

export type BucketLevel = 'day' | 'week' | 'month' | 'quarter' | 'year';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Finest first, with the typical width of one bucket (to choose a level for a window). */
export const BUCKET_LEVELS: readonly { readonly level: BucketLevel; readonly ms: number }[] = [
  { level: 'day', ms: DAY_MS },
  { level: 'week', ms: 7 * DAY_MS },
  { level: 'month', ms: 30.44 * DAY_MS },
  { level: 'quarter', ms: 91.31 * DAY_MS },
  { level: 'year', ms: 365.25 * DAY_MS },
];

/** The calendar day (y, m 1–12, d) → its bucket key at `level`. */
export function getBucketKey(level: BucketLevel, y: number, m: number, d: number): number {
  switch (level) {
    case 'day':
      return Date.UTC(y, m - 1, d) / DAY_MS;
    case 'week':
      // 1970-01-01 was a Thursday: shifting by 3 days makes weeks start on Mondays.
      return Math.floor((Date.UTC(y, m - 1, d) / DAY_MS + 3) / 7);
    case 'month':
      return y * 12 + m - 1;
    case 'quarter':
      return y * 4 + Math.floor((m - 1) / 3);
    case 'year':
      return y;
  }
}

/** The key of the local day holding `ms` (vis-timeline windows are local times). */
export function getBucketKeyAt(level: BucketLevel, ms: number): number {
  const date = new Date(ms);
  return getBucketKey(level, date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** A key → its days: ('month', 2017 * 12 + 2) → { start: '2017-03-01', end: '2017-04-01' }. */
export function getBucketSpan(level: BucketLevel, key: number): { start: string; end: string } {
  switch (level) {
    case 'day':
      return { start: utcDay(key), end: utcDay(key + 1) };
    case 'week':
      return { start: utcDay(key * 7 - 3), end: utcDay(key * 7 + 4) };
    case 'month':
      return { start: monthDay(key), end: monthDay(key + 1) };
    case 'quarter':
      return { start: monthDay(key * 3), end: monthDay(key * 3 + 3) };
    case 'year':
      return { start: monthDay(key * 12), end: monthDay(key * 12 + 12) };
  }
}

/** The finest level that puts at most `maxBuckets` buckets across a window `widthMs` wide. */
export function getBucketLevelIndex(widthMs: number, maxBuckets: number): number {
  const index = BUCKET_LEVELS.findIndex(({ ms }) => widthMs / ms <= maxBuckets);
  return index === -1 ? BUCKET_LEVELS.length - 1 : index;
}

function utcDay(dayKey: number): string {
  return new Date(dayKey * DAY_MS).toISOString().slice(0, 10);
}

function monthDay(monthKey: number): string {
  const y = Math.floor(monthKey / 12);
  const m = monthKey - y * 12 + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}
