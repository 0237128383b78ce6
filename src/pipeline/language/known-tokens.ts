// Tokens of texts, read from the packed tokens the per-article stage already read where it has
// them (language/packed-tokens.ts), else tagged here, those left together in one model call.
// Tagging is context-free (a sentence's tokens are the same alone or beside others), so either
// way gives the same tokens; the output of an ingest is byte-identical to tagging them all here.
import type { Token } from '../types.ts';
import { unpackTokens } from './packed-tokens.ts';
import { tokenizeMany } from './tokenize.ts';

/** Tokens of each text, offsets relative to that text, as tokenizeMany gives them. */
export type Tagger = (texts: readonly string[]) => Token[][];

export function createTagger(known: ReadonlyMap<string, string>): Tagger {
  return (texts) => {
    const unknown = texts.filter((text) => !known.has(text));
    const tagged = unknown.length > 0 ? tokenizeMany(unknown) : [];
    let next = 0;
    return texts.map((text) => {
      const packed = known.get(text);
      return packed === undefined ? tagged[next++]! : unpackTokens(text, packed);
    });
  };
}
