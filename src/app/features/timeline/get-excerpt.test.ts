import { describe, expect, it } from 'vitest';
import { getExcerpt } from './get-excerpt.ts';

describe('getExcerpt', () => {
  it.each([
    { why: 'short text is quoted whole', text: 'The vote failed.', max: 40, out: '“The vote failed.”' },
    { why: 'whitespace is folded', text: '  The\n vote\tfailed. ', max: 40, out: '“The vote failed.”' },
    {
      why: 'long text is cut at a word, trailing punctuation dropped',
      text: 'The US vetoed the draft on Friday, saying it was one-sided and would harm talks.',
      max: 40,
      out: '“The US vetoed the draft on Friday…”',
    },
    {
      why: 'a very long word is cut inside',
      text: `Word ${'x'.repeat(60)} end`,
      max: 20,
      out: `“Word ${'x'.repeat(15)}…”`,
    },
    { why: 'empty text gives nothing', text: '   ', max: 40, out: '' },
  ])('$why', ({ text, max, out }) => {
    expect(getExcerpt(text, max)).toBe(out);
  });
});
