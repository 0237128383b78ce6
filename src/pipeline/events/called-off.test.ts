// A happening named as what was called off, put off or suspended did not take place: the calling
// off is the event ("Israel cancels delegation's visit"), never the visit. And one party agreeing
// to do something decided it ("Iran agrees to suspend enrichment"). Invented sentences in news
// style, read whole through the pipeline.
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../run-pipeline.ts';
import { toInventedArticle } from './invented-article.ts';

function eventsOf(sentence: string) {
  return runPipeline([toInventedArticle([sentence])]).dataset.events.map((e) => [e.date, e.type, e.title]);
}

describe('called off', () => {
  it.each([
    [
      "Israel cancelled the delegation's visit on Monday.",
      [['2024-02-19', 'decision', "Israel cancels delegation's visit"]],
    ],
    [
      'Israel decided on Monday to suspend the talks.',
      [['2024-02-19', 'decision', 'Israel decides to suspend talks']],
    ],
    // Nobody named who put them off: a decision of no one's, never talks.
    ['On Monday the talks with Abbas were postponed.', [['2024-02-19', 'decision', 'Decision']]],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });

  it('still reads a happening that took place', () => {
    expect(eventsOf('Kerry visited Cairo on Monday.')).toEqual([
      ['2024-02-19', 'visit', 'Kerry visits Cairo'],
    ]);
  });
});

describe('one party agreeing to do something', () => {
  it.each([
    [
      'Iran agreed to suspend enrichment on Monday.',
      [['2024-02-19', 'decision', 'Iran agrees to suspend enrichment']],
    ],
    // Two parties agreeing is an accord.
    [
      'Israel and Hamas agreed on Monday to a ceasefire.',
      [['2024-02-19', 'agreement', 'Israel and Hamas agree']],
    ],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('names in opening phrases are not the subject', () => {
  it.each([
    [
      'In October 2003, under pressure from Britain, France and Germany, Iran agreed to suspend enrichment.',
      ['iran'],
    ],
    [
      'On Monday, the US, Britain and France vetoed the draft.',
      ['united-states', 'united-kingdom', 'france'],
    ],
    [
      'In a statement on Monday, Britain, France and Germany said the talks must resume.',
      ['united-kingdom', 'france', 'germany'],
    ],
  ])('%s', (sentence, agents) => {
    expect(runPipeline([toInventedArticle([sentence])]).dataset.events.map((e) => e.agentIds)).toEqual([
      agents,
    ]);
  });
});

describe('what a decision acted on is not a happening of its own', () => {
  it.each([
    [
      'The Security Council unanimously endorsed the nuclear agreement on Monday.',
      'UNSC endorses nuclear agreement',
    ],
    ['Kuwait requested an emergency meeting of the council on Monday.', 'Kuwait requests emergency meeting'],
    // Signing an order, a law or a proclamation is a decision, not an accord.
    ['Biden signed an executive order on Monday.', 'Biden signs executive order'],
  ])('%s → %s', (sentence, title) => {
    expect(eventsOf(sentence).map(([, , t]) => t)).toEqual([title]);
  });
});

describe('a happening told in the present and dated after publication is planned', () => {
  it.each([
    ['Kerry meets Abbas next week.', 'planned'],
    ['EU foreign ministers will approve the mission when they meet in Brussels next week.', 'planned'],
    ['Kerry met Abbas on Monday.', undefined],
  ])('%s', (sentence, status) => {
    const [event] = runPipeline([toInventedArticle([sentence])]).dataset.events.filter(
      (e) => e.type === 'meeting',
    );
    expect(event?.status).toBe(status);
  });
});
