// Tokens, lemmas and part-of-speech tags from wink-nlp's English model, with offsets into the
// sentence. wink gives values, not offsets, so each value is found from a cursor onwards; a
// value wink rewrote (rare) is skipped rather than given a wrong offset. The model loads once.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../types.ts';
import { repairTags } from './tag-repairs.ts';

// Only the tagger: wink's default pipe also runs entity, sentiment and negation passes the
// layer does not use, which cost about a third more per token.
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;
// wink's typings declare `its.lemma` with the add-ons signature the lite model fills in itself.
const LEMMA = its.lemma as unknown as typeof its.value;

// wink lemmatises some contractions and proper nouns oddly ("Wo" for "won't", "Israel" kept
// capitalised, none at all for some symbols); lemmas are compared lower case everywhere, so
// they are stored lower case, falling back to the word itself.
const CONTRACTIONS: Record<string, string> = {
  "n't": 'not',
  'n’t': 'not',
  wo: 'will',
  ca: 'can',
  "'ll": 'will',
};

// Every contraction is three characters or fewer, and so is no name on Object.prototype, which a
// lookup in CONTRACTIONS also finds ("constructor"): longer words skip the lookup (a keyed lookup
// by a fresh string costs more than the rest of the token) unless they are such a name.
// Those names by length (a Set lookup by a fresh string costs as much as the keyed one).
const PROTOTYPE_NAMES: string[][] = [];
for (const name of Object.getOwnPropertyNames(Object.prototype))
  (PROTOTYPE_NAMES[name.length] ??= []).push(name);
// A short word is looked up only if it starts as a contraction does (n, w, c or an apostrophe):
// most tokens are short ("the", "of", ","), and their first letter rules them out for less.
const CONTRACTION_STARTS: ReadonlySet<number> = new Set(
  Object.keys(CONTRACTIONS).map((c) => c.charCodeAt(0)),
);
const getContraction = (lower: string): string | undefined =>
  lower.length <= 3
    ? CONTRACTION_STARTS.has(lower.charCodeAt(0))
      ? CONTRACTIONS[lower]
      : undefined
    : PROTOTYPE_NAMES[lower.length]?.includes(lower)
      ? CONTRACTIONS[lower]
      : undefined;

export function tokenize(sentence: string): Token[] {
  return tokenizeMany([sentence])[0]!;
}

// Sentences are read in one document, apart by a paragraph break: wink's cost is mostly per
// document, so one call for an article's sentences costs a fraction of one call each.
const SEPARATOR = '\n\n';

/** Tokens of each text, offsets relative to that text. */
export function tokenizeMany(texts: readonly string[]): Token[][] {
  const joined = texts.join(SEPARATOR);
  const result: Token[][] = texts.map(() => []);
  // Each property for all tokens at once: wink's per-token item API costs about a third more.
  const items = nlp.readDoc(joined).tokens();
  const values = items.out() as string[];
  const tags = items.out(its.pos) as string[];
  const lemmas = items.out(LEMMA) as (string | undefined)[];
  let cursor = 0;
  let which = 0;
  let offset = 0;
  for (let k = 0; k < values.length; k++) {
    const text = values[k]!;
    const found = joined.indexOf(text, cursor);
    if (found < 0) continue;
    cursor = found + text.length;
    while (which + 1 < texts.length && found >= offset + texts[which]!.length + SEPARATOR.length) {
      offset += texts[which]!.length + SEPARATOR.length;
      which++;
    }
    if (cursor > offset + texts[which]!.length) continue;
    const tokens = result[which]!;
    const lower = text.toLowerCase();
    tokens.push({
      index: tokens.length,
      start: found - offset,
      end: cursor - offset,
      text,
      lemma: getContraction(lower) ?? (lemmas[k] ?? text).toLowerCase(),
      pos: tags[k]!,
    });
  }
  return result.map(repairTags);
}
