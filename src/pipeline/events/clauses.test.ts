import { describe, expect, it } from 'vitest';
import { splitClauses } from './clauses.ts';

const parts = (sentence: string) => splitClauses(sentence).map((c) => sentence.slice(c.start, c.end));

describe('splitClauses', () => {
  it('splits at conjunctions that open a finite clause, not inside "Kerry and Lavrov"', () => {
    expect(parts('Kerry and Lavrov met on Sunday before talks resumed on Monday.')).toEqual([
      'Kerry and Lavrov met on Sunday',
      ' before talks resumed on Monday.',
    ]);
  });

  it('closes a relative clause at the comma before the main verb', () => {
    expect(parts('The US, which vetoed a draft in October, abstained on Monday.')).toEqual([
      'The US',
      ', which vetoed a draft in October',
      ', abstained on Monday.',
    ]);
  });

  it('keeps a list inside a relative clause in it', () => {
    expect(parts('The US, which vetoed drafts on Gaza, Syria and Ukraine, abstained.')).toEqual([
      'The US',
      ', which vetoed drafts on Gaza, Syria and Ukraine',
      ', abstained.',
    ]);
  });

  it('opens a closing absolute clause with a participle, and only that', () => {
    expect(parts('It was adopted 14-0, with the United States abstaining.')).toEqual([
      'It was adopted 14-0',
      ', with the United States abstaining.',
    ]);
    expect(parts("Russia, with China's backing, vetoed the draft.")).toEqual([
      "Russia, with China's backing, vetoed the draft.",
    ]);
    expect(parts('Kerry met Abbas, with aides present.')).toEqual(['Kerry met Abbas, with aides present.']);
  });

  it('closes a clause of another time put first at its comma, never at a date’s', () => {
    expect(parts('After the United States vetoed the text, the Assembly met on Tuesday.')).toEqual([
      'After the United States vetoed the text',
      ', the Assembly met on Tuesday.',
    ]);
    expect(parts('Before the vote on Dec. 18, 2017, Haley spoke.')).toEqual([
      'Before the vote on Dec. 18, 2017',
      ', Haley spoke.',
    ]);
    // A clause of the same time lends the main clause its date: it stays whole.
    expect(parts('When it was put to a vote on Monday, Dec. 18, all 14 voted in favour.')).toEqual([
      'When it was put to a vote on Monday, Dec. 18, all 14 voted in favour.',
    ]);
  });

  it('covers the sentence without gaps', () => {
    const sentence =
      'Netanyahu, who met Kerry on Monday, said on Tuesday, as talks stalled, that he would wait.';
    expect(parts(sentence).join('')).toBe(sentence);
  });
});
