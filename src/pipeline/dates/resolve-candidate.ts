// Places a Candidate on the calendar relative to the publication day.
// Direction rule for expressions that do not say which way they point (a bare weekday, a day or
// month without a year): past and present clauses take the latest occurrence ON OR BEFORE
// publication, future clauses the earliest ON OR AFTER it. "On or after" rather than "after":
// a story published on Sunday that says "slated for January 15" or "to be released late Sunday"
// means that same Sunday, and wire copy says "next Sunday" when it means a week later.
import type { Precision } from '../../domain/partial-date.ts';
import { daysInMonth } from '../../domain/partial-date.ts';
import {
  addDays,
  getMondayOf,
  getWeekday,
  shiftMonth,
  toDayNumber,
  toIsoDay,
  toIsoMonth,
} from './calendar.ts';
import type { Candidate } from './candidate.ts';
import { resolveYearlessDay, resolveYearlessMonth, type Direction } from './resolve-yearless.ts';

export interface Resolved {
  readonly date: string;
  readonly precision: Precision;
  /** Set for week-level spans: the last day they cover. */
  readonly endDate?: string;
}

const day = (date: string): Resolved => ({ date, precision: 'day' });

/**
 * News-style resolution: everything counts from the publication day, except that a day or month
 * without a year may be placed around `yearlessReference` (a date the paragraph named with its
 * year). Narrative expressions and timestamps are resolved by resolve-narrative.ts.
 */
export function resolveCandidate(
  candidate: Candidate,
  direction: Direction,
  published: string,
  yearlessReference: string = published,
): Resolved {
  const forward = direction === 'forward';
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  switch (candidate.type) {
    case 'day':
      if (candidate.year !== null) return day(toIsoDay(candidate.year, candidate.month, candidate.day));
      return day(
        (candidate.weekday !== null
          ? (matchWeekdayYear(candidate.month, candidate.day, candidate.weekday, yearlessReference) ??
            matchWeekdayYear(candidate.month, candidate.day, candidate.weekday, published))
          : null) ?? resolveYearlessDay(candidate.month, candidate.day, direction, yearlessReference),
      );
    case 'month':
      if (candidate.year !== null)
        return { date: toIsoMonth(candidate.year, candidate.month), precision: 'month' };
      return {
        date: resolveYearlessMonth(candidate.month, direction, yearlessReference),
        precision: 'month',
      };
    case 'year':
    case 'decade':
      return { date: String(candidate.year), precision: 'year' };
    case 'narrative':
    case 'narrative-weekday':
    case 'timestamp':
      // Without a text to anchor them, they stand for the publication day.
      return day(published);
    case 'weekday':
      if (candidate.week !== undefined) {
        return day(addDays(getMondayOf(published), 7 * candidate.week + ((candidate.weekday + 6) % 7)));
      }
      return day(resolveWeekday(candidate.weekday, candidate.modifier, forward, published));
    case 'days':
      return day(addDays(published, candidate.offset));
    case 'weeks':
      return resolveWeek(candidate.offset, candidate.part, published);
    case 'months': {
      const [y, m] = shiftMonth(year, month, candidate.offset);
      return { date: toIsoMonth(y, m), precision: 'month' };
    }
    case 'years':
      return { date: String(year + candidate.offset), precision: 'year' };
    case 'period-end':
      return resolvePeriodEnd(candidate.unit, candidate.offset, published);
  }
}

/** "Tuesday, March 10": the year next to publication in which March 10 is a Tuesday, if any. */
function matchWeekdayYear(month: number, dayOfMonth: number, weekday: number, published: string) {
  const year = Number(published.slice(0, 4));
  const distance = (date: string) => Math.abs(toDayNumber(date) - toDayNumber(published));
  const matches = [year - 1, year, year + 1]
    .filter((y) => dayOfMonth <= daysInMonth(y, month))
    .map((y) => toIsoDay(y, month, dayOfMonth))
    .filter((date) => getWeekday(date) === weekday);
  return matches.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

function resolveWeekday(
  weekday: number,
  modifier: 'last' | 'next' | null,
  forward: boolean,
  published: string,
) {
  const today = getWeekday(published);
  // "last Tuesday" / "next Tuesday" never mean the publication day itself.
  if (modifier === 'last') return addDays(published, -((today - weekday + 6) % 7) - 1);
  if (modifier === 'next') return addDays(published, ((weekday - today + 6) % 7) + 1);
  if (forward) return addDays(published, (weekday - today + 7) % 7);
  return addDays(published, -((today - weekday + 7) % 7));
}

/** ISO weeks: "last week" → Monday..Sunday of the week before the publication week. */
function resolveWeek(offset: number, part: 'whole' | 'earlier' | 'later', published: string): Resolved {
  const monday = addDays(getMondayOf(published), 7 * offset);
  const sunday = addDays(monday, 6);
  if (part === 'earlier') {
    // Published on a Monday there is no earlier day in the week: keep the range non-empty.
    const end = published > monday ? addDays(published, -1) : monday;
    return { date: monday, precision: 'day', endDate: end };
  }
  if (part === 'later') {
    const start = published < sunday ? addDays(published, 1) : sunday;
    return { date: start, precision: 'day', endDate: sunday };
  }
  return { date: monday, precision: 'day', endDate: sunday };
}

/** "by the end of the year" → December of that year: the deadline month, not a guessed day. */
function resolvePeriodEnd(unit: 'year' | 'month' | 'week', offset: number, published: string): Resolved {
  const year = Number(published.slice(0, 4));
  if (unit === 'year') return { date: toIsoMonth(year + offset, 12), precision: 'month' };
  if (unit === 'month') {
    const [y, m] = shiftMonth(year, Number(published.slice(5, 7)), offset);
    return { date: toIsoMonth(y, m), precision: 'month' };
  }
  return day(addDays(getMondayOf(published), 7 * offset + 6));
}
