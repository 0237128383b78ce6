// Places every recognised expression on the calendar, in text order, because a reader anchors
// time as the text goes: a narrative expression ("two days later") counts from the last date
// named before it, a day without a year in a paragraph about 2012 ("On Nov. 29") belongs to
// 2012, and a live-blog time belongs to the day the last blog heading named.
import type { DateMention, Sentence } from '../types.ts';
import { addDays, getWeekday } from './calendar.ts';
import { getKindOf, type Found, type Tense } from './candidate.ts';
import { resolveCandidate, type Resolved } from './resolve-candidate.ts';
import { resolveNarrative } from './resolve-narrative.ts';
import type { Direction } from './resolve-yearless.ts';
import { getNamedDay } from './named-days.ts';

export interface Draft {
  readonly sentence: Sentence;
  readonly found: Found;
  readonly deadline: boolean;
  /** Deadlines point forward; "next Tuesday" or "yesterday" say their own direction; else the clause. */
  readonly tense: Tense;
  /** A tense marker was found (else the tense is the default, past). */
  readonly marked: boolean;
  /** "until March", "through Jan. 20": the end of a span, either side of publication. */
  readonly openEnded: boolean;
  readonly background: boolean;
  /** The expression is its paragraph's whole first sentence: a live-blog day heading. */
  readonly heading: boolean;
}

interface Context {
  /** The last date named (not background, not a deadline): where narrative expressions count from. */
  anchor: Resolved | null;
  /** The last day named: "the day before" after a year of history ("Israel's creation in 1948")
   *  still counts from the day being told. */
  dayAnchor: Resolved | null;
  /** The last date named that was not still to come: a past clause counts from it ("The
   *  conference opens on Tuesday. Earlier in the day, ministers met": the day told, not Tuesday). */
  pastAnchor: Resolved | null;
  /** The last date written with its year, and its paragraph: yearless dates nearby take its year. */
  written: { readonly date: string; readonly paragraph: number } | null;
  /** The day of the live-blog entries that follow. */
  blogDay: string;
}

export function placeInOrder(drafts: readonly Draft[], text: string, published: string): DateMention[] {
  const context: Context = {
    anchor: null,
    dayAnchor: null,
    pastAnchor: null,
    written: null,
    blogDay: published,
  };
  return drafts.map((draft) => place(draft, context, text, published));
}

function place(draft: Draft, context: Context, text: string, published: string): DateMention {
  const { sentence, found, deadline, tense, background } = draft;
  const { candidate } = found;
  let resolved: Resolved;
  let anchoredTo: DateMention['anchoredTo'];
  if (candidate.type === 'timestamp') {
    resolved = { date: context.blogDay, precision: 'day' };
    anchoredTo = 'blog-day';
  } else if (candidate.type === 'narrative' || candidate.type === 'narrative-weekday') {
    // A past happening cannot count from a day still to come.
    const ahead = (anchor: Resolved | null) => !!anchor && isAfter(anchor.date, published);
    const anchor =
      draft.tense === 'past' && ahead(getNarrativeAnchor(candidate, context))
        ? context.pastAnchor
        : getNarrativeAnchor(candidate, context);
    resolved = resolveNarrative(candidate, anchor ?? { date: published, precision: 'day' });
    anchoredTo = context.anchor ? 'previous-date' : 'publication';
  } else {
    const yearless = (candidate.type === 'day' || candidate.type === 'month') && candidate.year === null;
    const written = yearless ? getWrittenReference(context, sentence.paragraphIndex, published) : null;
    const named =
      yearless &&
      !written &&
      candidate.type === 'day' &&
      (getDirection(draft) !== 'forward' || namesNoun(sentence.text, found.start, found.end))
        ? getNamedDay(candidate.month, candidate.day, published)
        : null;
    resolved = named
      ? { date: named, precision: 'day' }
      : resolveCandidate(
          candidate,
          written ? 'nearest' : getDirection(draft),
          published,
          written ?? published,
        );
    anchoredTo = written ? 'previous-date' : isRelativeToPublication(found) ? 'publication' : undefined;
  }
  const endDate = resolved.endDate ?? getRangeEnd(found, resolved, getDirection(draft), published);
  const start = sentence.start + found.start;
  const end = sentence.start + found.end;
  remember(context, draft, resolved, published);
  return {
    start,
    end,
    sentenceIndex: sentence.index,
    text: text.slice(start, end),
    date: resolved.date,
    precision: resolved.precision,
    ...(endDate ? { endDate } : {}),
    // Only weeks are resolved with an end; a range's end is read from the text.
    ...(resolved.endDate ? { oneDayOf: true as const } : {}),
    tense,
    kind: getKindOf(candidate, deadline),
    ...(anchoredTo ? { anchoredTo } : {}),
    ...(background ? { background } : {}),
  };
}

