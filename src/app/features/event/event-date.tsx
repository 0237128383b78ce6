import type { Precision } from '../../../domain/partial-date.ts';
import { formatEventDate, formatIsoDay } from '../../../domain/format-date.ts';

export interface EventDateProps {
  readonly date: string;
  readonly precision: Precision;
  readonly endDate?: string | undefined;
}

/**
 * An event's date in words inside <time>, machine-readable too: a span becomes two <time> elements,
 * since one datetime attribute cannot hold a range. The text is always formatEventDate's.
 */
export function EventDate({ date, precision, endDate }: EventDateProps) {
  const text = formatEventDate(date, precision, endDate);
  const start = formatEventDate(date, precision);
  if (endDate === undefined || text === start) return <time dateTime={date}>{text}</time>;
  return (
    <>
      <time dateTime={date}>{start}</time> – <time dateTime={endDate}>{formatIsoDay(endDate)}</time>
    </>
  );
}
