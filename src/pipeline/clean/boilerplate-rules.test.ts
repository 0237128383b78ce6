import { describe, expect, it } from 'vitest';
import { countWords, getBoilerplateReason, isForeignScriptLine } from './boilerplate-rules.ts';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Kerry', 1],
    ['  Kerry   met\tNetanyahu \n', 3],
    ['U.S.\u00a0envoy\u2009said', 3], // no-break and thin spaces separate words, as \s does
    ['Security Council', 2],
  ])('%j has %i words', (line, words) => {
    expect(countWords(line)).toBe(words);
  });

  it('agrees with splitting on \\s for every kind of space', () => {
    const spaces = ' \t\n\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    for (const space of spaces) {
      const line = `a${space}b${space}${space}c`;
      expect(countWords(line)).toBe(line.split(/\s+/).filter(Boolean).length);
    }
    expect(countWords('a\u200bb')).toBe(1); // a zero-width space is not \s
  });

  it('answers each line afresh after another', () => {
    expect(countWords('one two')).toBe(2);
    expect(countWords('one two three')).toBe(3);
    expect(countWords('one two')).toBe(2);
  });
});

describe('isForeignScriptLine', () => {
  it('flags a short line mostly in Hebrew or Arabic (a language switch)', () => {
    expect(isForeignScriptLine('עברית')).toBe(true);
    expect(isForeignScriptLine('العربية')).toBe(true);
    expect(isForeignScriptLine('English | עברית | العربية')).toBe(true);
  });

  it('keeps English lines, long lines and lines with only a little Hebrew', () => {
    expect(isForeignScriptLine('The Knesset voted on Monday.')).toBe(false);
    expect(isForeignScriptLine('The word שלום means peace in Hebrew and is used as a greeting.')).toBe(false);
    expect(isForeignScriptLine(`${'עברית '.repeat(13)}`)).toBe(false);
    expect(isForeignScriptLine('2017')).toBe(false);
  });
});

describe('navigation trails', () => {
  it.each([
    'Home › News › World › Middle East',
    'News > World > Middle East',
    'Home / World / Europe',
    'Home | News | Gaza',
  ])('removes %j', (line) => {
    expect(getBoilerplateReason(line)).toBe('navigation');
  });

  it.each([
    'US vetoes UN resolution on Gaza offensive',
    'Gaza - the war at the UN',
    'Kerry: talks > expectations',
    'The vote was 14 > 1 in favour, diplomats said.',
  ])('keeps %j', (line) => {
    expect(getBoilerplateReason(line)).not.toBe('navigation');
  });
});
