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

function subject(
  cluster: MergedEvent[],
  kindTypes: string[] = [],
  { kindWords = [] as string[], headlines = [] as string[] } = {},
) {
  const { stories, vocabulary } = getEventStories([...cluster, ...other], []);
  return getSubject(cluster, stories.slice(0, cluster.length), vocabulary, {
    kindTypes: new Set(kindTypes),
    kindWords: new Set(kindWords),
    headlines,
  });
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

  it('takes the thread of the kind’s own noun over the weightier thread it was about', () => {
    const cluster = [
      event('The council endorsed the Marek report on the Sylvan war.'),
      event('The Marek report found crimes in the Sylvan war.'),
      event('Sylvania said the Sylvan war was self-defence, and the Sylvan war goes on.'),
    ];
    expect(subject(cluster).thread).toBe('Sylvan war');
    const inquiry = subject(cluster, [], { kindWords: ['inquiry', 'report'] });
    expect(inquiry.thread).toBe('Marek report');
    expect(inquiry.ownThread).toBe(true);
  });

  it('names a story after a person only when a headline does', () => {
    const cluster = [
      event('The council vetoed the canal text, which Mr. Vardan called unacceptable.', 'veto'),
      event('Vardan, the envoy, said the canal text was dead.'),
      event('Osterlich said the canal must stay open.'),
    ];
    // "vardan" is no curated person: the rule reads the gazetteer's people.
    expect(subject(cluster).phrase).toBe('Vardan');
    const named = [
      event('The council vetoed the canal text, which Mr. Witkoff called unacceptable.', 'veto'),
      event('Witkoff, the envoy, said the canal text was dead.'),
      event('Osterlich said the canal must stay open.'),
    ];
    expect(subject(named).phrase).toBe('canal');
    expect(subject(named, [], { headlines: ['Council rebuffs Witkoff over canal text'] }).phrase).toBe(
      'Witkoff',
    );
  });

  it('continues a name through "of" and the capitals after it', () => {
    const cluster = [
      event('The council welcomed a "Board of Trustees" for the canal zone.'),
      event('Sylvania will chair the Board.'),
      event('Osterlich doubted the Board would meet.'),
    ];
    expect(subject(cluster).phrase).toBe('Board of Trustees');
  });

  it('never names a story after a title or an honorific', () => {
    const cluster = [
      event('The Judge said the inquiry was flawed.'),
      event('The Judge withdrew the findings.'),
      event('Critics said the Judge had bowed.'),
    ];
    const { phrase, thread } = subject(cluster);
    expect(`${thread ?? ''} ${phrase ?? ''}`).not.toMatch(/Judge/);
  });

  it('never names a story after the letter that carried it, or after peace', () => {
    const cluster = [
      event('Sylvania handed a letter asking for the canal zone; peace must wait.'),
      event('The letter on the canal zone went to the council, and peace with it.'),
    ];
    expect(subject(cluster).phrase).toBe('canal zone');
  });

  it('never takes a thread named only after one who acted in the episode', () => {
    const spoke = (text: string) => ({ ...event(text), agentIds: ['ivo-marek'], actorIds: ['ivo-marek'] });
    const cluster = [
      event('The council backed the Marek plan to send a team to Varnia camp.'),
      spoke('Marek said the Marek plan would let the team reach Varnia camp.'),
      event('Relief workers in Varnia camp described destruction.'),
    ];
    expect(subject(cluster.map((e) => ({ ...e, agentIds: [], actorIds: [] }))).thread).toBe('Marek plan');
    expect(subject(cluster).thread).toBeNull();
  });
});
