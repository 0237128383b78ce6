import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';

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

/** A partial date for people: "2017-01-15" → "15 January 2017", "2014-11" → "November 2014". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (monthName === undefined) return year ?? date;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** The date of an event as its tooltip shows it, span included: "9 March 2015 – 15 March 2015". */
export function formatEventDate(event: Pick<DiplomaticEvent, 'date' | 'endDate'>): string {
  const start = formatPartialDate(event.date);
  return event.endDate === undefined ? start : `${start} – ${formatPartialDate(event.endDate)}`;
}
