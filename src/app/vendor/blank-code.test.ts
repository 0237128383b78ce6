import { describe, expect, it } from 'vitest';
import { blankRanges } from './blank-code.ts';

describe('blankRanges', () => {
  it.each([
    ['a = 1; b = 2;', [{ start: 0, end: 6 }], '       b = 2;'],
    ['f();\ng();\nh();', [{ start: 0, end: 9 }], '    \n    \nh();'],
    ['{ return x; }', [{ start: 2, end: 11, text: 'throw 1;' }], '{ throw 1;  }'],
    [
      'a;b;c;',
      [
        { start: 0, end: 2 },
        { start: 4, end: 6 },
      ],
      '  b;  ',
    ],
  ])('%j → %j', (code, edits, expected) => {
    const result = blankRanges(code, edits);
    expect(result).toBe(expected);
    expect(result).toHaveLength(code.length);
  });

  it('refuses a text that does not fit, rather than move code', () => {
    expect(() => blankRanges('return x;', [{ start: 0, end: 9, text: 'throw new Error();' }])).toThrow(
      /does not fit/,
    );
    expect(() => blankRanges('a\nb', [{ start: 0, end: 3, text: 'xy' }])).toThrow(/does not fit/);
  });
});
