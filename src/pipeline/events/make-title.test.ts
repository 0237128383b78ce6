import { describe, expect, it } from 'vitest';
import type { ActorRecord } from '../types.ts';
import { conjugate, makeTitle } from './make-title.ts';

const actor = (name: string, kind: ActorRecord['kind'] = 'person', aliases: string[] = []): ActorRecord => ({
  id: name.toLowerCase().replace(/\s+/g, '-'),
  name,
  kind,
  aliases,
  offices: [],
  origin: 'gazetteer',
});
const US = actor('United States', 'state', ['US']);
const UNSC = actor('UN Security Council', 'organization', ['UNSC']);
const KERRY = actor('John Kerry');
const ABBAS = actor('Mahmoud Abbas');

describe('makeTitle', () => {
  it.each([
    [
      'verb and object from the sentence',
      {
        type: 'veto',
        agents: [US],
        targets: [UNSC],
        verb: 'veto',
        object: 'Security Council resolution on Gaza',
      },
      'US vetoes Security Council resolution on Gaza',
    ],
    [
      'a phrasal verb',
      { type: 'draft', agents: [US], targets: [], verb: 'put forward', object: 'draft on Jenin' },
      'US puts forward draft on Jenin',
    ],
    [
      'a planned happening is never told as done',
      {
        type: 'vote',
        agents: [UNSC],
        targets: [],
        verb: 'vote on',
        object: 'membership bid',
        status: 'planned',
      },
      'UNSC to vote on membership bid',
    ],
    [
      'a planned meeting from the template',
      { type: 'meeting', agents: [KERRY], targets: [ABBAS], status: 'planned' },
      'Kerry to meet Abbas',
    ],
    [
      'talks name the partner, not an object',
      { type: 'meeting', agents: [KERRY], targets: [ABBAS], verb: 'meet', object: 'delegation' },
      'Kerry meets Abbas',
    ],
    [
      'without an object, the template',
      { type: 'veto', agents: [US], targets: [UNSC] },
      'US vetoes UNSC text',
    ],
    [
      'several agents take the plural',
      { type: 'abstention', agents: [US, KERRY], targets: [], verb: 'abstain' },
      'US and Kerry abstain',
    ],
  ] as const)('%s', (_, parts, title) => {
    expect(makeTitle({ place: null, ...parts })).toBe(title);
  });
});

describe('conjugate', () => {
  it.each([
    ['veto', 'vetoes'],
    ['deny', 'denies'],
    ['block', 'blocks'],
    ['push', 'pushes'],
    ['put forward', 'puts forward'],
    ['call for', 'calls for'],
  ])('%s → %s', (lemma, form) => {
    expect(conjugate(lemma, false)).toBe(form);
    expect(conjugate(lemma, true)).toBe(lemma);
  });
});
