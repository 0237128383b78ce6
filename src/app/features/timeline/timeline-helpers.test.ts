import { describe, expect, it } from 'vitest';
import { addDays, fromIsoDay, toIsoDay } from './iso-day.ts';
import { getKeyCommand } from './timeline-keys.ts';

const plain = { ctrlKey: false, metaKey: false, altKey: false };

describe('getKeyCommand', () => {
  it.each([
    ['+', 'zoom-in'],
    ['=', 'zoom-in'],
    ['-', 'zoom-out'],
    ['ArrowLeft', 'move-left'],
    ['ArrowRight', 'move-right'],
    ['0', 'fit'],
    ['Home', 'fit'],
    ['Escape', 'clear-selection'],
    ['ArrowUp', null],
    ['a', null],
    ['constructor', null],
  ])('%s → %s', (key, command) => {
    expect(getKeyCommand({ key, ...plain })).toBe(command);
  });

  it('leaves Ctrl/Cmd/Alt combinations to the browser', () => {
    expect(getKeyCommand({ ...plain, key: '+', ctrlKey: true })).toBeNull();
    expect(getKeyCommand({ ...plain, key: '-', metaKey: true })).toBeNull();
    expect(getKeyCommand({ ...plain, key: 'ArrowLeft', altKey: true })).toBeNull();
  });
});

describe('iso days', () => {
  it.each([
    ['2016-02-28', 1, '2016-02-29'],
    ['2016-02-28', 2, '2016-03-01'],
    ['2016-12-31', 1, '2017-01-01'],
    ['2017-01-01', -1, '2016-12-31'],
  ])('addDays(%s, %i) = %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it('rounds a Date to the nearest local midnight', () => {
    expect(toIsoDay(fromIsoDay('2017-01-15'))).toBe('2017-01-15');
    expect(toIsoDay(new Date(2017, 0, 15, 11))).toBe('2017-01-15');
    expect(toIsoDay(new Date(2017, 0, 15, 13))).toBe('2017-01-16');
  });
});
