// The dataset's dates written out in words (shared by every view that shows a date), so they
// read the same everywhere and a screen reader says
// "15 January 2017" rather than "1/15/2017". No Intl or Date: the output never depends on the
// reader's locale or time zone, and a day stays the day the article gave.
import type { Precision } from './partial-date.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A partial date in words, cut to `precision`:
 * ("2017-01-15", "day") → "15 January 2017", ("2014-12", "month") → "December 2014", ("2016", "year") → "2016".
 * A string that is not a date comes back unchanged rather than as "undefined".
 */
export function formatPartialDate(date: string, precision: Precision): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (precision === 'year' || monthName === undefined) return year ?? date;
  if (precision === 'month' || day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A calendar day in words: "2017-01-15" → "15 January 2017". */
export function formatIsoDay(day: string): string {
  return formatPartialDate(day, 'day');
}

/**
 * An event's date as people read it. A span ("last week") is written in full at both ends:
 * ("2016-12-26", "day", "2017-01-01") → "26 December 2016 – 1 January 2017".
 * An end date equal to the start, or given for a month or a year, adds nothing and is left out.
 */
export function formatEventDate(date: string, precision: Precision, endDate?: string): string {
  const start = formatPartialDate(date, precision);
  if (endDate === undefined || endDate === date || precision !== 'day') return start;
  return `${start} – ${formatIsoDay(endDate)}`;
}
