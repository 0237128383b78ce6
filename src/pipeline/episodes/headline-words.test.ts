import { describe, expect, it } from 'vitest';
import { isTitleCase, stripRubric, toSentenceCase } from './headline-words.ts';

describe('headlines', () => {
  it.each([
    ['US Vetoes Security Council Call for Humanitarian Pauses in Gaza', true],
    ['UN council urges inquiry after deadly Israeli raid on Gaza aid flotilla', false],
  ])('%s is title case: %s', (headline, expected) => {
    expect(isTitleCase(headline)).toBe(expected);
  });

  it.each([
    ['Analysis: On the barrier, the Assembly speaks', 'On the barrier, the Assembly speaks'],
    ['LIVE: US vetoes UN resolution', 'US vetoes UN resolution'],
    ['Kerry To Netanyahu: U.S. To Prevent UN Action', 'Kerry To Netanyahu: U.S. To Prevent UN Action'],
  ])('strips the rubric of "%s"', (headline, expected) => {
    expect(stripRubric(headline)).toBe(expected);
  });

  it('undoes title case but for the names the sentences capitalise, acronyms and the first word', () => {
    const sentences = [
      'The Security Council on Friday demanded a halt to building at Varnia.',
      'Sylvania abstained, and the NATO envoy said the settlements were illegal.',
    ];
    expect(toSentenceCase('Security Council Demands Halt to Settlements at Varnia', sentences)).toBe(
      'Security Council demands halt to settlements at Varnia',
    );
    expect(toSentenceCase('Sylvania Lets NATO Text Pass', sentences)).toBe('Sylvania lets NATO text pass');
    // A known name keeps its capital though no sentence uses it; a word of a longer name does not.
    expect(toSentenceCase('Envoy Brings Money for Palestinians and New Hope', sentences)).toBe(
      'Envoy brings money for Palestinians and new hope',
    );
    // A headline in sentence case is left as written.
    expect(toSentenceCase('Council backs the Varnia Plan for more aid', sentences)).toBe(
      'Council backs the Varnia Plan for more aid',
    );
  });
});
