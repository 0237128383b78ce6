import { describe, expect, it } from 'vitest';
import type { TextSegment, TextSpan } from './split-paragraph-for-highlight.ts';
import { splitParagraphForHighlight } from './split-paragraph-for-highlight.ts';

// Two paragraphs: [0, 32) and [34, 52); "\n\n" between them is not in either.
const TEXT = 'Kerry met Netanyahu. They spoke.\n\nThe vote was held.';
const FIRST: TextSpan = { start: 0, end: 32 };
const SECOND: TextSpan = { start: 34, end: 52 };

const plain = (text: string): TextSegment => ({ text, highlighted: false });
const marked = (text: string): TextSegment => ({ text, highlighted: true });

describe('splitParagraphForHighlight', () => {
  it.each<{ name: string; paragraph: TextSpan; highlight: TextSpan | null; expected: TextSegment[] }>([
    {
      name: 'no highlight',
      paragraph: FIRST,
      highlight: null,
      expected: [plain('Kerry met Netanyahu. They spoke.')],
    },
    {
      name: 'a sentence in the middle of the text',
      paragraph: FIRST,
      highlight: { start: 6, end: 19 },
      expected: [plain('Kerry '), marked('met Netanyahu'), plain('. They spoke.')],
    },
    {
      name: 'the first sentence',
      paragraph: FIRST,
      highlight: { start: 0, end: 20 },
      expected: [marked('Kerry met Netanyahu.'), plain(' They spoke.')],
    },
    {
      name: 'the last sentence',
      paragraph: FIRST,
      highlight: { start: 21, end: 32 },
      expected: [plain('Kerry met Netanyahu. '), marked('They spoke.')],
    },
    {
      name: 'the whole paragraph',
      paragraph: SECOND,
      highlight: { start: 34, end: 52 },
      expected: [marked('The vote was held.')],
    },
    {
      name: 'a highlight in another paragraph',
      paragraph: SECOND,
      highlight: { start: 0, end: 20 },
      expected: [plain('The vote was held.')],
    },
    {
      name: 'a highlight crossing into the next paragraph: its share of the first',
      paragraph: FIRST,
      highlight: { start: 21, end: 42 },
      expected: [plain('Kerry met Netanyahu. '), marked('They spoke.')],
    },
    {
      name: 'a highlight crossing into the next paragraph: its share of the second',
      paragraph: SECOND,
      highlight: { start: 21, end: 42 },
      expected: [marked('The vote'), plain(' was held.')],
    },
    {
      name: 'a highlight lying only in the gap between paragraphs',
      paragraph: FIRST,
      highlight: { start: 32, end: 34 },
      expected: [plain('Kerry met Netanyahu. They spoke.')],
    },
    {
      name: 'an empty highlight',
      paragraph: FIRST,
      highlight: { start: 6, end: 6 },
      expected: [plain('Kerry met Netanyahu. They spoke.')],
    },
    {
      name: 'a reversed highlight',
      paragraph: FIRST,
      highlight: { start: 19, end: 6 },
      expected: [plain('Kerry met Netanyahu. They spoke.')],
    },
    {
      name: 'spans past the end of the text are clamped',
      paragraph: { start: 34, end: 500 },
      highlight: { start: 47, end: 900 },
      expected: [plain('The vote was '), marked('held.')],
    },
    { name: 'an empty paragraph', paragraph: { start: 5, end: 5 }, highlight: null, expected: [] },
  ])('$name', ({ paragraph, highlight, expected }) => {
    expect(splitParagraphForHighlight(TEXT, paragraph, highlight)).toEqual(expected);
  });

  it('keeps markup-like text as it is', () => {
    const text = 'See <img src=x onerror=alert(1)> here.';
    expect(splitParagraphForHighlight(text, { start: 0, end: text.length }, { start: 4, end: 32 })).toEqual([
      plain('See '),
      marked('<img src=x onerror=alert(1)>'),
      plain(' here.'),
    ]);
  });
});
