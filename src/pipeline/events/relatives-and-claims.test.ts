// A contrast told of the same occasion, a relative clause that tells how its noun came about,
// a participle phrase that tells what a happening led to, and a rejected claim. Invented sentences in news style, read whole through the pipeline
// (published Wednesday 21 February 2024).
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../run-pipeline.ts';
import { toInventedArticle } from './invented-article.ts';

function eventsOf(sentence: string) {
  return runPipeline([toInventedArticle([sentence])]).dataset.events.map((e) => [e.date, e.type, e.title]);
}

describe('a contrast told of the same occasion', () => {
  it('dates the clause after "but" by the day before it', () => {
    expect(eventsOf('On Monday Britain and France backed the draft, but the US vetoed it.')).toEqual([
      ['2024-02-19', 'veto', 'US casts veto'],
    ]);
  });

  it('lends no day to a past perfect, which tells of an earlier time', () => {
    expect(eventsOf('Britain backed the draft on Monday, but the US had vetoed a similar one.')).toEqual([]);
  });
});

describe('an object relative clause', () => {
  it.each([
    ['On Monday Israel rejected the plan that Egypt had proposed.', 'rejection', 'Israel rejects plan'],
    [
      'On Monday Israel rejected the initiative that Egypt had proposed.',
      'rejection',
      'Israel rejects initiative',
    ],
  ])('is no happening of the main clause: %s', (sentence, type, title) => {
    expect(eventsOf(sentence)).toEqual([['2024-02-19', type, title]]);
  });

  it('dates its own verb when the date is its own', () => {
    expect(eventsOf('The plan that Egypt proposed on Monday was rejected by Israel.')).toContainEqual([
      '2024-02-19',
      'plan',
      'Egypt announces plan',
    ]);
  });
});

describe('a rejected or denied claim', () => {
  it.each([
    'On Monday Israel rejected claims that it had bombed the hospital.',
    'On Monday Israel denied reports that it had bombed the hospital.',
  ])('asserts nothing it names: %s', (sentence) => {
    expect(eventsOf(sentence).map(([, type]) => type)).toEqual(['rejection']);
  });
});

describe('a participle phrase after the verb', () => {
  it.each([
    ['On Monday the US abstained, allowing the resolution to pass.', 'abstention', 'US abstains'],
    ['On Monday the US vetoed the draft, saying it was unbalanced.', 'veto', 'US vetoes draft'],
  ])('leaves the verb its happening: %s', (sentence, type, title) => {
    expect(eventsOf(sentence)).toEqual([['2024-02-19', type, title]]);
  });
});
