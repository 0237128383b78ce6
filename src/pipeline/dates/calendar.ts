// Calendar arithmetic on ISO day strings, counted in whole UTC days so that no time zone or
// daylight-saving shift can move a date: addDays("2016-12-31", 1) → "2017-01-01".
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for "YYYY-MM-DD". */
export function toDayNumber(day: string): number {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return Date.UTC(year, month - 1, Number(day.slice(8, 10))) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromDayNumber(toDayNumber(day) + days);
}

/** 0 = Sunday … 6 = Saturday, the numbering Date and chrono use. 1970-01-01 was a Thursday. */
export function getWeekday(day: string): number {
  return (((toDayNumber(day) + 4) % 7) + 7) % 7;
}

/** Monday of the ISO week (Monday..Sunday) that holds `day`. */
export function getMondayOf(day: string): string {
  return addDays(day, -((getWeekday(day) + 6) % 7));
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function toIsoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function toIsoMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

/** (2014, 1, -2) → [2013, 11]: month arithmetic that carries into the year. */
export function shiftMonth(year: number, month: number, by: number): [number, number] {
  const index = year * 12 + (month - 1) + by;
  return [Math.floor(index / 12), (index % 12) + 1];
}
