// "The council endorsed the agreement", "Netanyahu rejected the resolution", "Kuwait requested a
// meeting": a happening noun that is the object of a decision, a rejection or a request is what
// the verb acted on. The verb is the clause's happening, not an accord signed, a text adopted or
// talks held.
import type { SentenceLanguage, Token } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

const ACTING_ON: ReadonlySet<string> = new Set(['decision', 'rejection', 'application']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);

/** The token before the noun phrase that ends at `noun` ("endorsed" in "endorsed the nuclear
 *  agreement"), past its determiner, modifiers and possessives; -1 if none. */
export function getVerbBeforeObject(tokens: readonly Token[], noun: number): number {
  let k = noun - 1;
  while (k >= 0 && (NOUN_PHRASE.has(tokens[k]!.pos) || /^['’]s?$/.test(tokens[k]!.text))) k--;
  return k;
}

export function isActedOnNoun(
  read: SentenceLanguage,
  trigger: TriggerMatch,
  triggers: readonly TriggerMatch[],
): boolean {
  if (!trigger.trigger.noun) return false;
  const k = getVerbBeforeObject(read.tokens, trigger.token);
  return triggers.some((v) => !v.trigger.noun && v.lastToken === k && ACTING_ON.has(v.trigger.type));
}
