import { describe, expect, it } from 'vitest';
import { isTitleCase, stripRubric } from './headline-words.ts';

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
});
