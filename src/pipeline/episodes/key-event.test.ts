import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../events/merge-events.ts';
import { getKeyEventTitle } from './key-event.ts';

let n = 0;
const event = (
  title: string,
  type: MergedEvent['type'],
  { agents = ['marek'], sources = 1, date = '2020-03-10', status = undefined as MergedEvent['status'] } = {},
): MergedEvent => ({
  id: `e${++n}`,
  date,
  precision: 'day',
  type,
  ...(status ? { status } : {}),
  title,
  actorIds: agents,
  agentIds: agents,
  targetIds: [],
  place: null,
  sources: Array.from({ length: sources }, () => ({
    articleId: 'a',
    start: 0,
    end: 1,
    text: title,
    dateText: '',
  })),
});

describe('getKeyEventTitle', () => {
  it('takes what someone opposed or decided over who met or spoke', () => {
    const cluster = [
      event('Marek meets Varga', 'meeting', { sources: 3 }),
      event('Varga welcomes offer', 'statement', { sources: 2 }),
      event('Marek rejects Sylvan offer', 'rejection'),
    ];
    expect(getKeyEventTitle(cluster, 40)).toBe('Marek rejects Sylvan offer');
  });

  it('passes over titles that say no more than their type, planned events and agentless ones', () => {
    const cluster = [
      event('Marek voices opposition', 'rejection'),
      event('Marek makes statement in Varnia', 'statement'),
      event('Marek to sign agreement with Varga', 'agreement', { status: 'planned' }),
      event('Draft circulated', 'draft', { agents: [] }),
      event('Varga meets Marek', 'meeting'),
    ];
    expect(getKeyEventTitle(cluster, 40)).toBe('Varga meets Marek');
  });

  it('prefers the event more sentences tell, then the earlier, and only titles that fit', () => {
    const cluster = [
      event('Marek meets Varga', 'meeting', { date: '2020-03-09' }),
      event('Varga meets Osk', 'meeting', { sources: 2, date: '2020-03-11' }),
      event('Marek meets the whole Sylvan delegation at the palace', 'meeting', { sources: 5 }),
    ];
    expect(getKeyEventTitle(cluster, 30)).toBe('Varga meets Osk');
    expect(getKeyEventTitle(cluster.slice(0, 1), 10)).toBeNull();
  });
});
