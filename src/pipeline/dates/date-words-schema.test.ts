import { describe, expect, it } from 'vitest';
import raw from './date-words.json' with { type: 'json' };
import { parseDateWords } from './date-words-schema.ts';
import { getDateWords } from './date-words.ts';

const SOURCE = 'dates/date-words.json';

describe('date words', () => {
  it('loads the shipped file', () => {
    const words = getDateWords();
    expect(words.weekdays[0]).toBe('sunday');
    expect(words.numbers['two']).toBe(2);
  });

  it.each([
    ['weekdays', { ...raw, weekdays: raw.weekdays.slice(1) }],
    ['numbers.two', { ...raw, numbers: { ...raw.numbers, two: -2 } }],
    ['narrative.later.0', { ...raw, narrative: { ...raw.narrative, later: ['Later'] } }],
    ['timestamps', { ...raw, timestamps: undefined }],
  ])('names the file and the entry at %s when it is wrong', (where, data) => {
    expect(() => parseDateWords(data, SOURCE)).toThrow(
      new RegExp(`^${SOURCE} is not a valid date-words file: .*${where.replace(/\./g, '\\.')}`),
    );
  });
});
