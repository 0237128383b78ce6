import { describe, expect, it } from 'vitest';
import { parseWordLists, WORDS } from './word-lists.ts';
import words from './words.json' with { type: 'json' };

const problemsOf = (input: unknown) => {
  try {
    parseWordLists(input, 'my-words.json');
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('word lists', () => {
  it('loads words.json as sets', () => {
    expect(WORDS.honorifics.has('mr')).toBe(true);
    expect(WORDS.orgSuffixes.has('council')).toBe(true);
    expect(WORDS.speechVerbs.has('said')).toBe(true);
  });

  it.each([
    [
      'a word listed twice',
      { ...words, honorifics: ['mr', 'mr'] },
      /my-words\.json: honorifics: lists a word twice/,
    ],
    [
      'a capitalised word',
      { ...words, orgSuffixes: ['Council'] },
      /my-words\.json: orgSuffixes\.0: must be one lower-case word/,
    ],
    [
      'two words in one entry',
      { ...words, speechVerbs: ['said so'] },
      /speechVerbs\.0: must be one lower-case word/,
    ],
    ['a missing list', { ...words, personTitles: undefined }, /personTitles/],
    ['an unknown list', { ...words, titels: ['x'] }, /titels/],
  ])('rejects %s, naming the file', (_what, input, problem) => {
    expect(problemsOf(input)).toMatch(problem);
  });
});
