// Within one article a bare weekday names one day: reporters write "last Thursday" or "next
// Thursday" when they mean another. So a mention whose own clause cannot tell the direction
// takes it from a mention of the same weekday that can: in "The Assembly has scheduled a
// meeting on Thursday … called for Thursday's meeting", the possessive follows "scheduled".
import type { Tense } from './candidate.ts';

export interface WeekdayTense {
  /** The weekday of a bare weekday mention (no "last"/"next"), else null. */
  readonly weekday: number | null;
  readonly tense: Tense;
  /** A tense marker was found for it. */
  readonly marked: boolean;
  /** "Thursday's meeting": its clause verb is about something else. */
  readonly possessive: boolean;
}

/** The tense to resolve each mention with, in input order. */
export function agreeWeekdayTenses(mentions: readonly WeekdayTense[]): Tense[] {
  const anchors = new Map<number, Tense>();
  for (const m of mentions) {
    if (m.weekday !== null && m.marked && !m.possessive && !anchors.has(m.weekday)) {
      anchors.set(m.weekday, m.tense);
    }
  }
  return mentions.map((m) => {
    const anchor = m.weekday === null ? undefined : anchors.get(m.weekday);
    return anchor !== undefined && (m.possessive || !m.marked) ? anchor : m.tense;
  });
}
