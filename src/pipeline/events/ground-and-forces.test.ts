// Ground taken, rockets fired, a state's forces named with their arm (or by a name the tagger
// ends with an adjective), a date followed by what happened on it,
// "May" the month, and a possessive after "call". Invented sentences in news style, read whole
// through the pipeline (published Wednesday 21 February 2024).
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../run-pipeline.ts';
import { toInventedArticle } from './invented-article.ts';

function eventsOf(sentence: string) {
  return runPipeline([toInventedArticle([sentence])])
    .dataset.events.map((e) => [e.date, e.type, e.title])
    .sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

describe('ground taken', () => {
  it.each([
    [
      'Hamas seized control of Gaza in June 2007.',
      [['2007-06', 'military-action', 'Hamas seizes control of Gaza']],
    ],
    [
      'Israel captured East Jerusalem in 1967.',
      [['1967', 'military-action', 'Israel captures East Jerusalem']],
    ],
    // A moment, a chance, an initiative: nothing physical was taken.
    ['Netanyahu seized the moment on Monday.', []],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe("a state's forces named with their arm", () => {
  it.each([
    'On April 1 Israeli drone strikes killed seven aid workers.',
    'On April 1 Israeli ground troops killed seven aid workers.',
  ])('%s', (sentence) => {
    const events = runPipeline([toInventedArticle([sentence])]).dataset.events;
    expect(events.map((e) => e.actorIds)).toEqual([['israel']]);
  });
});

describe('a date and what happened on it', () => {
  it('dates the clause after "since <date>, when"', () => {
    expect(
      eventsOf(
        'The Palestinians have refused contacts with Washington since December 2017, when Trump recognised Jerusalem as Israel’s capital.',
      ),
    ).toEqual([['2017-12', 'recognition', 'Trump recognizes Jerusalem']]);
  });

  it('reads "early May" and "late May" as the month, and "In May Biden…" as nothing hypothetical', () => {
    expect(eventsOf('In early May Biden vetoed a resolution.')).toEqual([
      ['2023-05', 'veto', 'Biden vetoes resolution'],
    ]);
    expect(eventsOf('Biden vetoed a resolution in late May.')).toEqual([
      ['2023-05', 'veto', 'Biden vetoes resolution'],
    ]);
    // "May Biden vetoed" is no "may" of a hypothetical: the veto outranks the meeting.
    expect(eventsOf('In May Biden vetoed a resolution and met Netanyahu.')).toEqual([
      ['2023-05', 'veto', 'Biden vetoes resolution'],
    ]);
  });
});

describe('a possessive is no object of "call"', () => {
  it('reads no phone call in "called Morocco’s proposal the only basis"', () => {
    const types = eventsOf(
      'On Monday Trump called Morocco’s autonomy proposal the only basis for a solution.',
    ).map(([, type]) => type);
    expect(types).not.toContain('phone-call');
  });
});

describe('rockets and missiles fired or launched', () => {
  it.each([
    ['On Monday Hamas fired rockets at Tel Aviv.', 'Hamas fires rockets'],
    ['On Monday Iran launched drones and missiles at Israel.', 'Iran launches drones'],
  ])('%s', (sentence, title) => {
    expect(eventsOf(sentence)).toEqual([['2024-02-19', 'military-action', title]]);
  });

  it('credits no one with rockets nobody is named firing', () => {
    expect(
      eventsOf('On Monday Gillerman said the draft ignored the rockets fired daily at Sderot.'),
    ).not.toContainEqual(expect.arrayContaining(['military-action']));
  });
});

describe('a name the tagger ends with an adjective', () => {
  it('is the subject of the verb after it, not a noun the verb modifies', () => {
    expect(
      eventsOf('On Monday the Israeli military struck targets in Gaza.').map(([, type]) => type),
    ).toEqual(['military-action']);
  });
});
