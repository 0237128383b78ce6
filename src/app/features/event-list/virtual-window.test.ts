import { describe, expect, it } from 'vitest';
import { getTargetRow } from './list-keys.ts';
import { getRenderedRows, getScrollTopToReveal, getVisibleRange } from './virtual-window.ts';

const m = { count: 40, rowHeight: 50, scrollTop: 500, viewportHeight: 200 };

describe('virtual window', () => {
  it.each([
    [m, 2, { start: 8, end: 16 }],
    [{ ...m, scrollTop: 0 }, 3, { start: 0, end: 7 }],
    [{ ...m, scrollTop: 1800 }, 3, { start: 33, end: 40 }],
    [{ ...m, count: 0 }, 3, { start: 0, end: 0 }],
    [{ ...m, scrollTop: 525 }, 0, { start: 10, end: 15 }],
  ])('getVisibleRange(%o, %i) → %o', (metrics, overscan, expected) => {
    expect(getVisibleRange(metrics, overscan)).toEqual(expected);
  });

  it.each([
    [12, 500], // visible: no scroll
    [10, 500], // first visible row
    [9, 450], // above: align its top
    [14, 550], // below: align its bottom
    [39, 1800],
  ])('reveals row %i at scrollTop %i', (index, expected) => {
    expect(getScrollTopToReveal(index, m)).toBe(expected);
  });

  it('renders the tab stop even outside the window, in order', () => {
    expect(getRenderedRows({ start: 5, end: 8 }, 2)).toEqual([2, 5, 6, 7]);
    expect(getRenderedRows({ start: 5, end: 8 }, 6)).toEqual([5, 6, 7]);
    expect(getRenderedRows({ start: 5, end: 8 }, 20)).toEqual([5, 6, 7, 20]);
  });

  it.each<[string, number, number | null]>([
    ['ArrowDown', 4, 5],
    ['ArrowDown', 9, 9],
    ['ArrowUp', 0, 0],
    ['Home', 4, 0],
    ['End', 4, 9],
    ['PageDown', 8, 9],
    ['PageUp', 8, 3],
    ['a', 4, null],
    ['ArrowDown', Number.NaN, null],
  ])('key %s from row %i → %s', (key, from, expected) => {
    expect(getTargetRow(key, from, 10, 5)).toBe(expected);
  });
});
