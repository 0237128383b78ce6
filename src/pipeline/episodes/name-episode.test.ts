import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../events/merge-events.ts';
import {
  getKindSaidBy,
  getKindWords,
  getNewsHeadlines,
  getQualifiedKind,
  nameEpisode,
  toLabel,
} from './name-episode.ts';
import { getEventStories } from './story-items.ts';

let n = 0;
const event = (
  text: string,
  {
    type = 'statement',
    date = '2020-03-10',
    agents = [] as string[],
    article = 'a',
    place = null as string | null,
    title = text,
  } = {},
): MergedEvent => ({
  id: `e${++n}`,
  date,
  precision: 'day',
  type: type as MergedEvent['type'],
  title,
  actorIds: agents,
  agentIds: agents,
  targetIds: [],
  place,
  sources: [{ articleId: article, start: 0, end: text.length, text, dateText: '' }],
});

// Events of another story, so that the words of the one named are rare in the corpus.
const elsewhere = [
  event('Donors discussed refugee schools in Amman.', { date: '2019-01-05', article: 'z' }),
  event('The envoy praised the water agreement.', { date: '2019-01-06', article: 'z' }),
];

function name(cluster: MergedEvent[], headlines: Record<string, string> = {}) {
  const articles = Object.entries(headlines).map(([id, title]) => ({ id, published: '2020-03-11', title }));
  const { stories, vocabulary } = getEventStories([...cluster, ...elsewhere], articles);
  return nameEpisode(
    cluster,
    stories.slice(0, cluster.length),
    vocabulary,
    new Map(articles.map((a) => [a.id, a])),
  ).title;
}

describe('nameEpisode', () => {
  it('names a veto after what was vetoed, never who voted', () => {
    const title = name([
      event('Freedonia vetoed the draft on the Sylvan dam.', { type: 'veto', agents: ['freedonia'] }),
      event('Ruritania and Osterlich voted for the text on the Sylvan dam.', {
        type: 'vote',
        agents: ['ruritania', 'osterlich'],
      }),
      event('Ruritania said the Sylvan dam would flood the valley.', { agents: ['ruritania'] }),
    ]);
    expect(title).toBe('Freedonia veto on Sylvan dam, March 2020');
  });

  it('takes the kind from the headline the article leads with', () => {
    const cluster = [
      event('The assembly voted on the status of the enclave.', { type: 'vote' }),
      event('Delegates said the enclave vote was historic.'),
    ];
    // (Analyses' headlines, which never name an episode themselves: lead-headline.test.ts.)
    expect(
      name(cluster, { a: 'Analysis: UNESCO admits the enclave as full member; donors cut funding' }),
    ).toMatch(/^UN membership bid/);
    expect(name(cluster, { a: 'Analysis: Donors cut funding after UNESCO admits the enclave' })).toMatch(
      /^Funding cut/,
    );
  });

  it('lets a headline word used by one event name the episode, but not a word of one event alone', () => {
    const cluster = [
      event('Freedonia vetoed a text calling for humanitarian pauses to let aid reach the port.', {
        type: 'veto',
        agents: ['freedonia'],
      }),
      event('The envoy said the text ignored the right to self-defence of the state.'),
      event('Observers said the right moment had passed.'),
    ];
    expect(name(cluster)).not.toMatch(/pauses/);
    expect(name(cluster, { a: 'Analysis: Freedonia Vetoes Call for Humanitarian Pauses' })).toBe(
      'Freedonia veto on humanitarian pauses, March 2020',
    );
    // A news headline that fits is the name itself, its title case undone.
    expect(name(cluster, { a: 'Freedonia Vetoes Call for Humanitarian Pauses' })).toBe(
      'Freedonia vetoes call for humanitarian pauses, March 2020',
    );
  });

  it('never names an episode after a word only used as a verb', () => {
    const cluster = [
      event('Officials hope to reach a deal on Tuesday.', { type: 'meeting' }),
      event('Both sides failed to reach the border crossing.', { type: 'meeting' }),
    ];
    expect(name(cluster)).not.toMatch(/reach/i);
  });

  it('names a conference after its place, and a resolution after its number', () => {
    expect(
      name([
        event('Ministers gathered at the Lisbon conference on the corridor.', { type: 'conference' }),
        event('The Lisbon conference closed with a communique on the corridor.', { type: 'conference' }),
      ]),
    ).toMatch(/^Lisbon conference/);
    expect(
      name([
        event('The council adopted Resolution 9999 on the corridor.', { type: 'resolution-adopted' }),
        event('Resolution 9999 demands that the corridor be reopened.'),
      ]),
    ).toBe('Resolution 9999 on corridor, March 2020');
  });
});

