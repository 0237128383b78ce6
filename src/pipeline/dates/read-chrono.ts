// Runs chrono on one sentence and keeps what names a day, week, month or year, with the span
// widened to the news modifiers chrono drops ("late November", "earlier this week").
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult, ParsingReference } from 'chrono-node';
import type { Candidate, Found } from './candidate.ts';
import { readRelativePhrase } from './relative-phrases.ts';

const MODIFIER_BEFORE = /\b(?:late|early|mid|earlier|later)(?:\s+|-)$/i;
const DEADLINE_BEFORE = /\bdeadline(?:\s+of)?\s+(?:the\s+)?$/i;
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;
const DEADLINE_AFTER = /^\s*as\s+(?:a|the)\s+deadline\b/i;
// A bare month name is a date only after a preposition or modifier: "in March", "late July";
// "thousands march", "talks may resume" are not.
const BEFORE_BARE_MONTH =
  /\b(?:in|of|since|by|until|till|before|after|during|from|to|through|late|early|mid|end of|last|next|this)(?:\s+|-)$/i;
const VAGUE_BEFORE = /\b(?:perhaps|about|around|roughly|some|approximately|nearly|almost)\s+$/i;
const VAGUE_AFTER = /^\s+or\s+(?:so|two|more)\b/i;

// "approved on Saturday, 24 to 8", "adopted on Monday, 13 votes in favour": a bare number after a
// weekday and a comma is a tally, not the day of the month, unless a month or an ordinal follows
// ("Saturday, 24 January", "Saturday, 24th"). Blanked (offsets kept) so chrono reads the weekday.
const TALLY_AFTER_WEEKDAY =
  /\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)(\d{1,3})(?!\d|\s*(?:st|nd|rd|th)\b|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/g;

// "early May", "mid-May": chrono reads May, a modal verb as well, only after a preposition. The
// modifier is put back when the span is widened (MODIFIER_BEFORE).
const MODIFIED_MAY = /\b(?:early|late|mid)(?:\s+|-)(?=May\b)/gi;

// "on Oct. 18, 11 days after the attack": chrono joins the count to the date before it and
// then keeps only "11 days after". The count is blanked (offsets kept): a span counted from a
// happening is read in the events stage, which knows the happening.
const COUNT_AFTER_DATE =
  /(,\s*)(\d{1,3})(?=\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier)\b)/g;

export function readChrono(sentence: string, reference: ParsingReference): Found[] {
  const found: Found[] = [];
  const text = sentence
    .replace(TALLY_AFTER_WEEKDAY, (_, day: string, count: string) => day + ' '.repeat(count.length))
    .replace(MODIFIED_MAY, (modifier) => 'in'.padEnd(modifier.length, ' '))
    .replace(COUNT_AFTER_DATE, (_, comma: string, count: string) => comma + ' '.repeat(count.length));
  for (const result of chrono.casual.parse(text, reference)) {
    const item = toFound(sentence, result);
    if (!item) continue;
    // "on 7 October last year": the year phrase is the date's own, not a second date.
    const last = found.at(-1);
    if (last && item.start < last.end) continue;
    found.push(toMonthIfEdge(sentence, withYearAfter(sentence, item, reference)));
  }
  return found;
}

// "at the end of last year", "the beginning of the month": chrono picks a day (Dec. 31); the text
// names no more than the month.
const EDGE_OF = /^(?:the\s+)?(?:end|close|beginning|start)\s+of\b/i;

function toMonthIfEdge(sentence: string, item: Found): Found {
  const { candidate } = item;
  if (candidate.type !== 'day' || !EDGE_OF.test(sentence.slice(item.start, item.end))) return item;
  return { ...item, candidate: { type: 'month', year: candidate.year, month: candidate.month } };
}

const YEAR_AFTER = /^\s+(last|this|next)\s+year\b/i;

/** "7 October last year", "in March next year": a yearless date takes the year said after it. */
function withYearAfter(sentence: string, item: Found, reference: ParsingReference): Found {
  const { candidate } = item;
  if ((candidate.type !== 'day' && candidate.type !== 'month') || candidate.year !== null) return item;
  const match = YEAR_AFTER.exec(sentence.slice(item.end));
  if (!match) return item;
  const offset = { last: -1, this: 0, next: 1 }[match[1]!.toLowerCase() as 'last' | 'this' | 'next'];
  const instant = new Date(reference.instant ?? Date.now());
  return {
    ...item,
    end: item.end + match[0].length,
    candidate: { ...candidate, year: instant.getUTCFullYear() + offset },
  };
}

function toFound(sentence: string, result: ParsedResult): Found | null {
  const chronoStart = result.index;
  const end = chronoStart + result.text.replace(/(?<![\s,;:])[\s,;:]+$/, '').length;
  const modifier = MODIFIER_BEFORE.exec(sentence.slice(Math.max(0, chronoStart - 10), chronoStart));
  const start = modifier ? chronoStart - modifier[0].length : chronoStart;
  const phrase = sentence.slice(start, end);
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 30);

  // "ES-10/13", "A/RES/67/19": a number pair without a year is a document number in news copy.
  if (/^\d{1,2}\/\d{1,2}$/.test(phrase)) return null;
  // "sat down", "may", "sun": a lower-case three-letter word is a verb or noun, never a day name.
  if (/^[a-z]{3}$/.test(phrase)) return null;
  const relative = readRelativePhrase(phrase);
  if (relative === 'reject') return null;
  if (relative && (VAGUE_BEFORE.test(before) || VAGUE_AFTER.test(after))) return null;
  const candidate = relative ?? readComponents(result.start, phrase);
  if (!candidate) return null;
  if (candidate.type === 'month' && candidate.year === null && !isBareMonthDate(phrase, before)) return null;
  const endCandidate = result.end ? readComponents(result.end, phrase) : null;
  return {
    start,
    end,
    candidate,
    endCandidate: endCandidate && endCandidate.type === candidate.type ? endCandidate : null,
    deadline: DEADLINE_BEFORE.test(before) || DEADLINE_AFTER.test(after),
    afterBy: BY_BEFORE.test(before),
    possessive: /^['’]s\b/.test(after),
  };
}

/** Explicit dates and weekdays; a time without a day ("at 3 p.m.") is not a date. */
function readComponents(components: ParsedComponents, phrase: string): Candidate | null {
  const value = (name: 'year' | 'month' | 'day' | 'weekday') =>
    components.isCertain(name) ? components.get(name) : null;
  const [year, month, day, weekday] = [value('year'), value('month'), value('day'), value('weekday')];
  if (month !== null && day !== null) return { type: 'day', year, month, day, weekday };
  if (month !== null) return { type: 'month', year, month };
  if (weekday !== null) {
    const modifier = /^(?:on\s+)?(last|past|next|coming)\s/i.exec(phrase)?.[1]?.toLowerCase();
    const direction = modifier === 'last' || modifier === 'past' ? 'last' : modifier ? 'next' : null;
    const week = /\bof\s+(last|this|next)\s+week$/i.exec(phrase)?.[1]?.toLowerCase();
    if (week)
      return {
        type: 'weekday',
        weekday,
        modifier: null,
        week: week === 'last' ? -1 : week === 'next' ? 1 : 0,
      };
    return { type: 'weekday', weekday, modifier: direction };
  }
  if (year !== null) return { type: 'year', year };
  return null;
}

function isBareMonthDate(phrase: string, before: string): boolean {
  const startsCapital = /(?:^|[\s-])[A-Z][a-z]+\.?$/.test(phrase);
  return startsCapital && (phrase.includes(' ') || phrase.includes('-') || BEFORE_BARE_MONTH.test(before));
}
