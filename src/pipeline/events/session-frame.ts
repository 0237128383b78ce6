// What a body did with a session, a debate or a conference, as the sentence words it: the verb
// that governs the noun and the noun's own phrase. "The council met in emergency session" →
// meet in / emergency session; "the Human Rights Council opened an urgent debate" → open /
// urgent debate; "asked for an emergency special session" → ask for / emergency special session.
// A title built from these says what the body did, where "attends conference" would claim a
// presence the sentence never states.
import type { SentenceLanguage, Token } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

/** A body's sitting, typed as a meeting but named by what the body did with it. */
export const isSessionNoun = (lemma: string | undefined) => lemma === 'session' || lemma === 'debate';

// A preposition the verb takes before the noun: "met in session", "asked for a session".
const VERB_PREPOSITIONS = new Set(['in', 'for', 'into', 'to']);

export function getSessionFrame(
  language: SentenceLanguage,
  trigger: TriggerMatch,
): { verb?: string; object?: string } {
  const { tokens, chunks } = language;
  const chunk = chunks.find((c) => c.first <= trigger.token && trigger.lastToken <= c.last);
  const first = chunk?.first ?? trigger.token;
  const words = trimOwner(tokens.slice(first, Math.max(chunk?.last ?? 0, trigger.lastToken) + 1));
  if (words.length === 0) return {};
  const object = words.map((t) => t.text).join(' ');
  let k = first - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  let preposition = '';
  if (tokens[k]?.pos === 'ADP' && VERB_PREPOSITIONS.has(tokens[k]!.lemma)) {
    preposition = ` ${tokens[k]!.lemma}`;
    k--;
  }
  const verb = tokens[k];
  if (verb?.pos !== 'VERB') return { object };
  return { verb: `${verb.lemma}${preposition}`, object };
}

/** Drops a leading determiner or owner: "the Assembly's 10th emergency session" → "10th
 *  emergency session" (whose it was is the title's agent, not its object). */
function trimOwner(words: readonly Token[]): Token[] {
  const possessive = words.findIndex((t) => /^['’]s?$/.test(t.text));
  let k = possessive >= 0 ? possessive + 1 : 0;
  while (k < words.length && (words[k]!.pos === 'DET' || words[k]!.pos === 'PRON')) k++;
  return words.slice(k);
}
