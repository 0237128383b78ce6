import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../events/merge-events.ts';
import { getKind, joinNames } from './name-episode.ts';

const event = (type: MergedEvent['type'], text: string): MergedEvent => ({
  id: text,
  date: '2020-01-01',
  precision: 'day',
  type,
  title: text,
  actorIds: [],
  agentIds: [],
  targetIds: [],
  place: null,
  sources: [{ articleId: 'a', start: 0, end: text.length, text, dateText: '' }],
});

describe('joinNames', () => {
  it.each([
    [['John', 'Kerry', 'Abbas'], 'Secretary of State John Kerry met Abbas.', ['John Kerry', 'Abbas']],
    [['League', 'Arab'], 'The Arab League met.', ['Arab League']],
    [['Arafat', 'expulsion'], 'The expulsion of Arafat.', ['Arafat', 'expulsion']],
    [['Gaza'], 'Gaza', ['Gaza']],
  ])('%j in "%s" → %j', (words, text, expected) => {
    expect(joinNames(words, text)).toEqual(expected);
  });
});

describe('getKind', () => {
  it('counts event types twice as much as words', () => {
    const events = [
      event('veto', 'The United States vetoed the resolution.'),
      event('statement', 'The resolution was a resolution on the resolution.'),
    ];
    // resolution: 4 words; veto: 1 word + 2 for the veto event.
    expect(getKind(events)).toBe('Security Council resolution');
    expect(getKind([...events, event('veto', 'A second veto.')])).toBe('Security Council veto');
  });

  it('falls back to diplomatic contacts when nothing matches', () => {
    expect(getKind([event('meeting', 'They had lunch.')])).toBe('Diplomatic contacts');
  });
});
