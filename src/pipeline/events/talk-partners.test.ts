// Whom a call, a meeting or a visit was with: its own object, never the names of what was said
// ("telephoned him to say that the deal would cut off Iran's paths"); an object "him" is the
// person the story last told as acting. Invented sentences read whole through processArticle
// (published Wednesday 2024-02-21).
import { describe, expect, it } from 'vitest';
import { processArticle } from '../process-article.ts';
import { toInventedArticle } from './invented-article.ts';

const callsIn = (paragraphs: string[]) =>
  processArticle(toInventedArticle(paragraphs))
    .events.filter((e) => e.type === 'phone-call' || e.type === 'meeting' || e.type === 'visit')
    .map((e) => `${e.agentIds.join('+')} → ${e.targetIds.join('+')}`);

describe('the partners of a talk', () => {
  it.each([
    [
      ['On Tuesday Biden telephoned Netanyahu to say that the deal would cut off Iran’s paths to a bomb.'],
      ['joe-biden → benjamin-netanyahu'],
    ],
    [
      ['On Tuesday Kerry met Abbas to say that Israel had agreed to free prisoners.'],
      ['john-kerry → mahmoud-abbas'],
    ],
    [['Kerry will fly to London on Tuesday to meet with Saeb Erekat.'], ['john-kerry → saeb-erekat']],
    [
      ['On Tuesday Netanyahu called the deal a bad mistake.', 'Biden telephoned him that afternoon.'],
      ['joe-biden → benjamin-netanyahu'],
    ],
  ])('%j → %j', (paragraphs, calls) => {
    expect(callsIn(paragraphs)).toEqual(calls);
  });
});
