// How the event stage uses what the dates stage says about a mention: a background year dates
// nothing, and a live-blog entry's sentences without a date of their own take the entry's day.
import { describe, expect, it } from 'vitest';
import { processArticle } from './process-article.ts';

const article = (text: string, published: string) =>
  processArticle({ file: 't.txt', text, published, outlet: null, url: null, title: null });

describe('event dates from the dates stage', () => {
  it('dates a live-blog entry sentence by the entry, not by the entry above it', () => {
    const text = [
      'Live: Security Council votes on Gaza',
      '',
      '16:40 GMT',
      '',
      'The United States vetoed the draft resolution, its envoy said.',
      '',
      '09:15 GMT',
      '',
      'Diplomats said the vote was delayed by a day.',
    ].join('\n');
    const { events } = article(text, '2023-12-08');
    const veto = events.find((e) => e.type === 'veto');
    expect(veto?.date).toBe('2023-12-08');
  });

  it('gives a background year no event', () => {
    const text = 'Talks\n\nThe plan was based on the lines of 1967, which Israel rejected.';
    const { events } = article(text, '2020-02-12');
    expect(events.filter((e) => e.date.startsWith('1967'))).toEqual([]);
  });

  // "Last week" says a day of the week, not which: the event is the month's, not a day's.
  it.each([
    ['Russia circulated a rival draft last week.', '2025-11-17', '2025-11'],
    // Wednesday 4 June 2025: last week ran from 26 May to 1 June, most of it in May.
    ['Russia circulated a rival draft last week.', '2025-06-04', '2025-05'],
    ['The General Assembly is expected to vote on the text next week.', '2025-06-05', '2025-06'],
  ])('%s (published %s) is dated %s at month precision', (sentence, published, month) => {
    const { events } = article(`Diplomacy\n\n${sentence}`, published);
    expect(events.map((e) => [e.date, e.precision, e.endDate])).toEqual([[month, 'month', undefined]]);
  });

  it('keeps the days of a range the happening filled', () => {
    const { events } = article('Talks\n\nKerry met Abbas from Monday to Wednesday.', '2025-06-06');
    expect(events.map((e) => [e.date, e.precision, e.endDate])).toEqual([
      ['2025-06-02', 'day', '2025-06-04'],
    ]);
  });

  it('dates a clause pointing at the vote by the vote, beside another clause with its own date', () => {
    const text = [
      'Veto',
      '',
      'On Wednesday the United States vetoed the draft. Algeria’s envoy, Amar Bendjama, said after the vote that the council had failed Gaza, and the sponsors said the General Assembly would vote on a similar text next week.',
    ].join('\n');
    const { events } = article(text, '2025-06-05');
    const said = events.find((e) => e.type === 'statement');
    expect(said?.date).toBe('2025-06-04');
    expect(events.find((e) => e.type === 'vote')?.date).toBe('2025-06');
  });
});
