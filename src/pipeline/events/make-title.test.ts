import { describe, expect, it } from 'vitest';
import type { ActorRecord } from '../types.ts';
import { conjugate, getShortName, makeTitle, saysOnlyItsType } from './make-title.ts';

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
      'a place the object names is said once',
      { type: 'military-action', agents: [US], targets: [], verb: 'strike', object: 'Gaza', place: 'Gaza' },
      'US strikes Gaza',
    ],
    [
      "captives released, by the sentence's verb",
      { type: 'release', agents: [US], targets: [], verb: 'free', object: 'three hostages' },
      'US frees three hostages',
    ],
    [
      'an accord by the verb that says who brokered it, never a signing',
      { type: 'agreement', agents: [US], targets: [ABBAS], verb: 'broker', object: 'truce' },
      'US brokers truce',
    ],
    [
      'an accord agreed, with no object: no partner is claimed',
      { type: 'agreement', agents: [KERRY, ABBAS], targets: [US], verb: 'agree' },
      'Kerry and Abbas agree',
    ],
    [
      'an accord reached, with no object: the kind',
      { type: 'agreement', agents: [US], targets: [], verb: 'reach' },
      'US reaches agreement',
    ],
    [
      'an accord signed, from the template',
      { type: 'agreement', agents: [US], targets: [ABBAS], verb: 'sign' },
      'US signs agreement with Abbas',
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
      'without an object, a veto names no author it cannot know',
      { type: 'veto', agents: [US], targets: [UNSC] },
      'US casts veto',
    ],
    [
      'a blocked statement is the blocked body’s',
      { type: 'blocked-statement', agents: [US], targets: [UNSC] },
      'US blocks UNSC statement',
    ],
    [
      'a vote is cast, not held',
      { type: 'vote', agents: [KERRY], targets: [US], verb: 'vote' },
      'Kerry votes',
    ],
    [
      'a vote says how',
      { type: 'vote', agents: [US], targets: [], verb: 'vote against' },
      'US votes against',
    ],
    [
      'a statement told to someone addresses them',
      { type: 'statement', agents: [KERRY], targets: [ABBAS], verb: 'tell' },
      'Kerry addresses Abbas',
    ],
    [
      'a verb of judging is quoted with whom it judged',
      { type: 'statement', agents: [KERRY], targets: [US], verb: 'accuse' },
      'Kerry accuses US',
    ],
    [
      'or with what it judged',
      { type: 'statement', agents: [ABBAS], targets: [], verb: 'welcome', object: 'vote' },
      'Abbas welcomes vote',
    ],
    [
      'any other statement says only that one was made',
      { type: 'statement', agents: [KERRY], targets: [], verb: 'say', object: 'thing' },
      'Kerry makes statement',
    ],
    [
      'a warning is no threat',
      { type: 'threat', agents: [KERRY], targets: [ABBAS], verb: 'warn' },
      'Kerry warns Abbas',
    ],
    [
      'a session by what the body did with it',
      { type: 'conference', agents: [UNSC], targets: [US], verb: 'meet in', object: 'emergency session' },
      'UNSC meets in emergency session',
    ],
    [
      'a session no verb acts on is only named',
      { type: 'conference', agents: [UNSC], targets: [], object: 'special session' },
      'UNSC special session',
    ],
    ['no agent: an abstention names no one', { type: 'abstention', agents: [], targets: [US] }, 'Abstention'],
    [
      'no agent: a statement names whom it was told to',
      { type: 'statement', agents: [], targets: [UNSC] },
      'Statement to UNSC',
    ],
    [
      'no agent: talks name the partner',
      { type: 'meeting', agents: [], targets: [ABBAS] },
      'Talks held with Abbas',
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

describe('saysOnlyItsType', () => {
  it.each([
    ['statement', 'Hamas makes statement', true],
    ['statement', 'Hamas and Fatah make statement in Cairo', true],
    ['meeting', 'Talks held in Cairo', true],
    ['rejection', 'Marek voices opposition', true],
    ['rejection', 'Marek rejects Sylvan offer', false],
    ['meeting', 'Witkoff meets Netanyahu', false],
    ['statement', 'Guterres welcomes agreement', false],
  ] as const)('%s: %s → %s', (type, title, only) => {
    expect(saysOnlyItsType(type, title)).toBe(only);
  });
});

describe('getShortName', () => {
  it('names a person by the last word of the name unless the gazetteer says otherwise', () => {
    expect(getShortName(KERRY)).toBe('Kerry');
    // Family name first; the last word of "bin Salman" is his father's name.
    expect(getShortName(actor('Ban Ki-moon'))).toBe('Ban');
    expect(getShortName(actor('Mohammed bin Salman'))).toBe('Mohammed bin Salman');
  });
});
