import { describe, expect, it } from 'vitest';
import { isSameHappening, type Comparable } from './same-happening.ts';

const event = (
  type: string,
  agentIds: string[],
  targetIds: string[] = [],
  mentionedIds: string[] = [],
): Comparable => ({
  date: '2024-02-20',
  type,
  agentIds,
  targetIds,
  mentionedIds,
  place: null,
});

describe('isSameHappening', () => {
  it('keeps two speakers’ statements apart, even when one names the other', () => {
    expect(
      isSameHappening(event('statement', ['israel']), event('statement', ['gilad-erdan'], [], ['israel'])),
    ).toBe(false);
    expect(isSameHappening(event('statement', ['israel']), event('statement', ['israel']))).toBe(true);
  });

  it('still joins one meeting told with its roles swapped', () => {
    expect(
      isSameHappening(
        event('meeting', ['john-kerry'], ['sergey-lavrov']),
        event('meeting', ['sergey-lavrov'], ['john-kerry']),
      ),
    ).toBe(true);
  });
});
