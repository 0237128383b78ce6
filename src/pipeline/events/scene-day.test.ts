// An opening that sets the day being told without a happening of its own ("It was past midnight
// on Tuesday when the ambassadors filed in") dates the undated happenings told next, as a reader
// dates them. A day named later only as an aside does not, and neither does a background date.
// Invented sentences, read whole through processArticle (published Wednesday 2024-02-21).
import { describe, expect, it } from 'vitest';
import { summarizeEvents } from './summarize-events.ts';

const eventsOf = summarizeEvents;

describe('an opening scene dates the happenings told after it', () => {
  it.each([
    [
      [
        'UNITED NATIONS — It was past midnight on Tuesday when the ambassadors finally filed into the chamber.',
        'Britain abstained, and the United States voted against the text.',
      ],
      ['2024-02-20 abstention united-kingdom', '2024-02-20 vote united-states'],
    ],
    [
      [
        'The lights in the General Assembly hall were still on late yesterday as delegates waited for the tally.',
        'In the end Canada abstained.',
      ],
      ['2024-02-20 abstention canada'],
    ],
  ])('%j', (paragraphs, events) => {
    expect(eventsOf(paragraphs)).toEqual(events);
  });
});

describe('but a background date or a later aside sets no scene', () => {
  it.each([
    [
      'The war that began on Oct. 7 has reshaped the region’s diplomacy.',
      'The United States vetoed a draft resolution.',
    ],
    [
      'Nothing much had changed since Tuesday at the council.',
      'The United States vetoed a draft resolution.',
    ],
    ['The vote is expected on Friday.', 'Britain abstained.'],
  ])('%s / %s', (...paragraphs) => {
    expect(eventsOf(paragraphs)).toEqual([]);
  });

  it('an undated happening after an aside keeps the day of the last happening', () => {
    expect(
      eventsOf([
        'The United States on Tuesday vetoed a resolution on Gaza.',
        'A rival draft had failed on Monday after it won only five votes. Britain abstained.',
      ]),
    ).toContain('2024-02-20 abstention united-kingdom');
  });
});

describe('a passive whose subject is "it" reports what was done to the text named before', () => {
  it.each([
    [
      [
        'The Security Council took up the ceasefire resolution on Tuesday. It was adopted by 13 votes to none, with Russia abstaining.',
      ],
      '2024-02-20 resolution-adopted un-security-council',
    ],
    [
      ['It has been approved by the General Assembly on Tuesday.'],
      '2024-02-20 resolution-adopted un-general-assembly',
    ],
  ])('%j', (paragraphs, event) => {
    expect(eventsOf(paragraphs)).toContain(event);
  });
});
