// A publication day in words, written like the event panel's dates (features do not share code).
// No Intl or Date: the output never depends on the reader's locale or time zone.
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

/** "2017-01-15" → "15 January 2017"; anything that is not a YYYY-MM-DD day comes back unchanged. */
export function formatIsoDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const monthName = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || monthName === undefined) return day;
  return `${Number(match[3])} ${monthName} ${match[1]}`;
}
