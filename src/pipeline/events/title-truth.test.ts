// Titles never claim more than their sentence: an agent, a target or a relation the sentence
// does not state. One table per class of false claim, each sentence invented in news style and
// read whole through the pipeline (titles are made after the merge).
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../run-pipeline.ts';
import { toInventedArticle } from './invented-article.ts';

function eventsOf(sentence: string) {
  const article = toInventedArticle([sentence], 'Diplomacy at the United Nations');
  return runPipeline([article]).dataset.events;
}

const titlesOf = (sentence: string) => eventsOf(sentence).map((e) => e.title);

describe('a statement names whom it was told to, or what the verb says it judged', () => {
  it.each([
    [
      'Blinken told Netanyahu on Tuesday that a ground offensive would be a mistake.',
      'Blinken tells Netanyahu ground offensive would be a mistake',
    ],
    ['Jordan accused Israel on Tuesday of obstructing aid convoys.', 'Jordan accuses Israel'],
    ['Abbas welcomed the resolution on Tuesday.', 'Abbas welcomes resolution'],
    ['Turkey condemned the Israeli raid on Tuesday.', 'Turkey condemns Israeli raid'],
    [
      'Blinken warned Netanyahu on Tuesday that the offensive would isolate Israel.',
      'Blinken warns Netanyahu',
    ],
  ])('%s → %s', (sentence, title) => {
    expect(titlesOf(sentence)).toContain(title);
  });

  // "said Israel must…" opens what was said: Israel was neither spoken to nor judged (the title
  // may quote what was said of it, reported-gist.test.ts).
  it.each([
    'Guterres said on Tuesday Israel must open more crossings into Gaza.',
    'Egypt said on Tuesday Israel had agreed to a pause in the fighting.',
    'Turkey warned on Tuesday that relations with Israel could suffer.',
  ])('%s names no one spoken to', (sentence) => {
    const events = eventsOf(sentence);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.title).not.toMatch(/address/);
      expect(event.targetIds).not.toContain('israel');
    }
  });
});

describe('a name whose part the sentence does not state is involved, not a target', () => {
  it.each([
    ['On Tuesday, Guterres said Israel must open more crossings into Gaza.', 'israel'],
    ["The Security Council met in emergency session on Tuesday at Jordan's request.", 'jordan'],
  ])('%s: %s', (sentence, id) => {
    const [event] = eventsOf(sentence);
    expect(event?.targetIds).not.toContain(id);
    expect(event?.actorIds).toContain(id);
  });
});

describe('a vote says how its voters voted, never whose text it was', () => {
  it.each([
    ['Britain and France voted against the draft on Tuesday.', 'UK and France vote against draft'],
    ['Japan voted in favour on Tuesday.', 'Japan votes'],
    ['The General Assembly voted on Tuesday to demand that Israel halt settlement building.', 'UNGA votes'],
  ])('%s → %s', (sentence, title) => {
    expect(titlesOf(sentence)).toContain(title);
  });
});

describe('a session or debate is titled by what the body did with it', () => {
  it.each([
    [
      "The Security Council met in emergency session on Tuesday at Jordan's request.",
      'UNSC meets in emergency session',
    ],
    ['The UN Human Rights Council opened an urgent debate on Tuesday.', 'UNHRC opens urgent debate'],
    ['The General Assembly is due to hold a special session on Friday.', 'UNGA to hold special session'],
  ])('%s → %s', (sentence, title) => {
    expect(titlesOf(sentence)).toContain(title);
  });
});

describe("a target is named in the trigger's own clause", () => {
  it.each([
    // Who asked for a session is not whom the body met.
    ["The Security Council met in emergency session on Tuesday at Jordan's request.", 'jordan'],
    ['The Security Council met in emergency session on Tuesday at the request of Jordan.', 'jordan'],
    // The subject of a relative clause did not meet the cabinet.
    [
      'Netanyahu, meeting his cabinet on Tuesday, rejected the truce plan that Blinken had been promoting.',
      'antony-blinken',
    ],
    // The partner of a cancelled meeting was not visited.
    [
      'Abbas, who cut short a visit to Cairo and cancelled a meeting with Blinken, returned to Ramallah on Tuesday.',
      'antony-blinken',
    ],
  ])('%s: not %s', (sentence, id) => {
    const events = eventsOf(sentence);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.targetIds).not.toContain(id);
  });
});

