// A few tagging slips of wink's model that the layer mends before any rule reads the tags. A
// past form that is also a noun ("shot", "hit") is read as a noun after another noun ("troops
// shot dead dozens", "Police shot two men"), as if it were a compound ("a warning shot"): after
// a plural subject or a name, and before an object or "dead", it is the verb.
import type { Token } from '../types.ts';

const VERB_FORMS: ReadonlyMap<string, string> = new Map([
  ['shot', 'shoot'],
  ['hit', 'hit'],
]);
const OBJECT_STARTS = new Set(['DET', 'NUM', 'PROPN', 'PRON']);

/** The tokens with such slips mended (a new token where one changes). */
export function repairTags(tokens: Token[]): Token[] {
  for (let k = 1; k < tokens.length - 1; k++) {
    const token = tokens[k]!;
    const lemma = VERB_FORMS.get(token.text.toLowerCase());
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
