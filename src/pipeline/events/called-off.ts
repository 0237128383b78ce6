// What was called off did not happen. "Israel cancelled the delegation's visit": the visit is no
// happening, the cancelling is (isCalledOffNoun).
// "Kerry was due to meet Netanyahu on Tuesday, but the meeting was called off": a plan the same
// sentence goes on to cancel or put off is not a plan any more. Only a later clause opened by
// "but" or a semicolon, whose verb is one of calling off, counts: "was due to meet on Tuesday and
// may postpone a trip" keeps the meeting.
import type { SentenceLanguage, Span } from '../types.ts';
import { getVerbBeforeObject } from './acted-on.ts';
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

// Suspending or halting talks stops them: "decided to suspend the talks" holds none.
const CANCELLING: ReadonlySet<string> = new Set([
  'suspend',
  'halt',
  'freeze',
  'cancel',
  'postpone',
  'delay',
  'scrap',
  'defer',
  'shelve',
  'abandon',
]);

/**
 * "Israel cancelled the delegation's visit", "the talks were postponed": a happening named as
 * what was called off did not take place. The noun is no happening; the calling off is.
 */
export function isCalledOffNoun(read: SentenceLanguage, trigger: TriggerMatch): boolean {
  if (!trigger.trigger.noun) return false;
  const { tokens } = read;
  const isCancelling = (k: number) =>
    CANCELLING.has(tokens[k]?.lemma ?? '') ||
    (tokens[k]?.lemma === 'call' && tokens[k + 1]?.text.toLowerCase() === 'off');
  const k = getVerbBeforeObject(tokens, trigger.token);
  if (k >= 0 && (isCancelling(k) || (tokens[k]!.text.toLowerCase() === 'off' && isCancelling(k - 1))))
    return true;
  // Passive subject: "the visit was cancelled", "the talks have been put off".
  const group = read.verbGroups.find((g) => g.first > trigger.lastToken && g.first - trigger.lastToken <= 2);
  return !!group && group.voice === 'passive' && isCancelling(group.head);
}