describe('talks, and words that name no story', () => {
  it('never names an episode after a shell noun standing for content said elsewhere', () => {
    const cluster = [
      event('Envoys said there was progress in the talks.', { type: 'meeting' }),
      event('The mediator reported progress after the negotiations.', { type: 'meeting' }),
      event('Progress was slow, negotiators said.'),
    ];
    expect(name(cluster, { a: 'Talks make progress' })).not.toMatch(/progress/i);
  });

  it('never names talks after a word for a kind of happening: a visit is what happened', () => {
    const cluster = [
      event('The envoy arrived in Freedonia on Tuesday for a two-day visit.', { type: 'visit' }),
      event('Ruritania called the visit a provocation.'),
      event('During the visit the envoy met the Freedonian premier.', { type: 'meeting' }),
    ];
    expect(name(cluster)).not.toMatch(/visit/i);
  });

  it('never names a story after what every story here is about: violence, fighting, peace', () => {
    const cluster = [
      event('Freedonia called for an end to the violence in Sylvania.', {
        type: 'appeal',
        agents: ['freedonia'],
        title: 'Freedonia issues appeal',
      }),
      event('Envoys met to stop the violence in Sylvania.', { type: 'meeting', title: 'Talks held' }),
      event('Ruritania said the violence in Sylvania went on.', {
        agents: ['ruritania'],
        title: 'Ruritania makes statement',
      }),
    ];
    expect(name(cluster)).not.toMatch(/violence/i);
  });

  it('never names a story after a generic word for a body named elsewhere', () => {
    const cluster = [
      event('The agency said its schools would close.', { type: 'sanction', agents: ['freedonia'] }),
      event('The agency appealed to donors.'),
      event('Freedonia cut funding to the agency.', { type: 'sanction', agents: ['freedonia'] }),
    ];
    expect(name(cluster)).not.toMatch(/agency/i);
  });

  it('never names a story after the tail of a longer name ("Union" of "State of the Union")', () => {
    const cluster = [
      event('Freedonia announced the dam in its State of the Union address.', { agents: ['freedonia'] }),
      event('The State of the Union speech promised no troops at the dam.', { agents: ['freedonia'] }),
    ];
    expect(name(cluster)).not.toMatch(/Union/);
  });

  it('names ceasefire diplomacy after what it came to when no headline qualifies it', () => {
    const cluster = [
      event('The truce took hold in Sylvania on Sunday.', { title: 'Truce takes hold' }),
      event('The Freedonian cabinet endorsed the truce on Friday.', {
        type: 'decision',
        agents: ['freedonia'],
        title: 'Freedonian cabinet endorses truce',
      }),
      event('Ruritania welcomed the ceasefire.', {
        agents: ['ruritania'],
        title: 'Ruritania makes statement',
      }),
    ];
    expect(name(cluster)).toBe('Freedonian cabinet endorses truce, March 2020');
    // A headline's own qualifier comes first: "Sylvanian ceasefire diplomacy".
    expect(
      name(cluster, { a: 'Opinion: Why the World Keeps Failing at Sylvanian Ceasefire Diplomacy' }),
    ).toBe('Sylvanian ceasefire diplomacy, March 2020');
  });

  it('reads a one-word subject that is another kind’s word as that kind, given an event of it', () => {
    const conference = event('Ministers met at the conference.', { type: 'conference' });
    const meeting = event('Envoys met.', { type: 'meeting' });
    expect(getKindSaidBy('conferences', [conference, meeting])?.id).toBe('conference');
    // A meeting is a gathering's event too: ministers "sat down" in session is a conference met.
    expect(getKindSaidBy('conferences', [meeting])?.id).toBe('conference');
    expect(getKindSaidBy('conferences', [event('Envoys voted.', { type: 'vote' })])).toBeUndefined();
    expect(getKindSaidBy('Paris', [conference])).toBeUndefined();
  });

  it('names talks after where they met when nothing they discussed sets them apart', () => {
    const cluster = [
      event('The envoys met in Geneva on Tuesday for negotiations.', { type: 'meeting', place: 'Geneva' }),
      event('The negotiators met again in Geneva.', { type: 'meeting', place: 'Geneva' }),
    ];
    expect(name(cluster)).toBe('Talks in Geneva, March 2020');
  });

  it('names talks after the two people who held them when no place or subject does', () => {
    const people = ['john-kerry', 'benjamin-netanyahu'];
    const cluster = [
      event('Kerry met Netanyahu for negotiations.', { type: 'meeting', agents: people }),
      event('Kerry and Netanyahu held another round of negotiations.', { type: 'meeting', agents: people }),
    ];
    expect(name(cluster)).toBe('Kerry–Netanyahu talks, March 2020');
  });

  it('names talks after one who held most of them and one who held one and is named twice', () => {
    const cluster = [
      event('Kerry said progress was made in the negotiations.', { agents: ['john-kerry'] }),
      event('Abbas briefed Netanyahu on security.', {
        type: 'meeting',
        agents: ['mahmoud-abbas', 'benjamin-netanyahu'],
      }),
      event('Kerry and Netanyahu held another round of negotiations.', {
        type: 'meeting',
        agents: ['john-kerry', 'benjamin-netanyahu'],
      }),
    ];
    expect(name(cluster)).toBe('Kerry–Netanyahu talks, March 2020');
  });

  it('names contacts that nothing else sets apart after what they came to', () => {
    const cluster = [
      event('The envoys met on Tuesday.', { type: 'meeting', title: 'Talks held' }),
      event('Marek turned down the offer.', {
        type: 'rejection',
        agents: ['marek'],
        title: 'Marek rejects offer',
      }),
    ];
    expect(name(cluster)).toBe('Marek rejects offer, March 2020');
  });

  it('names contacts of no kind after what they came to, not after a word they share', () => {
    const cluster = [
      event('Marek said the delegation needed visas by Friday.', {
        agents: ['marek'],
        title: 'Marek makes statement',
      }),
      event('Freedonia refused visas to the delegation.', {
        type: 'rejection',
        agents: ['freedonia'],
        title: 'Freedonia refuses visas',
      }),
      event('The delegation applied again for visas.', { agents: ['marek'], title: 'Marek makes statement' }),
    ];
    expect(name(cluster)).toBe('Freedonia refuses visas, March 2020');
  });

  it('names a bare kind after its most telling event of that kind, never of another', () => {
    const cluster = [
      event('The inquiry published its findings on Monday.', {
        type: 'report',
        agents: ['marek'],
        title: 'Marek publishes inquiry findings',
      }),
      event('Varga rejected the inquiry.', {
        type: 'rejection',
        agents: ['varga'],
        title: 'Varga rejects it',
      }),
    ];
    expect(name(cluster)).toBe('Marek publishes inquiry findings, March 2020');
  });

  it('never calls it a conference when no one in it met, only talked of one', () => {
    const cluster = [
      event('Marek stayed away from the summit on Monday.', { type: 'rejection', agents: ['marek'] }),
      event('Varga said the summit would fail.', { agents: ['varga'] }),
    ];
    expect(name(cluster)).not.toMatch(/conference/i);
  });

  it('gives a long name its acronym from the gazetteer before losing it', () => {
    const us = { agents: ['united-states'] };
    const cluster = [
      event('The United States cut its funding to the Palestine Liberation Organization.', {
        type: 'sanction',
        ...us,
      }),
      event('Washington ordered the Palestine Liberation Organization to close, withholding funding.', {
        type: 'sanction',
        ...us,
      }),
      event('Erekat said the Palestine Liberation Organization would not bow.', { agents: ['saeb-erekat'] }),
    ];
    expect(name(cluster)).toMatch(/ to PLO, March 2020$/);
  });

  it('never names a story after another name of one who acted in it', () => {
    const cluster = [
      event('The United States vetoed the draft on the Sylvan dam.', {
        type: 'veto',
        agents: ['united-states'],
      }),
      event('The White House said the draft on the Sylvan dam was unbalanced.', {
        agents: ['united-states'],
      }),
      event('The White House said the vote changed nothing.', { agents: ['united-states'] }),
    ];
    expect(name(cluster)).toMatch(/Sylvan dam/);
    expect(name(cluster)).not.toMatch(/White House/);
  });
});

