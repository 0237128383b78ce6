import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../events/merge-events.ts';
import { getSubject } from './episode-subject.ts';
import { getEventStories } from './story-items.ts';

let n = 0;
const event = (text: string, type = 'statement', place: string | null = null): MergedEvent => ({
  id: `e${++n}`,
  date: '2020-03-10',
  precision: 'day',
  type: type as MergedEvent['type'],
  title: text,
  actorIds: [],
  agentIds: [],
  targetIds: [],
  place,
  sources: [{ articleId: 'a', start: 0, end: text.length, text, dateText: '' }],
});

const other = [event('Donors met in Amman about schools.'), event('The envoy praised the water deal.')];

function subject(cluster: MergedEvent[], kindTypes: string[] = []) {
  const { stories, vocabulary } = getEventStories([...cluster, ...other], []);
  return getSubject(cluster, stories.slice(0, cluster.length), vocabulary, { kindTypes: new Set(kindTypes) });
}

describe('getSubject', () => {
  const ruling = [
    event('The court in Lisbon ruled on the canal.', 'ruling', 'Lisbon'),
    event('Lisbon judges said the canal breaks the treaty.'),
    event('Lisbon was quiet as the canal ruling came.'),
  ];

  it('never names an episode after where its deciding events took place', () => {
    expect(subject(ruling, ['ruling']).phrase).toBe('canal');
    expect(subject(ruling).phrase).toBe('Lisbon');
  });

  it('takes a numbered resolution only when a fifth of the events cite it', () => {
    const filler = Array.from({ length: 10 }, (_, i) => event(`Envoys debated the canal on day ${i}.`));
    const cited = event('Resolution 4321 was recalled in the canal debate.');
    expect(subject([cited, ...filler.slice(0, 3)]).thread).toBe('Resolution 4321');
    expect(subject([cited, ...filler]).thread).toBeNull();
  });

  it('counts two events read from one sentence as one use of its words', () => {
    const one = 'The president backed the canal swaps on Monday, which the premier rejected on Tuesday.';
    expect(subject([event(one), event(one)]).phrase).toBeNull();
    expect(subject([event(one), event('The premier said the canal swaps were unacceptable.')]).phrase).toBe(
      'canal swaps',
    );
  });
});
