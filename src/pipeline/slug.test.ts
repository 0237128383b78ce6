import { describe, expect, it } from 'vitest';
import { toSlug, uniqueSlugs } from './slug.ts';

describe('toSlug', () => {
  it.each([
    ['John Kerry', 'john-kerry'],
    ['2017-01-15 Kerry phones Netanyahu', '2017-01-15-kerry-phones-netanyahu'],
    ['Abdel Fattah el-Sisi', 'abdel-fattah-el-sisi'],
    ['Israel’s Security Cabinet', 'israels-security-cabinet'],
    ['Señor Ñandú', 'senor-nandu'],
    ['  --U.S.--  ', 'u-s'],
  ])('%s → %s', (input, expected) => expect(toSlug(input)).toBe(expected));

  it('cuts long slugs at a word boundary', () => {
    const slug = toSlug('alpha beta gamma delta epsilon', 14);
    expect(slug).toBe('alpha-beta');
  });
});

describe('uniqueSlugs', () => {
  it('numbers repeats in order', () =>
    expect(uniqueSlugs(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']));
});
