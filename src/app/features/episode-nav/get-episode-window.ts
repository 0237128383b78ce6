// The window the timeline zooms to for an episode (or arc): its days with a margin, wider on
// the right, where the titles of its last events are drawn beside their dots.
//   2021-05-10 … 2021-05-20 (11 days) → 2021-05-08 … 2021-05-24
const DAY_MS = 24 * 60 * 60 * 1000;

export function getEpisodeWindow(span: { readonly start: string; readonly end: string }): {
  from: string;
  to: string;
} {
  const days = Math.round((toUtc(span.end) - toUtc(span.start)) / DAY_MS) + 1;
  const before = Math.max(1, Math.round(days * 0.15));
  const after = Math.max(2, Math.round(days * 0.4));
  return { from: addDays(span.start, -before), to: addDays(span.end, after) };
}

function toUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function addDays(day: string, days: number): string {
  return new Date(toUtc(day) + days * DAY_MS).toISOString().slice(0, 10);
}
