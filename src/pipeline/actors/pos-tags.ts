// Part-of-speech tags from wink-nlp, asked only for sentences that hold a candidate name (most
// do not), so the model's cost stays a small share of the stage. The model loads once, here.
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const its = nlp.its;

/** Start offset (relative to `text`) → universal POS tag, e.g. 0 → "PROPN" for "Marie Harf said". */
export function getPosByOffset(text: string): Map<number, string> {
  const byOffset = new Map<number, string>();
  let cursor = 0;
  nlp
    .readDoc(text)
    .tokens()
    .each((token: ItemToken) => {
      const value = token.out();
      const at = text.indexOf(value, cursor);
      if (at < 0) return;
      byOffset.set(at, token.out(its.pos));
      cursor = at + value.length;
    });
  return byOffset;
}
