// A happening told again by a verb phrase that stands in for it: "Britain recognised Palestine on
// Sunday; Portugal did the same", "France followed suit on Monday", "Canada did likewise". The
// stand-in names no happening of its own, so it repeats the one told just before it, done by its
// own subject: a new event of that type, with that object, for the new agent. Its own date, if its
// clause gives one; else the happening's. Only a stand-in stated as done counts ("Italy would do
// the same", "Germany has not followed suit"), and only for someone new ("…, and did so alone").
import type { ActorMention, DateMention, Sentence, SentenceLanguage } from '../types.ts';
import { getEventDate } from '../dates/event-date.ts';
import { getMoodAt, getStatusOf, getTokenAt } from '../language/mood-at.ts';
import type { ArticleEvent } from '../05-events.ts';
import { splitClauses } from './clauses.ts';

// "follow suit" in any tense; "do the same", "do likewise", "do so" after a subject; "followed"
// with no object of its own ("Slovenia and Armenia followed that summer", "…followed on Monday.").
const STAND_IN =
  /\b(?:follow(?:s|ed|ing)?\s+suit|(?:do|does|did|done|doing)\s+(?:the\s+same|likewise|so)|follow(?:s|ed)(?=\s*[,.;]|\s*$|\s+(?:that|this|last|next|in|on|within|soon|shortly|days|weeks|months)\b))\b/gi;
/** Sentences back the repeated happening may have been told. */
const MAX_SENTENCES_BACK = 2;
// Between the subject and the stand-in: a few adverbs ("soon", "quickly", "too", "later"), an
// auxiliary ("has", "had"), commas; never a clause of its own.
const BRIDGE_WORDS = new Set(['too', 'also', 'later', 'soon', 'then', 'has', 'have', 'had']);
const isBridge = (gap: string) =>
  /^[\s,a-z]*$/.test(gap) &&
  gap
    .split(/[\s,]+/)
    .filter(Boolean)
    .every((word) => BRIDGE_WORDS.has(word) || word.endsWith('ly'));
// Between two subjects of a list: ", ", " and ", ", and ".
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

export const mayHoldStandIn = (text: string) => STAND_IN_WORD.test(text);
const STAND_IN_WORD = new RegExp(STAND_IN.source, 'i');

export interface StandInInput {
  readonly sentence: Sentence;
  /** The sentence's actor mentions (qualifiers dropped), offsets into the article text. */
  readonly mentions: readonly ActorMention[];
  readonly dates: readonly DateMention[];
  readonly read: SentenceLanguage;
  /** Events so far, in text order. */
  readonly events: readonly ArticleEvent[];
  /** Index of the sentence each event was read from, by its first source's start. */
  readonly sentenceOf: (offset: number) => number;
}

/** The events the sentence's stand-ins repeat, for their own subjects. */
export function getStandInEvents({ sentence, mentions, dates, read, events, sentenceOf }: StandInInput) {
  const found: ArticleEvent[] = [];
  const clauses = splitClauses(sentence.text);
  for (const match of sentence.text.matchAll(STAND_IN)) {
    const at = match.index;
    const token = getTokenAt(read, at);
    if (token < 0 || getStatusOf(getMoodAt(read, token)) !== 'happened') continue;
    const clause = clauses.find((c) => c.start <= at && at < c.end);
    if (!clause) continue;
    const agents = getSubjectList(sentence, mentions, clause.start, at);
    if (agents.length === 0) continue;
    const absolute = sentence.start + at;
    const told = [...events, ...found]
      .filter((e) => e.sources[0]!.start < absolute)
      .filter((e) => sentence.index - sentenceOf(e.sources[0]!.start) <= MAX_SENTENCES_BACK)
      .at(-1);
    if (!told || told.status === 'planned' || agents.every((id) => told.agentIds.includes(id))) continue;
    const own = dates.find(
      (d) =>
        d.sentenceIndex === sentence.index &&
        !d.background &&
        d.start - sentence.start >= clause.start &&
        d.start - sentence.start < clause.end,
    );
    const { mentionedIds: _mentioned, endDate: _end, ...rest } = told;
    found.push({
      ...rest,
      ...(own ? getEventDate(own) : getLaterDate(told, sentence.text.slice(at, clause.end))),
      agentIds: agents,
      targetIds: told.targetIds.filter((id) => !agents.includes(id)),
      sources: [
        {
          start: sentence.start,
          end: sentence.end,
          text: sentence.text,
          dateText: own?.text ?? told.sources[0]!.dateText,
        },
      ],
      trigger: match[0],
    });
  }
  return found;
}

// "followed days later", "did the same that month": near the day, not on it, so its month;
// "that summer", "later that year": a season or the year, so its year.
const LATER = /\b(?:later|afterwards?|that\s+(?:month|week))\b/i;
const LATER_THAT_YEAR = /\bthat\s+(?:spring|summer|autumn|fall|winter|year)\b/i;

/** The repeated happening's date, cut to its month or year when the clause puts the stand-in later. */
function getLaterDate(
  told: ArticleEvent,
  rest: string,
): Pick<ArticleEvent, 'date' | 'precision' | 'endDate'> {
  if (LATER_THAT_YEAR.test(rest)) return { date: told.date.slice(0, 4), precision: 'year' };
  if (LATER.test(rest) && told.precision === 'day')
    return { date: told.date.slice(0, 7), precision: 'month' };
  return { date: told.date, precision: told.precision, ...(told.endDate ? { endDate: told.endDate } : {}) };
}

/** The actors right before the stand-in, as one subject: "Portugal", "Malta, Monaco and Andorra". */
function getSubjectList(
  sentence: Sentence,
  mentions: readonly ActorMention[],
  clauseStart: number,
  at: number,
): string[] {
  const before = mentions
    .filter((m) => m.start - sentence.start >= clauseStart && m.end - sentence.start <= at)
    .sort((a, b) => a.start - b.start);
  const last = before.at(-1);
  if (!last || !isBridge(sentence.text.slice(last.end - sentence.start, at))) return [];
  const list = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const gap = sentence.text.slice(before[i]!.end - sentence.start, list[0]!.start - sentence.start);
    if (!LIST_JOIN.test(gap)) break;
    list.unshift(before[i]!);
  }
  return [...new Set(list.map((m) => m.actorId))];
}
