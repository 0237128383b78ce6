// The date an event takes from the expression that dates it. "Last week" or "earlier this
// week" says the happening fell on one day of the span without saying which: that is not a day
// date, so the event is dated to the month holding most of the span ("last week", said on
// Wednesday 4 June 2025, is the week of 26 May–1 June: May). A span the happening filled
// ("from 11 to 12 January") keeps its days.
import type { Precision } from '../../domain/partial-date.ts';
import type { DateMention } from '../types.ts';
import { fromDayNumber, toDayNumber } from './calendar.ts';

export interface EventDate {
  readonly date: string;
  readonly precision: Precision;
  readonly endDate?: string;
}

export function getEventDate(
  mention: Pick<DateMention, 'date' | 'precision' | 'endDate' | 'oneDayOf'>,
): EventDate {
  const { date, precision, endDate } = mention;
  if (endDate === undefined || endDate === date) return { date, precision };
  if (!mention.oneDayOf) return { date, precision, endDate };
  const middle = fromDayNumber(Math.floor((toDayNumber(date) + toDayNumber(endDate)) / 2));
  return { date: middle.slice(0, 7), precision: 'month' };
}
