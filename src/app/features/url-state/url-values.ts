// Checks for single URL values. Each takes the raw decoded value and returns the usable value or null,
// reporting what it dropped. Lengths are checked before patterns so hostile input stays cheap.
import { EVENT_TYPE_IDS } from '../../../domain/event-types.ts';
import type { EventType } from '../../../domain/event-types.ts';
import { SLUG_PATTERN } from '../../../domain/ids.ts';
import { isIsoDay } from '../../../domain/partial-date.ts';

/** Longest search text kept, in UTF-16 code units (what an input's maxLength counts). */
export const MAX_QUERY_LENGTH = 200;
/** Most ids kept from one list (`actors`, `types`). */
export const MAX_LIST_ITEMS = 100;
/** Longest id accepted; real slugs are far shorter. */
export const MAX_ID_LENGTH = 120;
/** Longest value shown back to people in a problem. */
export const MAX_DISPLAY_LENGTH = 60;

export type ReportProblem = (key: string, value: string, reason: string) => void;

const EVENT_TYPE_SET: ReadonlySet<string> = new Set(EVENT_TYPE_IDS);

/** A slug id, e.g. " john-kerry " → "john-kerry"; "John Kerry" → null. */
export function parseId<T extends string>(key: string, raw: string, report: ReportProblem): T | null {
  const value = raw.trim();
  if (value.length > MAX_ID_LENGTH) {
    report(key, raw, `is longer than ${MAX_ID_LENGTH} characters`);
    return null;
  }
  if (!SLUG_PATTERN.test(value)) {
    report(key, raw, 'is not a valid id (lower-case letters, digits and single hyphens)');
    return null;
  }
  return value as T;
}

export function parseEventType(key: string, raw: string, report: ReportProblem): EventType | null {
  const value = raw.trim();
  if (EVENT_TYPE_SET.has(value)) return value as EventType;
  report(key, raw, 'is not a known event type');
  return null;
}

/** "a,,b, a" → ["a", "b"] (each item checked by parseItem). */
export function parseList<T extends string>(
  key: string,
  raw: string,
  parseItem: (key: string, item: string, report: ReportProblem) => T | null,
  report: ReportProblem,
): readonly T[] {
  const items = raw.split(',').filter((item) => item.trim() !== '');
  if (items.length > MAX_LIST_ITEMS) {
    report(key, raw, `has more than ${MAX_LIST_ITEMS} items; only the first ${MAX_LIST_ITEMS} are used`);
  }
  const result: T[] = [];
  for (const item of items.slice(0, MAX_LIST_ITEMS)) {
    const value = parseItem(key, item, report);
    if (value !== null && !result.includes(value)) result.push(value);
  }
  return result;
}

/** A span of an article's text, as character offsets; `end` is exclusive. */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
}

/** Offsets never exceed this many digits; real articles are far shorter than 10 million characters. */
const QUOTE_PATTERN = /^(\d{1,7})-(\d{1,7})$/;

/** "120-245" → { start: 120, end: 245 }; "245-120", "12", "1e3-2e3" → null. */
export function parseQuote(key: string, raw: string, report: ReportProblem): QuoteSpan | null {
  const match = QUOTE_PATTERN.exec(raw.trim());
  const start = Number(match?.[1]);
  const end = Number(match?.[2]);
  if (match && start < end) return { start, end };
  report(key, raw, 'is not a span of characters written as START-END with START before END');
  return null;
}

/** "0" → false, "1" → true; anything else keeps `fallback` and is reported. */
export function parseFlag(key: string, raw: string, fallback: boolean, report: ReportProblem): boolean {
  const value = raw.trim();
  if (value === '0' || value === '1') return value === '1';
  report(key, raw, 'is not 0 or 1');
  return fallback;
}

export function parseDay(key: string, raw: string, report: ReportProblem): string | null {
  const value = raw.trim();
  if (value.length === 10 && isIsoDay(value)) return value;
  report(key, raw, 'is not a date written as YYYY-MM-DD');
  return null;
}

/** Search text, kept as typed but cut to MAX_QUERY_LENGTH without splitting a surrogate pair. */
export function parseQuery(raw: string, report: ReportProblem): string {
  if (raw.length <= MAX_QUERY_LENGTH) return raw;
  report('q', raw, `is longer than ${MAX_QUERY_LENGTH} characters, so it was shortened`);
  const cut = raw.slice(0, MAX_QUERY_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

// Control characters and bidi overrides could hide or reorder the text around a value when it is shown.
// eslint-disable-next-line no-control-regex
const UNSAFE_FOR_DISPLAY = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** "<a lot of text>" → its first 60 characters and "…"; control and bidi marks become "�". */
export function toDisplayValue(value: string): string {
  const chars = Array.from(value.slice(0, MAX_DISPLAY_LENGTH * 2)).slice(0, MAX_DISPLAY_LENGTH + 1);
  const shown = chars.slice(0, MAX_DISPLAY_LENGTH).join('').replace(UNSAFE_FOR_DISPLAY, '\uFFFD');
  return chars.length > MAX_DISPLAY_LENGTH ? `${shown}…` : shown;
}
