// The hand-written tokenizer and case tests against what they replace: the TOKEN pattern and the
// case mappings, on seed text and on random strings of awkward characters (surrogate pairs, lone
// surrogates, marks, full stops, curly quotes, non-ASCII spaces and letters).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAllCaps, isCapitalized, tokenize, tokenizeByPattern } from './tokens.ts';

const CHARS = [
  ...'aZ09 .,\'’‘"“”-–—()\t\n\r\u00a0\u2009\u3000\ufeffÉéßİıǅŉ\u0301\u0627\u05d0Ⅻⅻ²½١',
  '\u{1d400}', // mathematical bold capital A: a letter outside the BMP
  '\u{1f600}', // an emoji: no letter
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
];

function randomText(seed: number, length: number): string {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length }, () => CHARS[Math.floor(next() * CHARS.length)]).join('');
}

const slowAllCaps = (w: string) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
const slowCapitalized = (w: string) => /^\p{Lu}/u.test(w) && !slowAllCaps(w);

describe('tokenize', () => {
  it('reads the seed articles as the TOKEN pattern does', () => {
    for (const file of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(`seeds/${file}`, 'utf8');
      expect(tokenize(text, 7)).toEqual(tokenizeByPattern(text, 7));
    }
  });

  it('reads random strings of awkward characters as the TOKEN pattern does', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const text = randomText(seed, 1 + (seed % 40));
      expect(tokenize(text), `seed ${seed}`).toEqual(tokenizeByPattern(text));
    }
  });
});

describe('isAllCaps and isCapitalized', () => {
  it('agree with the case mappings on words of random characters', () => {
    const words = ['', 'A', 'UN', 'Un', 'U2', '2U', 'US-', 'ÉU', 'Éa', 'ß', 'SS', 'ǅA', 'İ', '\u{1d400}b'];
    for (let seed = 1; seed <= 500; seed++) words.push(randomText(seed, 1 + (seed % 6)));
    for (const word of words) {
      expect(isAllCaps(word), JSON.stringify(word)).toBe(slowAllCaps(word));
      expect(isCapitalized(word), JSON.stringify(word)).toBe(slowCapitalized(word));
    }
  });
});
