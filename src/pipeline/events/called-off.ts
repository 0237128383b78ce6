// "Kerry was due to meet Netanyahu on Tuesday, but the meeting was called off": a plan the same
// sentence goes on to cancel or put off is not a plan any more. Only a later clause opened by
// "but" or a semicolon, whose verb is one of calling off, counts: "was due to meet on Tuesday and
// may postpone a trip" keeps the meeting.
import type { Span } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

const CALLED_OFF =
  /\b(?:was|were|has been|had been|have been)\s+(?:\w+ly\s+)?(?:cancell?ed|called off|scrapped|postponed|put off|shelved|abandoned|delayed|dropped)\b/i;

/** Whether a planned trigger is cancelled by a later clause of the sentence. */
export function isCalledOffLater(text: string, clauses: readonly Span[], trigger: TriggerMatch): boolean {
  if (trigger.status !== 'planned') return false;
  const index = clauses.findIndex((c) => trigger.start >= c.start && trigger.start < c.end);
  return clauses.slice(index + 1).some((c) => {
    const words = text.slice(c.start, c.end);
    // A clause after a semicolon starts past it (clauses.ts).
    const opened = /^\W*(?:but\b|;)/i.test(words) || text[c.start - 1] === ';';
    return opened && CALLED_OFF.test(words);
  });
}