/** Whether a date (a day, month or year) lies wholly after the publication day. */
const isAfter = (date: string, published: string) => date > published.slice(0, date.length);

/** A count of days or a weekday needs a day to count from; a year alone names none. */
function getNarrativeAnchor(candidate: Found['candidate'], context: Context): Resolved | null {
  const counted =
    candidate.type === 'narrative-weekday' || (candidate.type === 'narrative' && candidate.unit === 'day');
  if (counted && context.anchor?.precision === 'year' && context.dayAnchor) return context.dayAnchor;
  return context.anchor;
}

/** Future looks forward; a past clause back; a clause that does not say, or the end of a span, either way. */
function getDirection(draft: Draft): Direction {
  if (draft.tense === 'future') return 'forward';
  if (draft.openEnded || !draft.marked || draft.tense === 'present') return 'nearest';
  return 'back';
}

function getWrittenReference(context: Context, paragraph: number, published: string): string | null {
  const written = context.written;
  if (!written || written.paragraph !== paragraph) return null;
  // A year near publication says nothing the publication day does not.
  if (written.date.slice(0, 4) === published.slice(0, 4)) return null;
  return written.date.length === 4
    ? `${written.date}-07-01`
    : written.date.length === 7
      ? `${written.date}-15`
      : written.date;
}

/** Dates written with their year need no anchor; everything else counted from publication. */
function isRelativeToPublication(found: Found): boolean {
  const { candidate } = found;
  return !('year' in candidate && candidate.year !== null);
}

function remember(context: Context, draft: Draft, resolved: Resolved, published: string): void {
  const { candidate } = draft.found;
  if (draft.heading && resolved.precision === 'day') context.blogDay = resolved.date;
  if (draft.background || draft.deadline) return;
  context.anchor = resolved;
  if (!isAfter(resolved.date, published)) context.pastAnchor = resolved;
  if (resolved.precision === 'day') context.dayAnchor = resolved;
  if ('year' in candidate && candidate.year !== null)
    context.written = { date: resolved.date, paragraph: draft.sentence.paragraphIndex };
}

/** "Monday to Wednesday", "January 15 to 20": the end counts forward from the start. */
function getRangeEnd(
  found: Found,
  start: Resolved,
  direction: Direction,
  published: string,
): string | undefined {
  const endCandidate = found.endCandidate;
  if (!endCandidate || start.precision !== 'day') return undefined;
  if (endCandidate.type === 'weekday') {
    return addDays(start.date, (endCandidate.weekday - getWeekday(start.date) + 7) % 7);
  }
  const end = resolveCandidate(endCandidate, direction, published);
  return end.precision === 'day' && end.date > start.date ? end.date : undefined;
}

/** "the attack of October 7", "the October 7 attack": the date names a noun, so the clause's
 *  tense ("states must condemn the attack of October 7") says nothing of when it was. */
function namesNoun(text: string, start: number, end: number): boolean {
  return (
    /\bof\s+$/i.test(text.slice(Math.max(0, start - 4), start)) ||
    (/^\s+\p{Ll}+/u.test(text.slice(end, end + 20)) &&
      /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)))
  );
}
