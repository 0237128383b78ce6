// "…adopted the resolution on Wednesday, hours after Israeli troops entered the hospital", "The
// vote came hours after…": a happening told as hours or minutes from another is on its day. The
// day is the sentence's own, or that of the happening its subject names ("The vote came…": the
// latest vote told). Counts of days were tried and left out: they moved more happenings to a
// wrong day on unseen articles than they placed right.
import type { Precision } from '../../domain/partial-date.ts';
import type { TriggerMatch } from './find-triggers.ts';
import { findPointedEvent, type DatedEvent } from './anaphoric-date.ts';

const SAME_DAY_OFFSET =
  /\b(?:(?:just|only|barely|some|a few)\s+)?(?:hours|minutes|moments|shortly)\s+(?:after|before)\s+/i;
// "The vote came …", "The meeting was held …": the subject names the happening counted from.
const NAMED_SUBJECT =
  /^\W*(?:the|that|this|its|their)\s+(?:[\w-]+\s+)?(vote|voting|meeting|talks|session|ceremony|signing|summit|conference|speech|debate|veto|ruling)\s+(?:came|took place|was held|was taken|followed|happened)\b/i;

export interface OffsetDate {
  readonly start: number;
  readonly text: string;
  readonly date: string;
  readonly precision: Precision;
  readonly endDate?: string;
}

/**
 * The day an offset of hours gives the first past verb after it, if the sentence has a day to
 * count from: `own`, its only own date (a day, before the offset), or the happening its subject
 * names among `earlier` events.
 */
export function getOffsetDate(
  text: string,
  sentenceStart: number,
  own: readonly { readonly start: number; readonly date: string; readonly precision: Precision }[],
  earlier: readonly DatedEvent[],
  triggers: readonly TriggerMatch[],
): OffsetDate | null {
  const match = SAME_DAY_OFFSET.exec(text);
  if (!match) return null;
  const [first] = own;
  let day: string | null = null;
  if (own.length === 1 && first!.precision === 'day' && first!.start - sentenceStart < match.index)
    day = first!.date;
  else if (own.length === 0) {
    const noun = NAMED_SUBJECT.exec(text)?.[1];
    const named = noun && earlier.length > 0 ? findPointedEvent(noun.toLowerCase(), earlier) : null;
    if (named?.precision === 'day') day = named.date;
  }
  if (!day) return null;
  const end = match.index + match[0].length;
  const verb = triggers.find(
    (t) => t.start >= end && !t.trigger.noun && t.status === 'happened' && t.tense === 'past',
  );
  return verb
    ? { start: sentenceStart + verb.start, text: match[0].trim(), date: day, precision: 'day' }
    : null;
}
