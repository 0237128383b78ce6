// Weeks, months, years, explicit and same-day expressions: input sentence + publication day →
// expected partial date, range end, tense and kind.
import { describe, expect, it } from 'vitest';
import { findDates } from './03-dates.ts';
import { expectMention, findIn, type Expected } from './dates/expect-mention.ts';

type Row = readonly [sentence: string, published: string, expression: string, expected: Expected];

// 2020-03-05 is a Thursday: its ISO week runs Monday 03-02 .. Sunday 03-08.
const WEEKS: readonly Row[] = [
  [
    'The envoy toured the region last week.',
    '2020-03-05',
    'last week',
    { date: '2020-02-24', endDate: '2020-03-01' },
  ],
  [
    'Two weeks ago the talks stalled.',
    '2020-03-05',
    'Two weeks ago',
    { date: '2020-02-17', endDate: '2020-02-23' },
  ],
  [
    'The mediators gave up three weeks ago.',
    '2020-03-05',
    'three weeks ago',
    { date: '2020-02-10', endDate: '2020-02-16' },
  ],
  [
    'A cabinet reshuffle was announced earlier this week.',
    '2020-03-05',
    'earlier this week',
    { date: '2020-03-02', endDate: '2020-03-04' },
  ],
  [
    'The envoy arrives later this week.',
    '2020-03-05',
    'later this week',
    { date: '2020-03-06', endDate: '2020-03-08', tense: 'future' },
  ],
  [
    'The draft will be put to a vote next week.',
    '2020-03-05',
    'next week',
    { date: '2020-03-09', endDate: '2020-03-15', tense: 'future' },
  ],
  ['Talks resumed three days ago.', '2020-03-05', 'three days ago', { date: '2020-03-02', kind: 'relative' }],
];

const MONTHS: readonly Row[] = [
  [
    'The council condemned the raid last month.',
    '2020-01-10',
    'last month',
    { date: '2019-12', kind: 'relative' },
  ],
  ['The talks began in late November.', '2020-03-05', 'late November', { date: '2019-11', kind: 'absolute' }],
  ['The envoy first visited in early March.', '2020-03-05', 'early March', { date: '2020-03' }],
  ['Fighting flared in mid-December.', '2020-03-05', 'mid-December', { date: '2019-12' }],
  ['The negotiations resumed in late July.', '2020-03-05', 'late July', { date: '2019-07' }],
  [
    'Elections will be held in early April.',
    '2020-05-10',
    'early April',
    { date: '2021-04', tense: 'future' },
  ],
  ['The ministers met in March.', '2020-01-10', 'March', { date: '2019-03', tense: 'past' }],
  ['The ministers will meet again in March.', '2020-05-10', 'March', { date: '2021-03', tense: 'future' }],
  ['The ministers met in March 2012.', '2020-01-10', 'March 2012', { date: '2012-03' }],
  ['Parliament will sit in September 2010 as planned.', '2020-01-10', 'September 2010', { date: '2010-09' }],
];

const YEARS_AND_DEADLINES: readonly Row[] = [
  ['Relations soured last year.', '2020-03-05', 'last year', { date: '2019', kind: 'relative' }],
  ['The embassy opens next year.', '2020-03-05', 'next year', { date: '2021', tense: 'future' }],
  ['Israel has held the area since 1967.', '2020-03-05', 'since 1967', { date: '1967', kind: 'absolute' }],
  [
    'The parties want an accord by the end of the year.',
    '2020-03-05',
    'by the end of the year',
    { date: '2020-12', tense: 'future', kind: 'deadline' },
  ],
  [
    'The motion named June 2022 as a deadline for a deal.',
    '2020-03-05',
    'June 2022',
    { date: '2022-06', tense: 'future', kind: 'deadline' },
  ],
  ['The envoy will report back by Friday.', '2020-03-05', 'Friday', { date: '2020-03-06', kind: 'deadline' }],
];

