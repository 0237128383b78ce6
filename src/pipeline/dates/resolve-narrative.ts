// Narrative expressions counted from the last date the text named (the anchor): "two days
// later" after "on Thursday" is Saturday, "the following month" after "in March 2012" is April
// 2012. An anchor known only to the month or year cannot place a day: the result keeps the
// anchor's precision rather than invent one ("a week later" after "in March" → that March).
import { addDays, getMondayOf, getWeekday, shiftMonth, toIsoMonth } from './calendar.ts';
import type { Candidate } from './candidate.ts';
import type { Resolved } from './resolve-candidate.ts';

type Narrative = Extract<Candidate, { type: 'narrative' } | { type: 'narrative-weekday' }>;

export function resolveNarrative(candidate: Narrative, anchor: Resolved): Resolved {
  const { date, precision } = anchor;
  const year = Number(date.slice(0, 4));
  if (candidate.type === 'narrative-weekday') {
    if (precision !== 'day') return { date, precision };
    const today = getWeekday(date);
    const days =
      candidate.direction > 0
        ? ((candidate.weekday - today + 6) % 7) + 1
        : -(((today - candidate.weekday + 6) % 7) + 1);
    return { date: addDays(date, days), precision: 'day' };
  }
  const { unit, offset } = candidate;
  if (unit === 'year') return { date: String(year + offset), precision: 'year' };
  if (precision === 'year') return { date, precision };
  if (unit === 'month') {
    const [y, m] = shiftMonth(year, Number(date.slice(5, 7)), offset);
    return { date: toIsoMonth(y, m), precision: 'month' };
  }
  if (precision === 'month') return { date, precision };
  if (unit === 'week') {
    const monday = addDays(getMondayOf(date), 7 * offset);
    return { date: monday, precision: 'day', endDate: addDays(monday, 6) };
  }
  return { date: addDays(date, offset), precision: 'day' };
}
