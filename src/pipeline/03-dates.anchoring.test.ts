// News-style anchoring on the publication day (weekday equal to it, year boundaries), yearless
// dates by tense and distance, live-blog timestamps and background years.
import { describe, expect, it } from 'vitest';
import { expectMention, findIn, type Expected } from './dates/expect-mention.ts';

type Row = readonly [text: string, published: string, expression: string, expected: Expected];

const MON = '2024-03-25';

const PUBLICATION_DAY: readonly Row[] = [
  ['The council adopted the resolution on Monday.', MON, 'on Monday', { date: MON, tense: 'past' }],
  ['The council will vote on Monday.', MON, 'on Monday', { date: MON, tense: 'future' }],
  ['The council is due to vote on Monday evening.', MON, 'on Monday evening', { date: MON }],
  ['Ministers met on Sunday.', MON, 'on Sunday', { date: '2024-03-24' }],
  ['Ministers will meet on Sunday.', MON, 'on Sunday', { date: '2024-03-31' }],
  ['A session could be held as early as Friday.', MON, 'Friday', { date: '2024-03-29', tense: 'future' }],
  ['Abbas declared a general strike for Friday.', MON, 'Friday', { date: '2024-03-29', tense: 'future' }],
  [
    'Abbas is expected back in Ramallah on Sunday.',
    MON,
    'on Sunday',
    { date: '2024-03-31', tense: 'future' },
  ],
  [
    'Trump said on Wednesday that the US would save money; on Sunday, Haley had written to envoys.',
    MON,
    'on Sunday',
    { date: '2024-03-24', tense: 'past' },
  ],
  [
    'Officials would not say whether payments due later in the year would be made.',
    MON,
    'later in the year',
    { date: '2024' },
  ],
  ['The talks collapsed last Monday.', MON, 'last Monday', { date: '2024-03-18' }],
  ['Talks resume next Monday.', MON, 'next Monday', { date: '2024-04-01' }],
  // Wednesday 2003-10-22: "Tuesday of last week" is in the week before, not yesterday.
  [
    'On Tuesday of last week, the US vetoed the draft.',
    '2003-10-22',
    'On Tuesday of last week',
    { date: '2003-10-14' },
  ],
  [
    'The envoy returns on Friday of next week.',
    '2003-10-22',
    'on Friday of next week',
    { date: '2003-10-31' },
  ],
  // "and" inside a noun phrase does not cut the date off from its verb: a closing "says" is
  // nearer, but "will meet" is the verb between the same commas.
  [
    'Trump will meet leaders of Arab and Muslim-majority states on Tuesday, the White House says, to discuss Gaza.',
    MON,
    'on Tuesday',
    { date: '2024-03-26', tense: 'future' },
  ],
  [
    'Envoys of Britain and France arrived on Sunday, the ministry says.',
    MON,
    'on Sunday',
    { date: '2024-03-24', tense: 'past' },
  ],
  // Saturday 2016-12-31: the week and the year end together.
  ['The envoy arrived on Friday.', '2016-12-31', 'on Friday', { date: '2016-12-30' }],
  ['The envoy will leave on Monday.', '2016-12-31', 'on Monday', { date: '2017-01-02' }],
  // Monday 2021-01-04: the week before is in the old year.
  ['The cabinet met on Thursday.', '2021-01-04', 'on Thursday', { date: '2020-12-31' }],
];

const YEARLESS: readonly Row[] = [
  [
    'Trump, who takes office on January 20, wrote on Twitter that things would change.',
    '2016-12-24',
    'January 20',
    { date: '2017-01-20', tense: 'future' },
  ],
  ['Trump will take office on Jan. 20.', '2016-12-24', 'Jan. 20', { date: '2017-01-20', tense: 'future' }],
  ['The envoy visited Gaza on Dec. 28.', '2021-01-04', 'Dec. 28', { date: '2020-12-28', tense: 'past' }],
  ['The envoy is expected to visit Gaza on Dec. 28.', '2021-01-04', 'Dec. 28', { date: '2021-12-28' }],
  ['On 13 July the envoy met the king.', '2015-07-20', 'On 13 July', { date: '2015-07-13' }],
  ['The committee meets again on 13 July.', '2015-07-10', 'on 13 July', { date: '2015-07-13' }],
  ['The ceasefire was extended until March.', '2023-12-10', 'March', { date: '2024-03' }],
  ['The mandate runs until March.', '2024-02-10', 'March', { date: '2024-03' }],
  ['The talks began in March.', '2024-02-10', 'March', { date: '2023-03' }],
  ['The court will rule in January.', '2023-11-20', 'January', { date: '2024-01' }],
  // A weekday written beside the day picks the year in which they agree.
  [
    'The council, which called for calm in November 2012, met on Sunday 20 July.',
    '2014-07-26',
    'on Sunday 20 July',
    { date: '2014-07-20' },
  ],
  // A paragraph about another year lends that year to the yearless dates that follow in it.
  [
    'In November 2012 the Assembly upgraded Palestine. On Nov. 29 the vote passed 138 to 9.',
    '2024-05-10',
    'Nov. 29',
    { date: '2012-11-29', anchoredTo: 'previous-date' },
  ],
  [
    'The Council adopted Resolution 2334 on Dec. 23, 2016. Israel recalled envoys on Dec. 25.',
    '2023-10-01',
    'Dec. 25',
    { date: '2016-12-25', anchoredTo: 'previous-date' },
  ],
  [
    'The Council adopted Resolution 2334 in December 2016.\nThe envoy visited Gaza on Dec. 28.',
    '2021-01-04',
    'Dec. 28',
    { date: '2020-12-28', anchoredTo: 'publication' },
  ],
];

