// Part-of-speech tags for the actors stage, asked only for sentences that hold a candidate name
// (most do not). Read with the linguistic layer's tokenizer, so the wink model is loaded once
// per process (each load costs about a third of a second, in every worker thread too).
import { tokenize } from '../language/tokenize.ts';

/** Start offset (relative to `text`) → universal POS tag, e.g. 0 → "PROPN" for "Marie Harf said". */
export function getPosByOffset(text: string): Map<number, string> {
  return new Map(tokenize(text).map((token) => [token.start, token.pos]));
}
