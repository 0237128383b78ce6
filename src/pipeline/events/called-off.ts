// "Kerry was due to meet Netanyahu on Tuesday, but the meeting was called off": a plan the same
// sentence goes on to cancel or put off is not a plan any more. Only a later clause opened by
// "but" or a semicolon, whose verb is one of calling off, counts: "was due to meet on Tuesday and
// may postpone a trip" keeps the meeting.
import type { SentenceLanguage, Span } from '../types.ts';
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
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);

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
  // Object: back over the noun phrase to the verb.
  let k = trigger.token - 1;
  while (k >= 0 && (NOUN_PHRASE.has(tokens[k]!.pos) || /^['’]s?$/.test(tokens[k]!.text))) k--;
  if (k >= 0 && (isCancelling(k) || (tokens[k]!.text.toLowerCase() === 'off' && isCancelling(k - 1))))
    return true;
  // Passive subject: "the visit was cancelled", "the talks have been put off".
  const group = read.verbGroups.find((g) => g.first > trigger.lastToken && g.first - trigger.lastToken <= 2);
  return !!group && group.voice === 'passive' && isCancelling(group.head);
}

// Verbs whose object is what they acted on, never a happening of the clause: a decision taken on
// it, a rejection of it, a request for it.
const ACTING_ON: ReadonlySet<string> = new Set(['decision', 'rejection', 'application']);

/**
 * "The council endorsed the agreement", "Netanyahu rejected the resolution", "Kuwait requested
 * a meeting": a happening noun that is the object of such a verb is what it acted on; the verb
 * is the clause's happening, not an accord signed, a text adopted or talks held.
 */
export function isActedOnNoun(
  read: SentenceLanguage,
  trigger: TriggerMatch,
  triggers: readonly TriggerMatch[],
): boolean {
  if (!trigger.trigger.noun) return false;
  const { tokens } = read;
  let k = trigger.token - 1;
  while (k >= 0 && (NOUN_PHRASE.has(tokens[k]!.pos) || /^['’]s?$/.test(tokens[k]!.text))) k--;
  return triggers.some((v) => !v.trigger.noun && v.lastToken === k && ACTING_ON.has(v.trigger.type));
}
