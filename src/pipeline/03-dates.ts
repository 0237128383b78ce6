// Stage 3: every expression that says WHEN something happened or will happen, resolved against
// the publication day. chrono-node recognises the expressions sentence by sentence; the news
// rules in ./dates correct what it gets wrong for news copy (direction of bare weekdays, week
// ranges, durations taken for dates) and add what it misses ("by the end of the year").
import type { ParsingReference } from 'chrono-node';
import { agreeWeekdayTenses } from './dates/agree-weekdays.ts';
import { addDays, getWeekday } from './dates/calendar.ts';
import { getKindOf, getOwnTense, type Found, type Tense } from './dates/candidate.ts';
import { analyseSentence, getClauseTense, type ClauseTense } from './dates/clause-tense.ts';
import { readChrono } from './dates/read-chrono.ts';
import { readNewsRules } from './dates/read-news-rules.ts';
import { resolveCandidate, type Resolved } from './dates/resolve-candidate.ts';
import type { DateMention, Sentence } from './types.ts';

// Cheap test that skips chrono on sentences with no digit, month, weekday or time word.
const DATE_HINT =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|week|year|ago|now|morning|afternoon|evening|night)/i;

interface Draft {
  readonly sentence: Sentence;
  readonly found: Found;
  readonly deadline: boolean;
  /** Deadlines point forward; "next Tuesday" or "yesterday" say their own direction; else the clause. */
  readonly tense: Tense;
  readonly marked: boolean;
}

export function findDates(text: string, sentences: readonly Sentence[], published: string): DateMention[] {
  const reference: ParsingReference = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  const drafts: Draft[] = [];
  for (const sentence of sentences) {
    if (!DATE_HINT.test(sentence.text)) continue;
    const found = dropOverlaps([...readChrono(sentence.text, reference), ...readNewsRules(sentence.text)]);
    if (found.length === 0) continue;
    const analysed = analyseSentence(sentence.text);
    for (const f of found) drafts.push(toDraft(sentence, f, getClauseTense(analysed, f.start, f.end)));
  }
  const tenses = agreeWeekdayTenses(
    drafts.map(({ found, tense, marked }) => ({
      weekday:
        found.candidate.type === 'weekday' && !found.candidate.modifier ? found.candidate.weekday : null,
      tense,
      marked,
      possessive: found.possessive,
    })),
  );
  return drafts.map((draft, i) => toMention(draft, tenses[i] ?? draft.tense, text, published));
}

function toDraft(sentence: Sentence, found: Found, clause: ClauseTense): Draft {
  const deadline = found.deadline || (found.afterBy && clause.tense === 'future');
  const own = getOwnTense(found.candidate);
  const tense = deadline ? 'future' : (own ?? clause.tense);
  return { sentence, found, deadline, tense, marked: clause.marked || deadline || own !== null };
}

function toMention(draft: Draft, tense: Tense, text: string, published: string): DateMention {
  const { sentence, found, deadline } = draft;
  const start = sentence.start + found.start;
  const end = sentence.start + found.end;
  const resolved = resolveCandidate(found.candidate, tense, published);
  const endDate = resolved.endDate ?? getRangeEnd(found, resolved, tense, published);
  return {
    start,
    end,
    sentenceIndex: sentence.index,
    text: text.slice(start, end),
    date: resolved.date,
    precision: resolved.precision,
    ...(endDate ? { endDate } : {}),
    tense,
    kind: getKindOf(found.candidate, deadline),
  };
}

/** "Monday to Wednesday", "January 15 to 20": the end counts forward from the start. */
function getRangeEnd(found: Found, start: Resolved, tense: Tense, published: string): string | undefined {
  const endCandidate = found.endCandidate;
  if (!endCandidate || start.precision !== 'day') return undefined;
  if (endCandidate.type === 'weekday') {
    return addDays(start.date, (endCandidate.weekday - getWeekday(start.date) + 7) % 7);
  }
  const end = resolveCandidate(endCandidate, tense, published);
  return end.precision === 'day' && end.date > start.date ? end.date : undefined;
}

/** Keeps the earliest, then longest, of overlapping expressions. */
function dropOverlaps(found: readonly Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (!last || f.start >= last.end) kept.push(f);
  }
  return kept;
}
