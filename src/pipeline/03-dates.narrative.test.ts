// Narrative expressions count from the last date the text named, not from publication; news
// expressions around them keep counting from publication.
import { describe, expect, it } from 'vitest';
import { expectMention, findIn, type Expected } from './dates/expect-mention.ts';

type Row = readonly [text: string, published: string, expression: string, expected: Expected];

const fromText = (date: string, endDate?: string): Expected => ({
  date,
  ...(endDate ? { endDate } : {}),
  anchoredTo: 'previous-date',
});

const NARRATIVE: readonly Row[] = [
  [
    // A year of history between the day told and the count is no day to count from.
    'Crowds gathered on Tuesday to mark the war that surrounded Israel’s creation in 1948. The day before, the council had met.',
    '2018-05-16',
    'The day before',
    fromText('2018-05-14'),
  ],
  [
    'The talks opened in Geneva on 12 May 2015. Two days later the envoy walked out.',
    '2015-06-01',
    'Two days later',
    fromText('2015-05-14'),
  ],
  [
    'The council voted on Dec. 31, 2016. The next day, Israel recalled two ambassadors.',
    '2017-01-10',
    'The next day',
    fromText('2017-01-01'),
  ],
  [
    'The prime minister landed in Washington on March 3, 2015. The previous evening he had met donors.',
    '2015-03-05',
    'The previous evening',
    fromText('2015-03-02'),
  ],
  [
    'The Assembly voted on Nov. 29, 2012. That evening crowds filled the squares of Ramallah.',
    '2012-12-03',
    'That evening',
    fromText('2012-11-29'),
  ],
  [
    'The envoy arrived on 14 August 2019 and left the same day.',
    '2019-09-01',
    'the same day',
    fromText('2019-08-14'),
  ],
  [
    'Talks broke down on Wednesday, June 3, 2009. The following Saturday, the envoy returned to Cairo.',
    '2009-06-20',
    'The following Saturday',
    fromText('2009-06-06'),
  ],
  [
    'The ministers met on June 3, 2009. They had spoken by phone the previous Monday.',
    '2009-06-20',
    'the previous Monday',
    fromText('2009-06-01'),
  ],
  [
    'The council met on 10 July 2014. A week earlier, the draft had been circulated.',
    '2014-08-01',
    'A week earlier',
    fromText('2014-07-03'),
  ],
  [
    'The plan was unveiled on 28 January 2020. Two weeks later the league rejected it.',
    '2020-03-01',
    'Two weeks later',
    fromText('2020-02-11'),
  ],
  [
    'The Assembly voted on 21 December 2017. Earlier in the day the premier had called it a house of lies.',
    '2017-12-22',
    'Earlier in the day',
    fromText('2017-12-21'),
  ],
  [
    'Fighting began on 8 July 2014. A truce was agreed the following month.',
    '2014-12-01',
    'the following month',
    fromText('2014-08'),
  ],
  [
    'The court gave its opinion on 9 July 2004. A year later the wall was still being built.',
    '2006-01-01',
    'A year later',
    fromText('2005'),
  ],
  [
    'The envoy arrived on Wednesday, June 3, 2009. Later that week he met the king.',
    '2009-06-20',
    'Later that week',
    fromText('2009-06-01', '2009-06-07'),
  ],
  [
    'The resolution was adopted on Dec. 30, 2016. The following week, the envoy flew home.',
    '2017-01-20',
    'The following week',
    fromText('2017-01-02', '2017-01-08'),
  ],
];

describe('findDates: narrative expressions from the last date named', () => {
  it.each(NARRATIVE)('%s (published %s) → %s', (text, published, expression, expected) => {
    expectMention(text, published, expression, expected);
  });

  it('moves the reference as the text names dates', () => {
    // Published Thursday 2020-03-05: "On Monday" is 03-02 from publication; the rest follow it.
    const text = 'On Monday the envoy arrived. Two days later he met Abbas. The next day he flew home.';
    expect(findIn(text, '2020-03-05').map((m) => [m.text, m.date, m.anchoredTo])).toEqual([
      ['On Monday', '2020-03-02', 'publication'],
      ['Two days later', '2020-03-04', 'previous-date'],
      ['The next day', '2020-03-05', 'previous-date'],
    ]);
  });

  it('counts a past happening from the last date not still to come', () => {
    // Published Monday 2006-01-30: the conference on Tuesday is ahead; the ministers met on Monday.
    const text =
      'The envoys met on Monday. The conference will open on Tuesday. Earlier in the day, the ministers met.';
    expectMention(text, '2006-01-30', 'Earlier in the day', fromText('2006-01-30'));
    // A coming day still anchors what is still to come.
    const ahead = 'The conference will open on Tuesday. The next day, the ministers will meet.';
    expectMention(ahead, '2006-01-30', 'The next day', fromText('2006-02-01'));
  });

  it('counts from publication when the text has named no date yet', () => {
    expectMention('The next day, the envoy left.', '2020-03-05', 'The next day', {
      date: '2020-03-06',
      anchoredTo: 'publication',
    });
  });

  it('skips background years and deadlines as references', () => {
    const text =
      'Israel has held the land since 1967. The envoy arrived on 2 May 2018 and must report by the end of the year. He left the next day.';
    expectMention(text, '2018-06-01', 'the next day', fromText('2018-05-03'));
  });

  it.each([
    'The vote came three days after Russia vetoed the text.',
    'The envoy left the day after the vote.',
    'A week before the summit, the talks stalled.',
  ])('leaves "%s" to the event stage (counted from a happening, not a date)', (sentence) => {
    expect(findIn(sentence, '2020-03-05').map((m) => m.text)).toEqual([]);
  });
});
