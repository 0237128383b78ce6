import { describe, expect, it } from 'vitest';
import type { ActorKind, Office } from '../../../domain/dataset-schema.ts';
import {
  formatEventCount,
  formatOffice,
  formatOfficeTerm,
  getActorKindLabel,
  sortOfficesByStart,
} from './actor-labels.ts';

const office = (title: string, start: string, end: string | null): Office => ({
  role: title.toLowerCase().replace(/[^a-z]+/g, '-'),
  title,
  start,
  end,
});

describe('getActorKindLabel', () => {
  it.each<[ActorKind, string]>([
    ['person', 'Person'],
    ['state', 'State'],
    ['organization', 'Organisation'],
  ])('%s → %s', (kind, expected) => expect(getActorKindLabel(kind)).toBe(expected));
});

describe('formatOffice', () => {
  it.each([
    [
      office('US Secretary of State', '2013-02-01', '2017-01-20'),
      'US Secretary of State, 1 February 2013 – 20 January 2017',
    ],
    [office('UN Secretary-General', '2017-01-01', null), 'UN Secretary-General, since 1 January 2017'],
    [office('Ambassador', '2016-05-09', '2016-05-09'), 'Ambassador, 9 May 2016 – 9 May 2016'],
  ])('%o → %s', (o, expected) => expect(formatOffice(o)).toBe(expected));

  it('writes the term alone', () => {
    expect(formatOfficeTerm({ start: '2009-03-31', end: null })).toBe('since 31 March 2009');
  });
});

describe('sortOfficesByStart', () => {
  it('orders by start day and keeps ties in their order, without changing the input', () => {
    const input = [
      office('C', '2017-01-20', null),
      office('A', '2009-01-20', '2013-02-01'),
      office('B1', '2013-02-01', '2017-01-20'),
      office('B2', '2013-02-01', null),
    ];
    expect(sortOfficesByStart(input).map((o) => o.title)).toEqual(['A', 'B1', 'B2', 'C']);
    expect(input.map((o) => o.title)).toEqual(['C', 'A', 'B1', 'B2']);
  });
});

describe('formatEventCount', () => {
  it.each([
    [0, 'No events'],
    [1, '1 event'],
    [2, '2 events'],
    [120, '120 events'],
  ])('%i → %s', (count, expected) => expect(formatEventCount(count)).toBe(expected));
});
