import { describe, expect, it } from 'vitest';
import { createTagger } from './known-tokens.ts';
import { getSourceTexts, packTokens, unpackTokens } from './packed-tokens.ts';
import { tokenize, tokenizeMany } from './tokenize.ts';

const SENTENCES = [
  "The U.S. won't veto Russia's draft, officials said on Monday.",
  'Kerry met Lavrov in Geneva.',
  'Gillerman told the council that Israel had "no choice".',
];

describe('packed tokens', () => {
  it('unpack to the tokens that were packed, lemmas and all', () => {
    for (const text of SENTENCES)
      expect(unpackTokens(text, packTokens(tokenize(text)))).toEqual(tokenize(text));
  });

  it('give a tagger the same tokens as tagging every text afresh', () => {
    const known = new Map([[SENTENCES[1]!, packTokens(tokenize(SENTENCES[1]!))]]);
    expect(createTagger(known)(SENTENCES)).toEqual(tokenizeMany(SENTENCES));
  });

  it('are read for each distinct source sentence once, in order of first use', () => {
    const events = [{ sources: [{ text: 'b' }] }, { sources: [{ text: 'a' }, { text: 'b' }] }];
    expect(getSourceTexts(events)).toEqual(['b', 'a']);
  });
});
