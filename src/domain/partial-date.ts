// Dates in the dataset are ISO strings cut to their precision:
//   day   → "2017-01-15"
//   month → "2014-11"   (sometime in November 2014)
//   year  → "2016"      (sometime in 2016)
// The string alone says how much is known; `precision` repeats it for readers.

export type Precision = 'day' | 'month' | 'year';

export const PRECISIONS: readonly Precision[] = ['day', 'month', 'year'];

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Years the dataset can hold: wide enough for any news archive, narrow enough that a span's
 * day after (used to draw it) is still a four-digit year. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

/** The precision a partial date string carries, or null when it is not one. */
export function getPrecisionOf(date: string): Precision | null {
  // A dataset holds few distinct dates (an archive's are a few thousand days), read again and again
  // (sorting events by span, the schema check): each is parsed once.
  let precision = PRECISION_OF.get(date);
  if (precision === undefined) {
    if (PRECISION_OF.size >= MAX_REMEMBERED) PRECISION_OF.clear();
    PRECISION_OF.set(date, (precision = parsePrecision(date)));
  }
  return precision;
}

const PRECISION_OF = new Map<string, Precision | null>();
const MAX_REMEMBERED = 100_000;

function parsePrecision(date: string): Precision | null {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (m === undefined) return 'year';
  const month = Number(m);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return 'month';
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return 'day';
}

export function isPartialDate(date: string): boolean {
  return getPrecisionOf(date) !== null;
}

/** True for a real calendar day written as YYYY-MM-DD ("2021-02-30" is false). */
export function isIsoDay(date: string): boolean {
  return getPrecisionOf(date) === 'day';
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day covered by a partial date: "2014-11" → "2014-11-01". */
export function getSpanStart(date: string): string {
  const precision = getPrecisionOf(date);
  if (precision === 'year') return `${date}-01-01`;
  if (precision === 'month') return `${date}-01`;
  return date;
}

/** Last day covered by a partial date: "2014-11" → "2014-11-30". */
export function getSpanEnd(date: string): string {
  const precision = getPrecisionOf(date);
  if (precision === 'year') return `${date}-12-31`;
  if (precision === 'month') {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return `${date}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
  }
  return date;
}

/** Cuts a day to a precision: ("2014-11-20", "month") → "2014-11". */
export function truncateDate(day: string, precision: Precision): string {
  if (precision === 'year') return day.slice(0, 4);
  if (precision === 'month') return day.slice(0, 7);
  return day.slice(0, 10);
}
