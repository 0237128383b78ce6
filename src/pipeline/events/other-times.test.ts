// A happening told in a clause or phrase of another time never takes the main clause's date, nor
// lends it its actors: "Days after the United States vetoed a text, the Assembly met on Tuesday"
// dates no veto on Tuesday and gives the meeting to no one; "its third veto since the war began
// on Oct. 7" dates nothing on Oct. 7. Invented sentences, read whole through processArticle.
import { describe, expect, it } from 'vitest';
import { summarizeEvents } from './summarize-events.ts';

const eventsOf = summarizeEvents;

describe('a clause or phrase of another time keeps its happening from the main clause’s date', () => {
  it.each([
    'Days after the United States vetoed a similar text, the Assembly met on Tuesday.',
    'The US vetoed the resolution, its third veto since the war began on Oct. 7.',
    'The United States has vetoed 40 resolutions since 1972.',
    'Abbas and Netanyahu have not met since 2010.',
    // A date inside what a closing attribution reports dates the report, not the saying.
    'The EU is the largest donor and gave the Authority 500 million euros last year, diplomats said.',
    'Aid to Israel rose sharply last year, the agency said.',
  ])('%s', (sentence) => {
    expect(eventsOf(sentence)).toEqual([]);
  });
});

describe('while the main clause keeps its own happening, date and actors', () => {
  it.each([
    [
      'Kerry, on his first visit since taking office in February, met Abbas on Tuesday.',
      '2024-02-20 meeting john-kerry',
    ],
    ['After meeting Abbas on Tuesday, Kerry flew to Amman.', '2024-02-20 meeting john-kerry'],
    [
      'Since the United States vetoed the text on Tuesday, the Palestinians have turned to the Assembly.',
      '2024-02-20 veto united-states',
    ],
    ['When it was put to a vote on Tuesday, the United States vetoed it.', '2024-02-20 veto united-states'],
  ])('%s', (sentence, event) => {
    expect(eventsOf(sentence)).toEqual([event]);
  });

  it('lends its date across a relative clause to the verb joined after it', () => {
    expect(
      eventsOf('Kerry landed in Cairo on Tuesday, where he was greeted by officials, and met Abbas.'),
    ).toEqual(['2024-02-20 meeting john-kerry']);
  });
});

describe('a happening told as hours from another is on its day; a count of days gives none', () => {
  it.each([
    [
      'The Security Council adopted the resolution on Tuesday, hours after Israeli troops entered the hospital.',
      ['2024-02-20 resolution-adopted un-security-council', '2024-02-20 military-action israel'],
    ],
    [
      'The Security Council adopted the resolution on Tuesday. The vote came hours after Israeli troops entered the hospital.',
      ['2024-02-20 resolution-adopted un-security-council', '2024-02-20 military-action israel'],
    ],
    [
      'Kerry met Abbas on Tuesday, two days after Netanyahu rejected the plan.',
      ['2024-02-20 meeting john-kerry'],
    ],
  ])('%s', (text, events) => {
    expect(eventsOf(text)).toEqual(events);
  });
});

describe('a clause after a semicolon with a subject and verb of its own keeps its date to itself', () => {
  it.each([
    // "resumed" names no happening the rules read; it still dates its own clause, not the agreeing.
    ['In October 2003 Iran agreed to suspend enrichment; it resumed in 2006.', ['2003-10 decision iran']],
    // A clause with no verb of its own shares the earlier clause's.
    [
      'Kerry met Abbas on Monday, and again on Tuesday.',
      ['2024-02-19 meeting john-kerry', '2024-02-20 meeting john-kerry'],
    ],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});
