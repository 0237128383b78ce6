// Summaries of the app benchmark: median/min/max per metric over the runs (runs that gave no number
// are counted by reason), the printed tables, and the issue's targets as PASS/MISS.
import type { Outcome } from './bounded.ts';

/** Metric key → label with its unit, in the order the tables list them. */
export const METRIC_LABELS = {
  itemMs: 'first timeline item visible (ms)',
  listMs: 'event list populated (ms)',
  firstViewMs: 'first view complete (ms)',
  jsKiB: 'JS, gzip (KiB)',
  cssKiB: 'CSS, gzip (KiB)',
  jsCssKiB: 'JS + CSS, gzip (KiB)',
  htmlKiB: 'HTML, gzip (KiB)',
  datasetKiB: 'dataset, gzip (KiB)',
  datasetRawKiB: 'dataset, uncompressed (KiB)',
  loadLongFrames: 'long frames > 50 ms during load',
  loadLongestFrameMs: 'longest frame during load (ms)',
  heapAfterLoadMB: 'JS heap after load, after GC (MB)',
  filterListMs: 'actor filter → count text (ms)',
  filterTimelineMs: 'actor filter → timeline settled (ms)',
  filterMs: 'actor filter → both updated (ms)',
  filterShownEvents: 'events shown after the filter',
  clearFiltersMs: 'clear filters → both updated (ms)',
  selectMs: 'select first row → details (ms)',
  zoomInSteps: 'zoom-in clicks to ≤ 7 days',
  zoomReachedDays: 'window reached (days)',
  zoomSlowestStepMs: 'slowest zoom-in step, settled (ms)',
  fitAllMs: 'fit all after zoom, settled (ms)',
  zoomLongFrames: 'long frames > 50 ms, zoom in + fit',
  zoomLongestFrameMs: 'longest frame, zoom in + fit (ms)',
  heapAtEndMB: 'JS heap at end, after GC (MB)',
} as const;
export type MetricKey = keyof typeof METRIC_LABELS;
export type RunMetrics = Partial<Record<MetricKey, Outcome>>;

export interface Summary {
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Runs without a number, by reason: { timeout: 2 }. */
  readonly missing: Record<string, number>;
}

export function summarize(runs: readonly RunMetrics[]): Partial<Record<MetricKey, Summary>> {
  const summary: Partial<Record<MetricKey, Summary>> = {};
  for (const key of Object.keys(METRIC_LABELS) as MetricKey[]) {
    const outcomes = runs.map((run) => run[key]).filter((o) => o !== undefined);
    if (outcomes.length === 0) continue;
    const numbers = outcomes.filter((o) => typeof o === 'number').sort((a, b) => a - b);
    const missing: Record<string, number> = {};
    for (const o of outcomes) if (typeof o !== 'number') missing[o] = (missing[o] ?? 0) + 1;
    // Lower median for an even count: a number that was actually measured.
    const median = numbers.length ? (numbers[Math.floor((numbers.length - 1) / 2)] as number) : null;
    summary[key] = { median, min: numbers[0] ?? null, max: numbers.at(-1) ?? null, missing };
  }
  return summary;
}

const format = (n: number | null) => (n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(1));

export function printScenario(name: string, runs: number, summary: Partial<Record<MetricKey, Summary>>) {
  const rows = (Object.keys(summary) as MetricKey[]).map((key) => {
    const s = summary[key] as Summary;
    const missing = Object.entries(s.missing).map(([why, n]) => `${n}× ${why}`);
    return [METRIC_LABELS[key], format(s.median), format(s.min), format(s.max), missing.join(', ')];
  });
  const header = [`${name} (${runs} runs)`, 'median', 'min', 'max', 'no value'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  readonly verdict: 'PASS' | 'MISS' | 'not run';
}

type Summaries = Readonly<Record<string, Partial<Record<MetricKey, Summary>>>>;

/** The issue's targets. Times compare the median; "no frame over 200 ms" and heap the worst run. */
export function checkTargets(summaries: Summaries): TargetResult[] {
  const check = (
    target: string,
    scenario: string,
    key: MetricKey,
    stat: 'median' | 'max',
    limit: number,
    strict = false,
  ) => {
    const s = summaries[scenario]?.[key];
    if (!s) return { target, measured: '', verdict: 'not run' as const };
    const missing = Object.keys(s.missing);
    const value = s[stat];
    // A run without a value (timeout, failure) can hide anything: it never passes.
    const pass = value !== null && (strict ? value < limit : value <= limit) && missing.length === 0;
    const measured = `${stat} ${format(value)}${missing.length ? ` (${missing.join(', ')} in some runs)` : ''}`;
    return { target, measured, verdict: pass ? ('PASS' as const) : ('MISS' as const) };
  };
  return [
    check('first view JS + CSS ≤ 200 KiB gzip (seeds)', 'seeds', 'jsCssKiB', 'max', 200),
    check('first item visible ≤ 1 s (seeds)', 'seeds', 'itemMs', 'median', 1000),
    check('50k: first view ≤ 2.5 s', '50k', 'firstViewMs', 'median', 2500),
    check('50k: actor filter ≤ 100 ms', '50k', 'filterMs', 'median', 100),
    check('50k: no long frame > 200 ms while zooming', '50k', 'zoomLongestFrameMs', 'max', 200),
    check('50k: heap after load < 300 MB', '50k', 'heapAfterLoadMB', 'max', 300, true),
  ];
}

export function printTargets(results: readonly TargetResult[]) {
  console.log('\nTargets');
  const width = Math.max(...results.map((r) => r.target.length));
  for (const r of results) console.log(`  ${r.verdict.padEnd(7)}  ${r.target.padEnd(width)}  ${r.measured}`);
}
