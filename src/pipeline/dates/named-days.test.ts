import { describe, expect, it } from 'vitest';
import { getNamedDay } from './named-days.ts';

describe('a named day given without a year', () => {
  it('is that day in news after it', () => {
    expect(getNamedDay(10, 7, '2025-09-22')).toBe('2023-10-07');
    expect(getNamedDay(10, 7, '2024-02-21')).toBe('2023-10-07');
  });

  it('is no named day before it, nor in the month after an anniversary', () => {
    expect(getNamedDay(10, 7, '2023-10-05')).toBeNull();
    expect(getNamedDay(10, 7, '2024-10-20')).toBeNull();
    expect(getNamedDay(10, 7, '2025-10-07')).toBeNull();
    expect(getNamedDay(10, 8, '2025-01-01')).toBeNull();
  });
});
