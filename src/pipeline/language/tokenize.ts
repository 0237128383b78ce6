// Tokens, lemmas and part-of-speech tags from wink-nlp's English model, with offsets into the
// sentence. wink gives values, not offsets, so each value is found from a cursor onwards; a
// value wink rewrote (rare) is skipped rather than given a wrong offset. The model loads once.
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../types.ts';

const nlp = winkNLP(model);
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

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  nlp
    .readDoc(sentence)
    .tokens()
    .each((item: ItemToken) => {
      const text = item.out();
      const start = sentence.indexOf(text, cursor);
      if (start < 0) return;
      cursor = start + text.length;
      const lower = text.toLowerCase();
      const lemma = CONTRACTIONS[lower] ?? (item.out(LEMMA) ?? text).toLowerCase();
      tokens.push({ index: tokens.length, start, end: cursor, text, lemma, pos: item.out(its.pos) });
    });
  return tokens;
}
