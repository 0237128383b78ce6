import { describe, expect, it } from 'vitest';
import { scanWords } from './scan-words.ts';

const scan = (text: string) => {
  const words: [string, number][] = [];
  scanWords(text, (word, start) => words.push([word, start]));
  return words;
};
const byRegex = (text: string) =>
  [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((m) => [m[0], m.index] as [string, number]);

describe('scanWords', () => {
  it.each([
    [
      "Israel's U.N.-backed cease-fire, Arafat’s — 'quoted' words.",
      [
        ["Israel's", 0],
        ['U', 9],
        ['N', 11],
        ['backed', 14],
      ],
    ],
    [
      'Équipe São Paulo: Ünal 1967-2024',
      [
        ['Équipe', 0],
        ['São', 7],
        ['Paulo', 11],
        ['Ünal', 18],
      ],
    ],
  ])('reads the words of %j', (text, first) => {
    expect(scan(text).slice(0, first.length)).toEqual(first);
  });

  it.each([
    "Israel's U.N.-backed cease-fire, Arafat’s — 'quoted' words.",
    'Ελλάδα και Κύπρος; Москва-Киев; 北京 talks; שלום',
    'Emoji 👍🏽 and 𝐁old 𝑀ath letters, a lone \ud800 surrogate, x-',
    "--'' 12 e-mail -ly",
  ])('finds what the regex finds in %j', (text) => {
    expect(scan(text)).toEqual(byRegex(text));
  });
});
