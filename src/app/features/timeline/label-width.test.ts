import { describe, expect, it } from 'vitest';
import { getPointWidth } from './label-width.ts';

const font = { size: 16, family: 'sans-serif' };

describe('getPointWidth', () => {
  it('grows with the title', () => {
    expect(getPointWidth('Kerry meets Lavrov', font)).toBeLessThan(
      getPointWidth('Kerry meets Lavrov in Rome', font),
    );
  });

  it('stops at the width where the stylesheet cuts a title with an ellipsis (18rem)', () => {
    const long =
      'Security Council demands an immediate ceasefire for the month of Ramadan as the US abstains';
    expect(getPointWidth(long, font)).toBeLessThanOrEqual(28 + 18 * 16);
    expect(getPointWidth(long.repeat(3), font)).toBe(getPointWidth(long, font));
  });
});