describe('"prompted X to V": X alone did V; "urged X to V": no V', () => {
  it('the object of prompted, forced or led is the only agent', () => {
    for (const verb of ['prompted', 'forced', 'led']) {
      const sentence = `The agency admitted Palestine on Tuesday, a victory for Abbas that ${verb} the United States to cut off its funding.`;
      const cuts = eventsOf(sentence).filter((e) => e.type === 'sanction');
      expect(cuts.map((e) => e.agentIds)).toEqual([['united-states']]);
    }
  });

  it.each([
    'Blinken urged Netanyahu on Tuesday to withdraw from Rafah.',
    'Guterres asked Israel on Tuesday to withdraw its troops.',
    'Jordan called on Israel on Tuesday to withdraw from the crossing.',
  ])('%s tells no withdrawal', (sentence) => {
    expect(eventsOf(sentence).filter((e) => e.type === 'withdrawal')).toEqual([]);
  });
});

describe("a place is where the trigger's own happening took place", () => {
  it.each([
    [
      'The Security Council adopted a resolution on Tuesday demanding that Israel stop building settlements in the West Bank.',
      'UNSC adopts resolution',
    ],
    ['The United States vetoed a draft on Tuesday that called for a ceasefire in Gaza.', 'US vetoes draft'],
    [
      'When Blinken visited Jerusalem on Tuesday, Netanyahu told him that talks could resume in Cairo.',
      'Blinken visits Jerusalem',
    ],
    ['Blinken met Netanyahu in Jerusalem on Tuesday.', 'Blinken meets Netanyahu in Jerusalem'],
  ])('%s → %s', (sentence, title) => {
    expect(titlesOf(sentence)).toContain(title);
  });
});

describe('voters named only by a relative clause are no one the article names', () => {
  it.each([
    'Trump said on Tuesday that countries that took US aid and then voted against the United States would be punished.',
    'Haley warned on Tuesday that she would be taking names of those who voted against the United States.',
  ])('%s tells no vote', (sentence) => {
    const events = eventsOf(sentence);
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.type === 'vote')).toEqual([]);
  });
});

describe('a name inside an apposition describes the agent, it does not act with it', () => {
  it('the body an envoy serves at is no co-speaker', () => {
    const [event] = eventsOf(
      'Riyad Mansour, the Palestinian observer at the United Nations, said on Tuesday that the vote was a disgrace.',
    );
    expect(event?.agentIds).toEqual(['riyad-mansour']);
    expect(event?.title).toBe('Mansour says vote was a disgrace');
  });

  it('a list is no apposition', () => {
    const [event] = eventsOf('Israel, the United States and Canada voted against the text on Tuesday.');
    expect(event?.agentIds).toEqual(['israel', 'united-states', 'canada']);
  });
});

describe('addressing an audience is a speech, titled by the audience the sentence names', () => {
  it.each([
    ['On Monday Abbas addressed the conference by video.', 'Abbas addresses conference'],
    ['On Tuesday Haley addressed the General Assembly before the vote.', 'Haley addresses UNGA'],
  ])('%s → %s', (sentence, title) => {
    expect(titlesOf(sentence)).toContain(title);
  });
});

describe('a recall brings an envoy home; putting a text to a vote is no vote cast', () => {
  it.each([
    ['Ankara recalled its ambassador to Israel on Tuesday.', 'Turkey recalls envoy'],
    [
      'Israel said on Friday that it was recalling its ambassadors to New Zealand and Senegal.',
      'Israel recalls envoy from New Zealand and Senegal',
    ],
    [
      'The Security Council met on Friday. Senegal and New Zealand pressed ahead and put the draft to a vote on Friday afternoon.',
      'UNSC votes',
    ],
  ])('%s → %s', (text, title) => {
    const titles = titlesOf(text);
    expect(titles).toContain(title);
    for (const t of titles) expect(t).not.toMatch(/withdraws|Senegal and New Zealand vote/);
  });
});
