// A few tagging slips of wink's model that the layer mends before any rule reads the tags. A
// past form that is also a noun ("shot", "hit") is read as a noun after another noun ("troops
// shot dead dozens", "Police shot two men"), as if it were a compound ("a warning shot"): after
// a plural subject or a name, and before an object or "dead", it is the verb. A past form that is
// also an adjective ("the alleged plot") is read as one even after its subject: "Israel alleged
// that…", "It alleged that…" is the verb, saying what was alleged. Right after a modal, a word
// read as an adjective is the verb's bare form ("must open more crossings", "could free them"):
// no adjective follows a modal without a verb between.
import type { Token } from '../types.ts';

const VERB_FORMS: ReadonlyMap<string, string> = new Map([
  ['shot', 'shoot'],
  ['hit', 'hit'],
]);
const MODALS = new Set(['must', 'can', 'could', 'would', 'should', 'will', 'may', 'might', 'shall']);
const OBJECT_STARTS = new Set(['DET', 'NUM', 'PROPN', 'PRON']);
const ADJECTIVE_FORMS: ReadonlyMap<string, string> = new Map([
  ['alleged', 'allege'],
  ['reported', 'report'],
]);

/** The tokens with such slips mended (a new token where one changes). */
export function repairTags(tokens: Token[]): Token[] {
  for (let k = 1; k < tokens.length - 1; k++) {
    const token = tokens[k]!;
    // Lower-cased once for both look-ups: this runs for every token tagged.
    const lower = token.text.toLowerCase();
    const adjectiveLemma = ADJECTIVE_FORMS.get(lower);
    if (adjectiveLemma && token.pos === 'ADJ' && isSaidThat(tokens, k)) {
      tokens[k] = { ...token, pos: 'VERB', lemma: adjectiveLemma };
      continue;
    }
    if (
      token.pos === 'ADJ' &&
      MODALS.has(tokens[k - 1]!.text.toLowerCase()) &&
      /^\p{Ll}+$/u.test(token.text)
    ) {
      tokens[k] = { ...token, pos: 'VERB', lemma: token.text };
      continue;
    }
    const lemma = VERB_FORMS.get(lower);
    if (!lemma || token.pos !== 'NOUN') continue;
    const before = tokens[k - 1]!;
    const after = tokens[k + 1]!;
    const subject =
      before.pos === 'PROPN' || (before.pos === 'NOUN' && before.lemma !== before.text.toLowerCase());
    const object = OBJECT_STARTS.has(after.pos) || after.text.toLowerCase() === 'dead';
    if (subject && object) tokens[k] = { ...token, pos: 'VERB', lemma };
  }
  return tokens;
}

/** After a name or a pronoun and before "that": "Israel alleged that", "it reported that". */
function isSaidThat(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]!.pos;
  return (before === 'PROPN' || before === 'PRON') && tokens[k + 1]!.text.toLowerCase() === 'that';
}
