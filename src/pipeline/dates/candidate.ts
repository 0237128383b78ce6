// What an expression says before it is placed on the calendar. Recognisers (chrono and the
// news rules) produce a Candidate; resolve-candidate.ts turns it into a date once the tense of
// its clause is known, because "Tuesday" or "January 15" point back or forward depending on it.
import type { DateMention } from '../types.ts';

export type Tense = DateMention['tense'];
export type Kind = DateMention['kind'];

export type Candidate =
  /** "January 15", "15 January 2017", "2021-05-19"; year null when it has to be inferred. */
  | {
      readonly type: 'day';
      readonly year: number | null;
      readonly month: number;
      readonly day: number;
      /** "Tuesday, March 10": the weekday picks the year when the year is not written. */
      readonly weekday: number | null;
    }
  /** "in March", "late July", "November 2016". */
  | { readonly type: 'month'; readonly year: number | null; readonly month: number }
  /** "in 2016". */
  | { readonly type: 'year'; readonly year: number }
  /** "on Sunday", "last Tuesday"; weekday 0 = Sunday. */
  | {
      readonly type: 'weekday';
      readonly weekday: number;
      readonly modifier: 'last' | 'next' | null;
      /** "Tuesday of last week" -1: the weekday inside a week counted from publication. */
      readonly week?: number;
    }
  /** "today" 0, "yesterday" -1, "three days ago" -3. */
  | { readonly type: 'days'; readonly offset: number }
  /** "last week" -1, "two weeks ago" -2; part narrows the publication week ("earlier this week"). */
  | { readonly type: 'weeks'; readonly offset: number; readonly part: 'whole' | 'earlier' | 'later' }
  /** "last month" -1. */
  | { readonly type: 'months'; readonly offset: number }
  /** "last year" -1. */
  | { readonly type: 'years'; readonly offset: number }
  /** "by the end of the year" 0, "... of next year" 1. */
  | { readonly type: 'period-end'; readonly unit: 'year' | 'month' | 'week'; readonly offset: number }
  /** Narrative: counted from the last date the text named. "two days later" day +2, "the
   * following month" month +1, "that week" week 0. */
  | { readonly type: 'narrative'; readonly unit: Unit; readonly offset: number }
  /** Narrative: "the following Saturday" 1, "the previous Saturday" -1, from the last date named. */
  | { readonly type: 'narrative-weekday'; readonly weekday: number; readonly direction: 1 | -1 }
  /** A live-blog entry's time ("14:32 GMT"): the day of the blog, not a day of its own. */
  | { readonly type: 'timestamp' }
  /** "the 1990s": only ever background. */
  | { readonly type: 'decade'; readonly year: number };

export type Unit = 'day' | 'week' | 'month' | 'year';

/** A recognised expression inside one sentence; offsets are relative to the sentence text. */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly candidate: Candidate;
  /** End of a range such as "Monday to Wednesday". */
  readonly endCandidate: Candidate | null;
  /** "by the end of the year", "setting November 2016 as a deadline". */
  readonly deadline: boolean;
  /** "by Friday": a deadline in a future clause, a plain date in "had left by Friday". */
  readonly afterBy: boolean;
  /** "Thursday's meeting": the day names a noun, so the clause verb says nothing about it. */
  readonly possessive: boolean;
}

/** The direction an expression states itself ("next Tuesday", "yesterday"), else null. */
export function getOwnTense(candidate: Candidate): Tense | null {
  // Narrative expressions point from the last date named, not from publication: the clause decides.
  if (candidate.type === 'narrative' || candidate.type === 'narrative-weekday') return null;
  if (candidate.type === 'weekday')
    return candidate.week !== undefined && candidate.week !== 0
      ? candidate.week > 0
        ? 'future'
        : 'past'
      : candidate.modifier === 'next'
        ? 'future'
        : candidate.modifier && 'past';
  if (candidate.type === 'period-end') return 'future';
  if (candidate.type === 'weeks' && candidate.part !== 'whole')
    return candidate.part === 'later' ? 'future' : 'past';
  if (
    candidate.type === 'days' ||
    candidate.type === 'weeks' ||
    candidate.type === 'months' ||
    candidate.type === 'years'
  ) {
    return candidate.offset > 0 ? 'future' : candidate.offset < 0 ? 'past' : null;
  }
  return null;
}

/** How a candidate was recognised, for DateMention.kind. */
export function getKindOf(candidate: Candidate, deadline: boolean): Kind {
  if (deadline) return 'deadline';
  if (candidate.type === 'weekday') return 'weekday';
  if (
    candidate.type === 'day' ||
    candidate.type === 'month' ||
    candidate.type === 'year' ||
    candidate.type === 'decade' ||
    candidate.type === 'timestamp'
  )
    return 'absolute';
  return 'relative';
}