describe('title length', () => {
  it('names the episode by its phrase when the thread would outgrow the episode strip', () => {
    const cluster = [
      event('Operation Northern Perimeter Reinforcement began near the Sylvan dam.', {
        type: 'military-action',
      }),
      event('A ceasefire was sought in Operation Northern Perimeter Reinforcement at the Sylvan dam.'),
      event('Envoys sought a ceasefire at the Sylvan dam.'),
    ];
    // "Ceasefire diplomacy on Operation Northern Perimeter Reinforcement, March 2020" is 79.
    const title = name(cluster);
    expect(title).toBe('Ceasefire diplomacy on Sylvan dam, March 2020');
    expect(title.length).toBeLessThanOrEqual(60);
  });
});

describe('toLabel', () => {
  it.each([
    ['Security Council resolution', 'Resolution 2334', 'settlements', 'Resolution 2334 on settlements'],
    ['Conference', 'Paris conference', null, 'Paris conference'],
    ['Conference', null, 'Paris', 'Paris conference'],
    ['Conference', null, 'peace', 'peace conference'],
    ['Conference', null, 'Gaza reconstruction', 'Conference on Gaza reconstruction'],
    ['US veto', null, 'Beit Hanoun', 'US veto on Beit Hanoun'],
    ['Ceasefire diplomacy', 'Operation Cast Lead', 'Gaza', 'Ceasefire diplomacy on Operation Cast Lead'],
    ['Talks', null, null, 'Talks'],
    ['US funding cut', null, 'UNRWA', 'US funding cut to UNRWA'],
  ])('%s + %s + %s → %s', (kind, thread, phrase, expected) => {
    expect(toLabel(kind, thread, phrase)).toBe(expected);
  });

  it('names an episode by a thread of its kind’s own noun alone', () => {
    expect(toLabel('Inquiry', 'Marek report', 'canal', true)).toBe('Marek report');
    expect(toLabel('Inquiry', 'Sylvan war', 'canal')).toBe('Inquiry on Sylvan war');
  });
});

