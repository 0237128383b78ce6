// "the Hamas attack of October 7" in news of 2025 is 7 October 2023, not the October 7 just
// past: once a day has a name, news gives it no year. The days are data (namedDays in
// date-words.json). Only past ones, and not in the month after an anniversary, when "October 7"
// may as well be the anniversary's day ("On October 7, Israelis marked a year since…").
import { addDays } from './calendar.ts';
import { getDateWords } from './date-words.ts';

const ANNIVERSARY_DAYS = 31;

/** The named day with this month and day that `published` speaks of, or null. */
export function getNamedDay(month: number, day: number, published: string): string | null {
  for (const { date } of getDateWords().namedDays) {
    if (Number(date.slice(5, 7)) !== month || Number(date.slice(8, 10)) !== day) continue;
    if (date >= published) continue;
    const year = Number(published.slice(0, 4));
    const anniversaries = [year - 1, year].map((y) => `${y}${date.slice(4)}`).filter((d) => d > date);
    if (anniversaries.some((d) => d <= published && published <= addDays(d, ANNIVERSARY_DAYS))) continue;
    return date;
  }
  return null;
}
