// Quiet periods: long stretches with no event and no episode between clusters of activity. When
// they take most of the time span, the timeline hides them (vis-timeline `hiddenDates`), so the
// first view gives its width to events instead of empty years. A short slice of each quiet
// period stays visible on either side of the hidden part: that slice carries the break mark.
//
//   spans (ms, exclusive ends)            [Jul 2013] [Nov–Dec 2013] … [May 2021]
//   → gaps of ≥ MIN_QUIET_MS              Dec 2013 → Nov 2014, …, Jan 2017 → May 2021
//   → only if they are ≥ MIN_QUIET_SHARE of the whole span, else none (true scale is fine then)

const DAY_MS = 24 * 60 * 60 * 1000;
/** A gap shorter than this is part of the story's rhythm, not a quiet period. */
export const MIN_QUIET_MS = 60 * DAY_MS;
/** Compress only when the quiet periods take at least this share of the whole span. */
export const MIN_QUIET_SHARE = 0.5;
/** The visible slice each side of a hidden part, as a share of the time left visible. */
const MARGIN_SHARE = 0.012;

export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

export interface QuietPeriod {
  /** The whole empty stretch, from the end of one cluster to the start of the next (ms). */
  readonly gap: TimeSpan;
  /** The part the timeline hides: the gap less a visible margin at each end. */
  readonly hidden: TimeSpan;
}

/** The quiet periods of a set of spans (any order), or [] when compressing is not worth it. */
export function getQuietPeriods(spans: readonly TimeSpan[]): readonly QuietPeriod[] {
  if (spans.length < 2) return [];
  const sorted = isSortedByStart(spans) ? spans : [...spans].sort((a, b) => a.start - b.start);
  const gaps: TimeSpan[] = [];
  let reach = sorted[0]!.end;
  for (const span of sorted) {
    if (span.start - reach >= MIN_QUIET_MS) gaps.push({ start: reach, end: span.start });
    reach = Math.max(reach, span.end, span.start);
  }
  const whole = reach - sorted[0]!.start;
  const quiet = gaps.reduce((sum, gap) => sum + gap.end - gap.start, 0);
  if (gaps.length === 0 || quiet < whole * MIN_QUIET_SHARE) return [];
  const margin = Math.max(DAY_MS, (whole - quiet) * MARGIN_SHARE);
  return gaps.map((gap) => {
    // Never more than a third of the gap each side: something must stay hidden.
    const side = Math.min(margin, (gap.end - gap.start) / 3);
    return { gap, hidden: { start: gap.start + side, end: gap.end - side } };
  });
}

/** Milliseconds of [start, end] that stay on screen once `periods` are hidden. */
export function getVisibleDuration(start: number, end: number, periods: readonly QuietPeriod[]): number {
  let hidden = 0;
  for (const { hidden: h } of periods) hidden += Math.max(0, Math.min(end, h.end) - Math.max(start, h.start));
  return end - start - hidden;
}

/** "3 years", "10 months", "45 days": how long a quiet period lasts, for its break mark. */
export function formatQuietLength({ start, end }: TimeSpan): string {
  const days = Math.round((end - start) / DAY_MS);
  if (days >= 700) return `${Math.round(days / 365.25)} years`;
  if (days >= 60) return `${Math.round(days / 30.44)} months`;
  return `${days} days`;
}

function isSortedByStart(spans: readonly TimeSpan[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}
