// ISO days ("2017-01-15") ↔ the Dates vis-timeline works with. vis-timeline parses an ISO day
// string with moment, which reads it as LOCAL midnight, so these helpers use local time too:
// a day string and its Date always name the same midnight on the user's clock.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HALF_DAY_MS = 12 * 60 * 60 * 1000;

/** Local midnight of an ISO day: "2017-01-15" → Sun Jan 15 2017 00:00 local. */
export function fromIsoDay(day: string): Date {
  const match = ISO_DAY.exec(day);
  if (!match) throw new Error(`not an ISO day: "${day}"`);
  const [, y, m, d] = match;
  return new Date(Number(y), Number(m) - 1, Number(d));
}

/** The ISO day whose local midnight is nearest to `date` (windows are shared as whole days). */
export function toIsoDay(date: Date): string {
  const nearest = new Date(date.getTime() + HALF_DAY_MS);
  const y = String(nearest.getFullYear()).padStart(4, '0');
  const m = String(nearest.getMonth() + 1).padStart(2, '0');
  const d = String(nearest.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Calendar arithmetic on ISO days: ("2016-02-28", 2) → "2016-03-01". */
export function addDays(day: string, days: number): string {
  const date = fromIsoDay(day);
  date.setDate(date.getDate() + days);
  return toIsoDay(date);
}