const EXPLICIT: readonly Row[] = [
  [
    'The resolution was adopted on January 15.',
    '2020-01-10',
    'January 15',
    { date: '2019-01-15', tense: 'past' },
  ],
  [
    'The vote is scheduled for January 15.',
    '2020-01-10',
    'January 15',
    { date: '2020-01-15', tense: 'future' },
  ],
  ['The vote is scheduled for March 5.', '2020-03-05', 'March 5', { date: '2020-03-05', tense: 'future' }],
  [
    'A conference will open on January 8.',
    '2019-12-20',
    'January 8',
    { date: '2020-01-08', tense: 'future' },
  ],
  ['The envoy resigned on December 6.', '2020-01-10', 'December 6', { date: '2019-12-06', kind: 'absolute' }],
  [
    'The talks will be held on January 15, 2017, in Paris.',
    '2020-01-10',
    'January 15, 2017',
    { date: '2017-01-15' },
  ],
  [
    'The treaty was signed on 15 January 2017 in Rome.',
    '2020-01-10',
    'on 15 January 2017',
    { date: '2017-01-15' },
  ],
  ['Filed 2021-05-19 by the desk.', '2021-06-01', '2021-05-19', { date: '2021-05-19' }],
];

const WITH_WEEKDAY: readonly Row[] = [
  // 2020-03-10 is a Tuesday, 2019-03-10 a Sunday: the weekday decides the year, not the tense.
  ['The vote was moved to Tuesday, March 10.', '2020-03-05', 'Tuesday, March 10', { date: '2020-03-10' }],
  [
    'The vote is set for Tuesday, March 10.',
    '2020-03-05',
    'Tuesday, March 10',
    { tense: 'future', date: '2020-03-10' },
  ],
];

const SAME_DAY: readonly Row[] = [
  ['The council meets today.', '2020-03-05', 'today', { date: '2020-03-05', kind: 'relative' }],
  ['The minister resigned yesterday.', '2020-03-05', 'yesterday', { date: '2020-03-04' }],
  ['A statement is expected later today.', '2020-03-05', 'later today', { date: '2020-03-05' }],
  ['The envoy will speak tonight.', '2020-03-05', 'tonight', { date: '2020-03-05', tense: 'future' }],
  ['Talks resume tomorrow.', '2020-03-05', 'tomorrow', { date: '2020-03-06', tense: 'future' }],
];

// A year said after a yearless date is that date's, and the edge of a period names its month.
const QUALIFIED: readonly Row[] = [
  [
    'The United States vetoed the draft on 7 October last year.',
    '2024-02-21',
    'on 7 October last year',
    { date: '2023-10-07' },
  ],
  ['Russia vetoed it on Oct. 7 last year.', '2024-12-21', 'Oct. 7 last year', { date: '2023-10-07' }],
  ['Kerry will return in March next year.', '2024-12-21', 'March next year', { date: '2025-03' }],
  ['Kerry met Abbas at the end of last year.', '2024-02-21', 'end of last year', { date: '2023-12' }],
  // The edge of a period before a new phrase is a time, not a dated name ("the 2012 ceasefire").
  [
    'At the end of last year the US vetoed a resolution.',
    '2024-02-21',
    'end of last year',
    { date: '2023-12', background: false },
  ],
  // A count after the date is no part of it.
  [
    'The US vetoed a resolution on Oct. 18, 11 days after the attack.',
    '2024-02-21',
    'Oct. 18',
    { date: '2023-10-18' },
  ],
  ['Biden paused the shipment in early May.', '2024-12-21', 'early May', { date: '2024-05' }],
  ['By mid-May the pier was in place.', '2024-12-21', 'mid-May', { date: '2024-05' }],
];

describe.each([
  ['qualified dates', QUALIFIED],
  ['weeks as Monday..Sunday ranges', WEEKS],
  ['months', MONTHS],
  ['years and deadlines', YEARS_AND_DEADLINES],
  ['explicit dates', EXPLICIT],
  ['explicit dates with a weekday', WITH_WEEKDAY],
  ['same-day words', SAME_DAY],
])('findDates: %s', (_name, rows) => {
  it.each(rows)('%s (published %s) → %s', (sentence, published, expression, expected) => {
    expectMention(sentence, published, expression, expected);
  });
});

describe('findDates: a year said after a date', () => {
  it('is one date, not a second one for the year', () => {
    const text = 'The United States vetoed the draft on 7 October last year.';
    const sentence = { index: 0, start: 0, end: text.length, text, paragraphIndex: 0 };
    expect(findDates(text, [sentence], '2024-02-21').map((d) => d.date)).toEqual(['2023-10-07']);
  });

  it.each([
    [
      'The council met on March 25, 2022, and on June 10 that year it adopted a text.',
      ['2022-03-25', '2022-06-10'],
    ],
    ['Talks began in 2019. In June that year, the plan was unveiled.', ['2019', '2019-06']],
  ])('"that year" after a day or month is that date’s year: %s', (text, dates) => {
    expect(findIn(text, '2025-06-05').map((d) => d.date)).toEqual(dates);
  });
});