describe('getKindWords', () => {
  it('gives the words inside the kind’s matches', () => {
    const words = getKindWords(/\badvisory opinion|ruling\b/i, [
      'The court gave an advisory opinion on the wall.',
    ]);
    expect([...words].sort()).toEqual(['advisory', 'opinion']);
  });

  it('adds the words of the kind’s own label, so the subject never repeats it', () => {
    const words = getKindWords(/\bruling\b/i, ['The Court said its ruling was final.'], 'Court ruling');
    expect(words.has('court')).toBe(true);
    expect(words.has('ruling')).toBe(true);
  });
});

describe('getNewsHeadlines', () => {
  it('keeps the headlines of articles reporting the events as news, not as background', () => {
    const articles = new Map([
      ['now', { id: 'now', published: '2020-03-12', title: 'Council votes' }],
      ['later', { id: 'later', published: '2022-06-01', title: 'Two years on' }],
    ]);
    const cluster = [
      event('The council voted.', { article: 'now' }),
      event('It voted.', { article: 'later' }),
    ];
    expect(getNewsHeadlines(cluster, articles)).toEqual(['Council votes']);
  });
});

describe('getQualifiedKind', () => {
  it('takes the name a headline puts before the kind', () => {
    expect(getQualifiedKind('Statehood bid', ['Kerry in Rome for Talks on Palestinian Statehood Bid'])).toBe(
      'Palestinian statehood bid',
    );
    expect(getQualifiedKind('Statehood bid', ['Kerry in Rome for Talks on Statehood Bid'])).toBeNull();
    expect(getQualifiedKind('Statehood bid', ['Kerry in Rome for talks'])).toBeNull();
  });
});
