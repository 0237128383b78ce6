// A sentence's tokens as one string, for the per-article stage to hand to episode naming, which
// reads the tags of a few source sentences per episode and would otherwise tag them again on the
// one thread the cross-article half runs on. One string crosses threads at once (structured
// cloning costs by the object); naming unpacks only the sentences it reads. JSON, so any lemma
// survives; the text of a token is the sentence's own at its offsets, and its lemma is left out
// when it is the text in lower case (most words).
import type { Token } from '../types.ts';

type PackedToken = [start: number, end: number, pos: string, lemma?: string];

export function packTokens(tokens: readonly Token[]): string {
  return JSON.stringify(
    tokens.map((t): PackedToken =>
      t.lemma === t.text.toLowerCase() ? [t.start, t.end, t.pos] : [t.start, t.end, t.pos, t.lemma],
    ),
  );
}

/** The tokens `packTokens` packed, of the sentence `text` they were read from. */
export function unpackTokens(text: string, packed: string): Token[] {
  return (JSON.parse(packed) as PackedToken[]).map(([start, end, pos, lemma], index) => {
    const word = text.slice(start, end);
    return { index, start, end, text: word, lemma: lemma ?? word.toLowerCase(), pos };
  });
}

/** The distinct source sentences of an article's events, in order of first use: the texts whose
 *  tokens an article's findings carry, packed, in this order. */
export function getSourceTexts(
  events: readonly { readonly sources: readonly { readonly text: string }[] }[],
) {
  return [...new Set(events.flatMap((event) => event.sources.map((source) => source.text)))];
}
