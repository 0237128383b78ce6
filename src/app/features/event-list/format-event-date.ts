// Dates written out for the list, at the precision the text gave:
//   ("2017-01-15", "day")                  → "15 January 2017"
//   ("2014-12", "month")                   → "December 2014"
//   ("2016", "year")                       → "2016"
//   ("2016-12-26", "day", "2017-01-01")    → "26 December 2016 – 1 January 2017"
import type { Precision } from '../../../domain/partial-date.ts';

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

export function formatEventDate(date: string, precision: Precision, endDate?: string): string {
  const start = formatPartialDate(date, precision);
  if (endDate === undefined || endDate === date) return start;
  return `${start} – ${formatPartialDate(endDate, 'day')}`;
}

function formatPartialDate(date: string, precision: Precision): string {
  const [year = date, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (precision === 'year' || monthName === undefined) return year;
  if (precision === 'month' || day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
