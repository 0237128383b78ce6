// Two ways a sentence names someone who did not act: a deed judged by its gerund ("thanked the
// United States on Tuesday for vetoing the draft" is a thanking on Tuesday, not a veto on
// Tuesday, and never Israel's veto), and the subject of a passive with no "by" ("The United
// States was criticised on Tuesday" is nobody's statement). Invented news sentences, read whole.
import { describe, expect, it } from 'vitest';
import { processArticle } from '../process-article.ts';
import { toInventedArticle } from './invented-article.ts';

function eventsOf(sentence: string) {
  return processArticle(toInventedArticle([sentence])).events.map((e) => ({
    type: e.type,
    agents: e.agentIds,
  }));
}

describe('a deed judged by its gerund is no happening dated by the judging', () => {
  it.each([
    'Israel thanked the United States on Tuesday for vetoing the draft.',
    'Russia blamed the US on Tuesday for blocking the council statement.',
    'On Tuesday Arab states accused Washington of vetoing the draft.',
  ])('%s', (sentence) => {
    expect(eventsOf(sentence).filter((e) => e.type === 'veto' || e.type === 'blocked-statement')).toEqual([]);
  });
});

describe('a happening asked or talked about is no happening', () => {
  it.each([
    'Reporters asked Kirby on Tuesday about the veto.',
    'A row over the US veto erupted on Tuesday.',
    'Asked on Tuesday whether Washington would veto the text, Kirby said no decision had been made.',
  ])('%s', (sentence) => {
    expect(eventsOf(sentence).filter((e) => e.type === 'veto' || e.type === 'appeal')).toEqual([]);
  });

  it('while asking someone to act is an appeal', () => {
    expect(eventsOf('Abbas asked Britain on Tuesday to recognise Palestine.')).toEqual([
      { type: 'appeal', agents: ['mahmoud-abbas'] },
    ]);
  });
});

describe('the subject of a passive with no "by" did not act', () => {
  it.each([
    'The United States was criticised on Tuesday.',
    'Israel was warned on Tuesday against an offensive.',
    'Kerry was told on Tuesday that the talks had failed.',
  ])('%s', (sentence) => {
    expect(eventsOf(sentence).flatMap((e) => e.agents)).toEqual([]);
  });

  it('while a "by" phrase names the agent', () => {
    expect(eventsOf('The draft was vetoed on Tuesday by the United States.')).toEqual([
      { type: 'veto', agents: ['united-states'] },
    ]);
    expect(eventsOf('The United States was condemned on Tuesday by France.')).toEqual([
      { type: 'statement', agents: ['france'] },
    ]);
  });
});
