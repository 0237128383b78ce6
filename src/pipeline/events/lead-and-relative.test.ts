// Two readings of sentence structure: a date in a verbless phrase leading the sentence dates the
// main clause after it, whatever other phrase stands between ("On Oct. 18, eleven days after the
// attack, the US vetoed…"), and a relative clause's "which" or "who" is the name just before it
// ("…to the General Assembly, which voted on Tuesday"), and a word of speech whose object is the
// relative pronoun before it ("which it called Operation Cast Lead") only names a thing.
// A clause whose subject is an unnamed plural ("diplomats said") takes no agent from before.
// Invented sentences, read whole.
import { describe, expect, it } from 'vitest';
import { summarizeEvents } from './summarize-events.ts';
import { processArticle } from '../process-article.ts';
import { toInventedArticle } from './invented-article.ts';

const eventsOf = summarizeEvents;

describe('a date leading the sentence dates its main clause, not the phrase between', () => {
  it.each([
    [
      'On January 9, eleven days after the Hamas raid on southern Israel, the United States vetoed a draft.',
      '2024-01-09 veto united-states',
    ],
    [
      'On Tuesday, two days after the vote in the council, Netanyahu rejected the plan.',
      '2024-02-20 rejection benjamin-netanyahu',
    ],
    ['On Tuesday, hours before the session, Egypt circulated a draft resolution.', '2024-02-20 draft egypt'],
  ])('%s', (sentence, event) => {
    expect(eventsOf(sentence)).toEqual([event]);
  });
});

describe('a relative clause acts for the name right before it', () => {
  it.each([
    [
      'Abbas took the bid to the General Assembly, which voted on Tuesday to back it.',
      '2024-02-20 vote un-general-assembly',
    ],
    ['Kerry met Netanyahu, who rejected the plan on Tuesday.', '2024-02-20 rejection benjamin-netanyahu'],
  ])('%s', (sentence, event) => {
    expect(eventsOf(sentence)).toContain(event);
  });

  it('but a passive relative clause is done to that name', () => {
    expect(eventsOf('Palestine applied to UNESCO, which was admitted on Tuesday.').join()).not.toMatch(
      /unesco/,
    );
  });
});

describe('a thing named by a relative clause is no statement', () => {
  it.each([
    [
      'Israel began the operation, which it called Operation Cast Lead, on Tuesday with air strikes on Gaza.',
      ['2024-02-20 military-action israel'],
    ],
    ['Israel on Tuesday rejected what Erdan described as a one-sided text.', ['2024-02-20 rejection israel']],
    // "that" opening a complement is no relative pronoun: Netanyahu did speak.
    [
      'It was clear on Tuesday that Netanyahu told Biden he would not accept the text.',
      ['2024-02-20 statement benjamin-netanyahu'],
    ],
  ])('%s', (sentence, events) => {
    expect(eventsOf(sentence)).toEqual(events);
  });
});

describe('a clause told of unnamed people takes no agent from the sentences before', () => {
  it.each([
    [
      'The United States vetoed the text on Tuesday.',
      'In Gaza, organisers of the weekly protests have called for a general strike on Tuesday.',
    ],
    [
      'Kerry met Abbas on Tuesday.',
      'Arab diplomats said on Tuesday they would ask for an emergency session.',
    ],
    // A number written out is still a count of unnamed people.
    ['Kerry met Abbas on Tuesday.', 'One hundred and twenty-eight countries voted for the text on Tuesday.'],
  ])('%s / %s', (first, second) => {
    const events = processArticle(toInventedArticle([`${first} ${second}`])).events;
    expect(events.slice(1).flatMap((e) => e.agentIds)).toEqual([]);
  });
});

describe('who a vote is cast with, and who only a relative clause names', () => {
  it('names joined on by "together with" voted the same way', () => {
    expect(
      eventsOf(
        'The United States and Israel voted against on Tuesday, together with Austria, Hungary and Paraguay.',
      ),
    ).toEqual(['2024-02-20 vote united-states+israel+austria+hungary+paraguay']);
  });

  it('a name inside a relative clause does not do the main clause’s happening', () => {
    const events = processArticle(
      toInventedArticle([
        'The bid, which Washington strongly opposes, is expected to go to a vote in the General Assembly on Friday.',
      ]),
    ).events;
    expect(events.flatMap((e) => e.agentIds)).not.toContain('united-states');
  });

  it('"no air strikes" denies the strikes', () => {
    expect(eventsOf('The Israeli military said there were no Israeli air strikes on Tuesday.')).toEqual([
      '2024-02-20 statement israel-defense-forces',
    ]);
  });
});

describe('a "when" clause right after a date restates that time', () => {
  it('dates its happening', () => {
    expect(
      eventsOf(
        'The move followed a speech Trump gave on Tuesday, when he recognized Jerusalem as Israel’s capital.',
      ),
    ).toContainEqual(expect.stringMatching(/^2024-02-20 recognition donald-trump/));
  });
});
