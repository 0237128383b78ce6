import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../events/merge-events.ts';
import { getHeadlineOwners } from './headline-owners.ts';

const event = (date: string, article: string): MergedEvent => ({
  id: `${article}-${date}`,
  date,
  precision: 'day',
  type: 'statement',
  title: 't',
  actorIds: [],
  agentIds: [],
  targetIds: [],
  place: null,
  sources: [{ articleId: article, start: 0, end: 1, text: 't', dateText: '' }],
});

const articles = new Map([
  ['summit', { id: 'summit', published: '2017-01-15', title: 'Summit ends with a warning' }],
  ['vote', { id: 'vote', published: '2016-12-23', title: 'Council demands a halt to building' }],
]);

describe('getHeadlineOwners', () => {
  it('gives a headline to the episode holding most of its article’s news events', () => {
    const resolution = [event('2016-12-23', 'vote'), event('2016-12-26', 'summit')];
    const summit = [event('2017-01-15', 'summit'), event('2017-01-14', 'summit')];
    const owners = getHeadlineOwners([resolution, summit], articles);
    expect(owners.get('summit')).toBe(1);
    expect(owners.get('vote')).toBe(0);
  });

  it('breaks a tie for the episode nearest the publication day, and skips background events', () => {
    const before = [event('2017-01-02', 'summit')];
    const on = [event('2017-01-15', 'summit')];
    const background = [event('2010-05-01', 'summit'), event('2010-05-02', 'summit')];
    expect(getHeadlineOwners([before, on, background], articles).get('summit')).toBe(1);
  });
});
