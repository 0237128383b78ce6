// A date that names a happening noun dates that happening ("the Hamas attack of October 7"),
// whatever the clause's verb tells; the noun alone ("condemned the attack on Monday") dates
// nothing. Invented sentences in news style, read whole through the pipeline (published
// 2024-02-21, so a yearless "October 7" is the named day of 2023).
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../run-pipeline.ts';
import { toInventedArticle } from './invented-article.ts';

function eventsOf(sentence: string) {
  return runPipeline([toInventedArticle([sentence], 'The war in Gaza')]).dataset.events;
}

describe('a date naming a happening noun', () => {
  it.each([
    [
      'He has repeatedly demanded that member states condemn the Hamas attack of October 7.',
      'Hamas launches attack',
      [],
    ],
    [
      'Settlers have carried out more than 400 attacks since the Hamas assault on southern Israel on October 7.',
      'Hamas launches assault on southern Israel',
      ['israel'],
    ],
    ['Netanyahu spoke of the October 7 Hamas attack at the dinner.', 'Hamas launches attack', []],
  ])('%s → %s', (sentence, title, targets) => {
    const actions = eventsOf(sentence).filter((e) => e.type === 'military-action');
    if (title === null) {
      expect(actions).toEqual([]);
      return;
    }
    expect(actions.map((e) => [e.date, e.title, e.agentIds, e.targetIds])).toEqual([
      ['2023-10-07', title, ['hamas'], targets],
    ]);
  });

  it('names the state whose weapons made the attack ("the Iranian missile attack")', () => {
    const actions = eventsOf('The Iranian missile attack of April 13, 2024 was intercepted.');
    expect(actions.map((e) => [e.date, e.type, e.title, e.agentIds])).toEqual([
      ['2024-04-13', 'military-action', 'Iran launches attack', ['iran']],
    ]);
  });

  it('dates the noun, not the clause: a demand is no happening of that day', () => {
    const events = eventsOf('Erdan demanded on Monday that states condemn the Hamas attack of October 7.');
    expect(events.map((e) => [e.date, e.type])).toEqual(
      expect.arrayContaining([
        ['2023-10-07', 'military-action'],
        ['2024-02-19', 'appeal'],
      ]),
    );
    expect(events.some((e) => e.date === '2023-10-07' && e.type === 'statement')).toBe(false);
  });

  it.each([
    // The date is the verb's: whoever condemned or met did so on Monday.
    'Guterres condemned the attack on Monday.',
    'The Security Council met after the attack on Monday.',
    // Nobody named: no one can be said to have attacked.
    'The attack of October 7 killed about 1,200 people.',
  ])('no dated attack: %s', (sentence) => {
    expect(eventsOf(sentence).filter((e) => e.type === 'military-action')).toEqual([]);
  });
});

// "attack" as a verb is military action only when what was attacked is a state or a place and
// no person did it; a person or a body "attacked" a court, a report or a rival in words.
describe('attack as a verb', () => {
  it.each([
    ['Hamas attacked southern Israel on Monday.', 'Hamas attacks Israel'],
    ['Iran attacked Israel with missiles on Monday.', 'Iran attacks Israel'],
  ])('%s → %s', (sentence, title) => {
    const actions = eventsOf(sentence).filter((e) => e.type === 'military-action');
    expect(actions.map((e) => [e.date, e.title])).toEqual([['2024-02-19', title]]);
  });

  it.each([
    'Netanyahu attacked the court on Monday.',
    'Israel attacked the UN report on Monday.',
    'Trump attacked Iran on Monday.',
  ])('no military action: %s', (sentence) => {
    expect(eventsOf(sentence).filter((e) => e.type === 'military-action')).toEqual([]);
  });
});