describe('findDates: news-style expressions from the publication day', () => {
  it.each(PUBLICATION_DAY)('%s (published %s) → %s', (text, published, expression, expected) => {
    expectMention(text, published, expression, { ...expected, anchoredTo: 'publication' });
  });
});

describe('findDates: yearless dates by tense and distance', () => {
  it.each(YEARLESS)('%s (published %s) → %s', (text, published, expression, expected) => {
    expectMention(text, published, expression, expected);
  });
});

describe('findDates: live-blog timestamps', () => {
  it('dates each entry opening on a time to the publication day', () => {
    const text = [
      'Live: Security Council votes on Gaza draft',
      '14:32 GMT: The United States vetoed the draft.',
      '2:05 p.m. ET The council will meet again on Thursday.',
      '1:40 p.m. ET / 18:40 GMT',
      'The vote took place at 3 p.m. local time.',
    ].join('\n');
    const mentions = findIn(text, '2024-02-20');
    expect(mentions.map((m) => [m.text, m.date, m.anchoredTo])).toEqual([
      ['14:32 GMT', '2024-02-20', 'blog-day'],
      ['2:05 p.m. ET', '2024-02-20', 'blog-day'],
      ['on Thursday', '2024-02-22', 'publication'],
      ['1:40 p.m. ET', '2024-02-20', 'blog-day'],
    ]);
  });

  it('dates entries to the day the last blog heading names', () => {
    const text = [
      'Tuesday, 20 February',
      '09:10 GMT The council met behind closed doors.',
      'Monday, 19 February',
      '18.45 GMT The draft was put in blue.',
    ].join('\n');
    const stamps = findIn(text, '2024-02-20').filter((m) => m.anchoredTo === 'blog-day');
    expect(stamps.map((m) => [m.text, m.date])).toEqual([
      ['09:10 GMT', '2024-02-20'],
      ['18.45 GMT', '2024-02-19'],
    ]);
  });

  it.each(['12.50 percent of the aid was cut.', 'At 14:32 GMT the council met.'])(
    'reads no timestamp in "%s"',
    (sentence) => {
      expect(findIn(sentence, '2024-02-20').filter((m) => m.anchoredTo === 'blog-day')).toEqual([]);
    },
  );
});

const BACKGROUND: readonly (readonly [sentence: string, expression: string, background: boolean])[] = [
  ['Israel has occupied the West Bank since 1967.', 'since 1967', true],
  ['Relations have been strained since June 2007.', 'June 2007', true],
  ['Settlement building grew fast in the 1990s.', 'the 1990s', true],
  ['The barrier has stood since the early 2000s.', 'the early 2000s', true],
  ['Borders that existed before 1967 are the basis.', 'before 1967', true],
  ['The population there is larger in 2020.', 'in 2020', true],
  ['In 2012 the Assembly voted to upgrade Palestine.', 'In 2012', false],
  ['Israel captured East Jerusalem in 1967.', 'in 1967', false],
  ['The envoy will return in 2026 to open talks.', 'in 2026', false],
  ['The road map set out a path to a state by 2005.', 'by 2005', true],
  ['A report is due in the second half of November.', 'November', false],
  ['The talks use the lines of June 4, 1967, as a basis.', 'June 4, 1967', true],
  ['The council urged a return to the November 2012 ceasefire.', 'November 2012', true],
  ['The council met in March 2011.', 'March 2011', false],
];

describe('findDates: background years', () => {
  it.each(BACKGROUND)('%s → %s background %s', (sentence, expression, background) => {
    const mention = findIn(sentence, '2025-06-01').find((m) => m.text === expression);
    expect(mention, JSON.stringify(findIn(sentence, '2025-06-01'))).toBeDefined();
    expect(mention?.background ?? false).toBe(background);
  });

  it('reads no date in a year used as a name', () => {
    expect(findIn('The 1993 Oslo Accords created the authority.', '2025-06-01')).toEqual([]);
  });
});
