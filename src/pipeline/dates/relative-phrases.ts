// Relative expressions read from their wording rather than from chrono's components: chrono
// turns "two weeks ago" into one exact day and "for four hours" into a time today, while news
// copy means a whole week in the first case and no date at all in the second.
import type { Candidate } from './candidate.ts';

/** "reject": a duration or a non-date; null: not a relative phrase, read chrono's components. */
export type PhraseReading = Candidate | 'reject' | null;

const NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const COUNT = String.raw`(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNIT = String.raw`(day|week|month|year)s?`;

const AGO = new RegExp(String.raw`^${COUNT}\s+${UNIT}\s+ago$`);
const AHEAD = new RegExp(String.raw`^in\s+${COUNT}\s+${UNIT}$`);
const NAMED = /^(last|this|next)\s+(week|month|year)$/;
const PART_OF_WEEK = /^(earlier|later)\s+(?:this|in\s+the)\s+week$/;
// "three days after the vote", "two weeks later": counted from a happening or from the last date
// named, never from publication; read-narrative.ts takes those that are dates.
const COUNTED_FROM_ELSEWHERE = new RegExp(
  String.raw`^(?:${COUNT}|the)\s+${UNIT}\s+(?:after|before|later|earlier|prior)$|^(?:after|before)\s+(?:${COUNT}|the)\s+${UNIT}$`,
);
const SAME_DAY = /^(?:(?:later|earlier)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))$/;
// Durations and vague spans: "for four hours", "within two years", "over the past week", "now".
const DURATION =
  /^(?:for|within|over|during|throughout|under|about|around|some)\b|^(?:the\s+)?(?:past|last|next|coming)\s+(?:few|several|couple|\d+|two|three|four|five|six|seven|eight|nine|ten)\b|^past\s+(?:week|month|year)$|^(?:right\s+)?now$|\b(?:hours?|minutes?|seconds?)$/;
// "the day's news", "every weekday morning": a day that is no date.
const NO_DAY = /^(?:[-–—]\s*)?(?:the\s+)?day$|^week(?:day|end)s?\b/;

export function readRelativePhrase(phrase: string): PhraseReading {
  const text = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  if (DURATION.test(text) || COUNTED_FROM_ELSEWHERE.test(text) || NO_DAY.test(text)) return 'reject';
  if (SAME_DAY.test(text)) return { type: 'days', offset: 0 };
  if (/^(?:yesterday|last night)\b/.test(text)) return { type: 'days', offset: -1 };
  if (/^tomorrow\b/.test(text)) return { type: 'days', offset: 1 };
  const inSpan = /^(?:earlier|later)\s+(?:this|in\s+the)\s+(month|year)$/.exec(text);
  if (inSpan) return toOffset(inSpan[1] ?? '', 0);
  const part = PART_OF_WEEK.exec(text);
  if (part) return { type: 'weeks', offset: 0, part: part[1] === 'earlier' ? 'earlier' : 'later' };
  const named = NAMED.exec(text);
  if (named) return toOffset(named[2] ?? '', named[1] === 'last' ? -1 : named[1] === 'next' ? 1 : 0);
  const ago = AGO.exec(text);
  if (ago) return toOffset(ago[2] ?? '', -countOf(ago[1] ?? ''));
  const ahead = AHEAD.exec(text);
  if (ahead) return toOffset(ahead[2] ?? '', countOf(ahead[1] ?? ''));
  return null;
}

function countOf(word: string): number {
  return NUMBERS[word] ?? Number(word);
}

function toOffset(unit: string, offset: number): Candidate {
  if (unit === 'day') return { type: 'days', offset };
  if (unit === 'week') return { type: 'weeks', offset, part: 'whole' };
  if (unit === 'month') return { type: 'months', offset };
  return { type: 'years', offset };
}
