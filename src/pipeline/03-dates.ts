// Stage 3: every expression that says WHEN something happened or will happen. Two anchorings,
// as HeidelTime separates them: news-style expressions ("on Monday", "last week", "Jan. 20")
// count from the publication day, by the tense of their clause; narrative ones ("two days
// later", "the following Saturday", "that evening") count from the last date the text named.
// chrono-node recognises the news-style expressions sentence by sentence; the rules in ./dates
// correct what it gets wrong for news copy and add what it misses (narrative expressions,
// live-blog timestamps, year-end deadlines, background years).
import type { ParsingReference } from 'chrono-node';
import { agreeWeekdayTenses } from './dates/agree-weekdays.ts';
import { isBackground } from './dates/background.ts';
import { getOwnTense, type Found, type Tense } from './dates/candidate.ts';
import { analyseSentence, getClauseTense, type ClauseTense } from './dates/clause-tense.ts';
import type { DateWords } from './dates/date-words-schema.ts';
import { getDateWords } from './dates/date-words.ts';
import { placeInOrder, type Draft } from './dates/place-in-order.ts';
import { readChrono } from './dates/read-chrono.ts';
import { readNarrative } from './dates/read-narrative.ts';
import { readNewsRules } from './dates/read-news-rules.ts';
import { readTimestamp } from './dates/read-timestamp.ts';
import type { DateMention, Sentence } from './types.ts';

// Cheap tests that skip chrono on sentences with no digit, month, weekday or time word, and the
// narrative readers on sentences without a unit of time.
const DATE_HINT =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|week|year|ago|now|morning|afternoon|evening|night)/i;
const NARRATIVE_HINT = /day|week|month|year|morning|afternoon|evening|night|hours/i;

export function findDates(
  text: string,
  sentences: readonly Sentence[],
  published: string,
  words: DateWords = getDateWords(),
): DateMention[] {
  const reference: ParsingReference = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  const drafts: Draft[] = [];
  let previousParagraph = -1;
  for (const sentence of sentences) {
    const opensParagraph = sentence.paragraphIndex !== previousParagraph;
    previousParagraph = sentence.paragraphIndex;
    const general = DATE_HINT.test(sentence.text);
    if (!general && !NARRATIVE_HINT.test(sentence.text)) continue;
    const found = readSentence(sentence.text, opensParagraph, general, reference, words);
    if (found.length === 0) continue;
    const analysed = analyseSentence(sentence.text, words);
    for (const f of found) {
      drafts.push(toDraft(sentence, f, getClauseTense(analysed, f.start, f.end), opensParagraph, words));
    }
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
  return placeInOrder(
    drafts.map((draft, i) => ({ ...draft, tense: tenses[i] ?? draft.tense })),
    text,
    published,
  );
}

/** Narrative expressions and timestamps first: where chrono reads "Saturday" inside "the
 * following Saturday" or a bare time, the longer reading wins. */
function readSentence(
  sentence: string,
  opensParagraph: boolean,
  general: boolean,
  reference: ParsingReference,
  words: DateWords,
): Found[] {
  const own = NARRATIVE_HINT.test(sentence) ? readNarrative(sentence, words) : [];
  const timestamp = opensParagraph && general ? readTimestamp(sentence, words) : null;
  if (timestamp) own.push(timestamp);
  if (!general) return dropOverlaps(own);
  const chrono = readChrono(sentence, reference);
  // "on Oct. 7 last year": the year phrase read alone is part of the longer date that holds it.
  // "on June 10 that year": the year phrase says the day's year, which the paragraph's dated
  // year already gives it; it is no date of its own.
  const kept = own.filter(
    (o) => !chrono.some((c) => (c.start < o.start && o.end <= c.end) || isYearOf(sentence, o, c)),
  );
  const overlapsOwn = (f: Found) => kept.some((o) => o.start < f.end && f.start < o.end);
  const others = [...chrono, ...readNewsRules(sentence)].filter((f) => !overlapsOwn(f));
  return dropOverlaps([...kept, ...others]);
}

function isYearOf(sentence: string, phrase: Found, date: Found): boolean {
  const { candidate } = phrase;
  const isSameYear = candidate.type === 'narrative' && candidate.unit === 'year' && candidate.offset === 0;
  const isYearless =
    (date.candidate.type === 'day' || date.candidate.type === 'month') && date.candidate.year === null;
  return (
    isSameYear &&
    isYearless &&
    date.end <= phrase.start &&
    /^,?\s*$/.test(sentence.slice(date.end, phrase.start))
  );
}

function toDraft(
  sentence: Sentence,
  found: Found,
  clause: ClauseTense,
  opensParagraph: boolean,
  words: DateWords,
): Draft {
  const deadline = found.deadline || (found.afterBy && clause.tense === 'future');
  const own = getOwnTense(found.candidate) ?? (isForwardCue(sentence.text, found, words) ? 'future' : null);
  const tense: Tense = deadline ? 'future' : (own ?? clause.tense);
  const before = /(?<![a-z])([a-z]+)\s+$/i.exec(
    sentence.text.slice(Math.max(0, found.start - 12), found.start),
  );
  const first = /^([a-z]+)\s/i.exec(sentence.text.slice(found.start, found.end));
  const preposition = (first?.[1] ?? before?.[1] ?? '').toLowerCase();
  return {
    sentence,
    found,
    deadline,
    tense,
    marked: clause.marked || deadline || own !== null,
    openEnded: words.tense.openEnded.includes(preposition),
    background: isBackground(sentence.text, found, clause, deadline, words),
    // A paragraph that is only a date ("Tuesday, 26 March") heads the live-blog entries below it.
    heading: opensParagraph && isWholeSentence(sentence.text, found),
  };
}

/** "as early as Friday": the words just before the expression point it forward. */
function isForwardCue(sentence: string, found: Found, words: DateWords): boolean {
  const before = sentence
    .slice(Math.max(0, found.start - 24), found.start)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trimEnd();
  // "a general strike for Tuesday", "called a meeting for Friday": a weekday something is set for.
  const setFor = found.candidate.type === 'weekday' && !found.possessive && / for$/.test(before);
  return setFor || words.tense.forwardBefore.some((cue) => before.endsWith(cue));
}

function isWholeSentence(sentence: string, found: Found): boolean {
  return sentence.slice(0, found.start).trim() === '' && /^[\s.,:;–—-]*$/.test(sentence.slice(found.end));
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
