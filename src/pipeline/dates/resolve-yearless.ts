// A day or month written without its year ("Jan. 20", "on 13 July", "in March") takes the year
// that the clause's direction and the distance from a reference day (publication, or a date the
// paragraph named with its year) allow: back for a past clause, forward for a future one, and
// the nearest occurrence when the clause does not say ("Trump, who takes office on January 20"
// in a December article: next month, not eleven months ago) or when the expression ends a span
// ("extended until March").
import { daysInMonth } from '../../domain/partial-date.ts';
import { toDayNumber, toIsoDay, toIsoMonth } from './calendar.ts';

export type Direction = 'back' | 'forward' | 'nearest';

export function resolveYearlessDay(
  month: number,
  day: number,
  direction: Direction,
  reference: string,
): string {
  const year = Number(reference.slice(0, 4));
  const distance = (date: string) => toDayNumber(date) - toDayNumber(reference);
  if (direction === 'nearest') {
    const options = [year - 1, year, year + 1]
      .filter((y) => day <= daysInMonth(y, month))
      .map((y) => toIsoDay(y, month, day));
    // Ties go to the earlier year: news reports more than it announces.
    const best = options.sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)) || (a < b ? -1 : 1))[0];
    if (best) return best;
  }
  const step = direction === 'forward' ? 1 : -1;
  // Walk from the reference year; a few steps find the next valid February 29 too.
  for (let y = year, tries = 0; tries < 9; y += step, tries++) {
    if (day > daysInMonth(y, month)) continue;
    const candidate = toIsoDay(y, month, day);
    if (step > 0 ? candidate >= reference : candidate <= reference) return candidate;
  }
  return toIsoDay(year, month, day);
}

/** The reference month itself counts in every direction ("in December", written mid-December). */
export function resolveYearlessMonth(month: number, direction: Direction, reference: string): string {
  const year = Number(reference.slice(0, 4));
  const current = Number(reference.slice(5, 7));
  if (direction === 'forward') return toIsoMonth(month >= current ? year : year + 1, month);
  if (direction === 'back') return toIsoMonth(month <= current ? year : year - 1, month);
  const here = year * 12 + current;
  const best = [year - 1, year, year + 1].sort(
    (a, b) => Math.abs(a * 12 + month - here) - Math.abs(b * 12 + month - here) || a - b,
  )[0];
  return toIsoMonth(best ?? year, month);
}
