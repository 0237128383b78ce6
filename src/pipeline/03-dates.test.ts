// Bare weekdays and the clause tense that points them back or forward.
// Published Thursday 2020-03-05 unless stated: the week runs Monday 03-02 .. Sunday 03-08.
import { describe, expect, it } from 'vitest';
import { expectMention, findIn, type Expected } from './dates/expect-mention.ts';

const THU = '2020-03-05';
type Row = readonly [sentence: string, expression: string, expected: Expected];

const past = (date: string): Expected => ({ date, tense: 'past', kind: 'weekday' });
const future = (date: string): Expected => ({ date, tense: 'future', kind: 'weekday' });

const WEEKDAYS: readonly Row[] = [
  ['The envoy met the foreign minister on Tuesday.', 'on Tuesday', past('2020-03-03')],
  ['The council voted on Thursday to extend the mission.', 'on Thursday', past('2020-03-05')],
  ['Negotiators had already left Geneva by Saturday.', 'Saturday', past('2020-02-29')],
  ['Talks in Vienna on Monday.', 'on Monday', past('2020-03-02')],
  ['The envoy will fly to Cairo on Tuesday.', 'on Tuesday', future('2020-03-10')],
  ['Ministers will vote late Thursday.', 'late Thursday', future('2020-03-05')],
  [
    'An aide said the two leaders would talk again on Saturday morning.',
    'on Saturday morning',
    future('2020-03-07'),
  ],
  ['The envoy said on Monday that he would return soon.', 'on Monday', past('2020-03-02')],
  ['The committee is due to report on Monday.', 'on Monday', future('2020-03-09')],
  ['The minister is expected to arrive in Amman on Sunday.', 'on Sunday', future('2020-03-08')],
  ['A summit slated for Friday could settle the dispute.', 'Friday', future('2020-03-06')],
  ['The assembly has scheduled a debate on Monday.', 'on Monday', future('2020-03-09')],
  ['Delegates prepared for the upcoming session on Wednesday.', 'on Wednesday', future('2020-03-11')],
  ['The envoy is set to visit Ramallah on Saturday.', 'on Saturday', future('2020-03-07')],
  ['The minister plans to travel to Paris on Monday.', 'on Monday', future('2020-03-09')],
  ['“We’ll meet again on Tuesday,” the envoy told reporters.', 'on Tuesday', future('2020-03-10')],
  [
    'The delegation was due to land in Rome on Saturday, before talks on Sunday.',
    'on Sunday',
    future('2020-03-08'),
  ],
  ['The talks collapsed last Thursday.', 'last Thursday', past('2020-02-27')],
  ['They meet again next Thursday.', 'next Thursday', future('2020-03-12')],
];

describe('findDates: bare weekdays', () => {
  it.each(WEEKDAYS)('%s → %s', (sentence, expression, expected) => {
    expectMention(sentence, THU, expression, expected);
  });

  it('reads "Friday\'s meeting" with the direction of another mention of Friday', () => {
    const text = 'The council will meet on Friday. Several envoys criticised Friday’s agenda.';
    expect(findIn(text, THU).map((m) => [m.text, m.date, m.tense])).toEqual([
      ['on Friday', '2020-03-06', 'future'],
      ['Friday', '2020-03-06', 'future'],
    ]);
  });

  it('turns "Monday to Wednesday" into a day range that counts forward', () => {
    expectMention('The envoy held talks from Monday to Wednesday.', THU, 'Monday to Wednesday', {
      date: '2020-03-02',
      endDate: '2020-03-04',
    });
  });
});

describe('findDates: offsets and sentences', () => {
  it('gives offsets into the original text and the index of the sentence', () => {
    const text = 'Kerry arrived in Rome.\n\nHe met the pope on Sunday and flew home.';
    const [mention, ...rest] = findIn(text, THU);
    expect(rest).toEqual([]);
    expect(mention).toMatchObject({ sentenceIndex: 1, text: 'on Sunday', date: '2020-03-01' });
    expect(text.slice(mention?.start, mention?.end)).toBe('on Sunday');
  });
});
