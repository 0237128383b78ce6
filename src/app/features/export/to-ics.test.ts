import { describe, expect, it } from 'vitest';
import type { DiplomaticEvent } from '../../../domain/dataset-schema.ts';
import { escapeIcsText, foldIcsLine, getNextDay, toIcsTimestamp } from './ics-text.ts';
import { toIcs } from './to-ics.ts';
import { actorsById, articlesById, makeEvent } from './test-fixtures.ts';

const ics = (events: DiplomaticEvent[], generatedAt?: string) =>
  toIcs(events, actorsById, articlesById, generatedAt === undefined ? {} : { generatedAt });
/** Unfolds per RFC 5545 3.1 and splits into content lines. */
const contentLines = (text: string) => text.replace(/\r\n /g, '').split('\r\n').slice(0, -1);
const field = (text: string, name: string) =>
  contentLines(text).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));

describe('toIcs', () => {
  it('wraps VEVENTs in a VCALENDAR with CRLF line endings', () => {
    const text = ics([makeEvent('kerry-ban'), makeEvent('vote')], '2024-05-01T12:30:05.120Z');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = contentLines(text);
    expect(lines.slice(0, 3)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', expect.stringMatching(/^PRODID:/)]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(field(text, 'UID')).toEqual(['UID:kerry-ban@diplomacy-timeline', 'UID:vote@diplomacy-timeline']);
    expect(field(text, 'DTSTAMP')).toEqual(['DTSTAMP:20240501T123005Z', 'DTSTAMP:20240501T123005Z']);
  });

  it('is deterministic, stamping with the event date when no generatedAt is given', () => {
    const events = [makeEvent('a', { date: '2014-11' })];
    expect(ics(events)).toBe(ics(events));
    expect(field(ics(events), 'DTSTAMP')).toEqual(['DTSTAMP:20141101T000000Z']);
  });

  it.each([
    ['a day', { date: '2017-01-15' }, '20170115', '20170116'],
    ['the last day of a year', { date: '2016-12-31' }, '20161231', '20170101'],
    ['a month', { date: '2014-11' }, '20141101', '20141201'],
    ['February of a leap year', { date: '2016-02' }, '20160201', '20160301'],
    ['a year', { date: '2016' }, '20160101', '20170101'],
    ['a span', { date: '2016-12-26', endDate: '2017-01-01' }, '20161226', '20170102'],
  ])('spans %s as all-day dates with an exclusive end', (_, fields, start, end) => {
    const text = ics([makeEvent('e', fields)]);
    expect(field(text, 'DTSTART')).toEqual([`DTSTART;VALUE=DATE:${start}`]);
    expect(field(text, 'DTEND')).toEqual([`DTEND;VALUE=DATE:${end}`]);
  });

  it('escapes the summary, place and description, with the source sentence', () => {
    const text = ics([makeEvent('x', { title: 'Kerry; Ban, UN \\ talks', place: 'Paris, France' })]);
    expect(field(text, 'SUMMARY')).toEqual(['SUMMARY:Kerry\\; Ban\\, UN \\\\ talks']);
    expect(field(text, 'LOCATION')).toEqual(['LOCATION:Paris\\, France']);
    expect(field(text, 'DESCRIPTION')).toEqual([
      'DESCRIPTION:Type: Meeting\\nActors: John Kerry\\, Ban Ki-moon\\nReuters\\, "Kerry\\, Ban meet\\; ' +
        '"progress" made": Kerry met Ban in Paris on Sunday.',
    ]);
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const text = ics([makeEvent('x', { title: 'Résolution 2334 — '.repeat(12) })]);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(field(text, 'SUMMARY')[0]).toBe(`SUMMARY:${'Résolution 2334 — '.repeat(12)}`);
  });
});

describe('iCalendar text helpers', () => {
  it.each([
    ['a\\b; c, d\ne', 'a\\\\b\\; c\\, d\\ne'],
    ['crlf\r\nand cr\r', 'crlf\\nand cr\\n'],
    ['bell\u0007 tab\t', 'bell tab\t'],
  ])('escapeIcsText(%j) → %j', (input, expected) => expect(escapeIcsText(input)).toBe(expected));

  it('folds a 200-octet ASCII line into 75 + 75 + 52 (with leading spaces)', () => {
    const folded = foldIcsLine('x'.repeat(200)).split('\r\n');
    expect(folded.map((l) => l.length)).toEqual([75, 75, 52]);
    expect(folded[1]?.startsWith(' ')).toBe(true);
  });

  it('keeps multi-byte characters whole when folding', () => {
    const folded = foldIcsLine('é'.repeat(60)).split('\r\n');
    expect(folded.map((l) => new TextEncoder().encode(l).length)).toEqual([74, 47]);
    expect(folded.join('').replaceAll(' ', '')).toBe('é'.repeat(60));
  });

  it.each([
    ['2016-02-28', '2016-02-29'],
    ['2015-02-28', '2015-03-01'],
    ['2016-12-31', '2017-01-01'],
  ])('the day after %s is %s', (day, next) => expect(getNextDay(day)).toBe(next));

  it('reads ISO days and date-times as DTSTAMP and rejects the rest', () => {
    expect(toIcsTimestamp('2024-05-01')).toBe('20240501T000000Z');
    expect(() => toIcsTimestamp('yesterday')).toThrow(RangeError);
  });
});

describe('folding, ASCII and non-ASCII paths agree', () => {
  it.each([25, 26, 75, 76, 149, 150, 151, 300])('an ASCII line of %i octets', (length) => {
    const line = 'a'.repeat(length);
    const folded = foldIcsLine(line).split('\r\n');
    expect(folded.every((l) => l.length <= 75)).toBe(true);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });

  it('an astral character is never split', () => {
    const folded = foldIcsLine(`${'a'.repeat(73)}😀b`).split('\r\n');
    expect(folded).toEqual(['a'.repeat(73), ' 😀b']);
  });
});
