// Durations, counts and words that chrono (or a naive reader) takes for dates.
import { describe, expect, it } from 'vitest';
import { findIn } from './dates/expect-mention.ts';

const NOT_DATES: readonly string[] = [
  'The envoys talked for four hours.',
  'Israel must withdraw within two years, the draft says.',
  'They rejected a deadline of two years.',
  'The plan sets a two-year timetable for a pullout.',
  'Pulling out now would be a mistake.',
  'He may return in a week or so.',
  'The minister will stay for a few hours.',
  'The council freed 104 prisoners.',
  'The EU gives $407.7 million in aid each year to the authority.',
  'The 15-member council and the 193-member assembly disagree.',
  'It was a one-day session.',
  'After a three-hour meeting, they left.',
  'Thousands march in Paris.',
  'The talks may resume.',
  'The vote took place at 3 p.m. local time.',
  'Violence has risen over the past week.',
  'Resolution 2334 condemned building beyond the 1967 lines.',
  'The resolution, formally ES-10/13, demands a halt.',
  'The text was adopted after a day of closed-door bargaining.',
  'Ministers from 28 countries sat down to discuss the plan.',
  'Sign up for our newsletter - the day’s essential news, every weekday morning.',
];

describe('findDates: rejects durations and non-dates', () => {
  it.each(NOT_DATES)('%s', (sentence) => {
    expect(findIn(sentence, '2020-03-05').map((m) => m.text)).toEqual([]);
  });

  it('keeps the date and drops the duration in one sentence', () => {
    const mentions = findIn('On Monday the ministers met for four hours.', '2020-03-05');
    expect(mentions.map((m) => [m.text, m.date])).toEqual([['On Monday', '2020-03-02']]);
  });
});

describe('findDates: a tally after a weekday is no day of the month', () => {
  it.each([
    ['The cabinet approved the deal on Saturday, 24 to 8.', 'on Saturday', '2020-02-29'],
    ['The council adopted the text on Monday, 14 to 0, with one abstention.', 'on Monday', '2020-03-02'],
    ['The Assembly voted on Monday, 128 to 9.', 'on Monday', '2020-03-02'],
    ['The council adopted the text on Monday, 13 votes in favour.', 'on Monday', '2020-03-02'],
  ])('%s → %s', (sentence, text, date) => {
    expect(findIn(sentence, '2020-03-05').map((m) => [m.text, m.date])).toEqual([[text, date]]);
  });

  it('a month after the number still makes it a date', () => {
    const mentions = findIn('The ministers met on Saturday, 29 February.', '2020-03-05');
    expect(mentions.map((m) => m.date)).toEqual(['2020-02-29']);
  });
});
