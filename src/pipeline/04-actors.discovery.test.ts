import { describe, expect, it } from 'vitest';
import { findActors } from './04-actors.ts';
import { toTestSentences } from './actors/test-sentences.ts';

const run = (text: string, published = '2014-07-26') => findActors(text, toTestSentences(text), published);
const discoveredOf = (text: string) => run(text).discovered.map((actor) => `${actor.kind}:${actor.name}`);

describe('findActors: unknown people need evidence that they are people', () => {
  it.each([
    ['a title before', 'Ambassador Maria Example met the envoy.', 'Maria Example'],
    ['an honorific before', 'Mr Omar Example left early.', 'Omar Example'],
    ['a rank, cut from the name', 'The soldier, Corporal Eli Example, was freed.', 'Eli Example'],
    ['a title set off by a comma', "Norway's ambassador, Ola Example, spoke.", 'Ola Example'],
    [
      'a title phrase set off by a comma',
      'The spokesman for the agency, Lars Example, said so.',
      'Lars Example',
    ],
    ['a verb of speech after', 'Hana Example said the talks had failed.', 'Hana Example'],
    ['an auxiliary and a verb of speech', 'Hana Example has long argued for talks.', 'Hana Example'],
    ['an inverted verb of speech', '"It failed," said Hana Example.', 'Hana Example'],
    ['"according to"', 'The talks failed, according to Hana Example.', 'Hana Example'],
    ['an apposition holding a title', 'Yossi Example, the former Israeli envoy, met them.', 'Yossi Example'],
    [
      'a list of officials by state',
      "Around the table: Britain's Philip Hammond and Norway's Ola Example.",
      'Ola Example',
    ],
    [
      'a title phrase holding a known body',
      'The chairman of the Senate Foreign Relations Committee, Rob Example, objected.',
      'Rob Example',
    ],
    ['a party before', 'Its senior Democrat, Ben Example, objected.', 'Ben Example'],
    ['a person noun before', 'Two women, Dana Example, were freed.', 'Dana Example'],
    ['a first name that is also a town', 'The minister, Itamar Example, objected.', 'Itamar Example'],
  ])('%s: %s', (_why, text, name) => {
    expect(discoveredOf(text)).toContain(`person:${name}`);
  });

  it.each([
    [
      'a list after a person noun',
      'By evening three women, Dana Example, Mira Sample and Noa Instance, were freed.',
      ['Dana Example', 'Mira Sample', 'Noa Instance'],
    ],
    [
      'names owned by states, one of them speaking',
      "Canada's Mark Example and Chile's Ana Sample announced the step.",
      ['Mark Example', 'Ana Sample'],
    ],
  ])('evidence for one listed name is evidence for all: %s', (_why, text, names) => {
    const found = discoveredOf(text);
    for (const name of names) expect(found).toContain(`person:${name}`);
  });

  it.each([
    ['a settlement', 'Troops entered Ramat Example overnight.'],
    ['a military operation', 'Operation Cast Example began on Monday.'],
    ['a border line', 'The barrier crosses the Green Example near the village.'],
    ['a list of places after a title', 'The envoy visited Tel Aviv, Ramat Example and Haifa.'],
    ['a town before a clause about soldiers', 'Troops entered Beit Example, where soldiers shot two men.'],
    ['a university named for its town, speaking', 'Haifa University said on Monday that it would close.'],
    ['a month and a holiday', 'Talks resumed in March after Passover.'],
    ["a state's system", "Israel's Iron Example intercepted the rockets."],
  ])('not %s: %s', (_why, text) => {
    expect(run(text).discovered.filter((actor) => actor.kind === 'person')).toEqual([]);
  });

  it('counts every mention once a later one gives evidence, and links the surname', () => {
    const { mentions } = run('Dana Example arrived on Monday. Example said the text was final.');
    expect(mentions.map((m) => [m.text, m.actorId])).toEqual([
      ['Dana Example', 'dana-example'],
      ['Example', 'dana-example'],
    ]);
  });

  it("ignores the author's closing bio line", () => {
    const text =
      'The envoy spoke.\nDaniel Example is a senior fellow at the Example Institute for Diplomacy.';
    expect(run(text).discovered).toEqual([]);
  });
});

describe('findActors: unknown organisations from the shape of their names', () => {
  it.each([
    ['The Palestinian Central Council voted to suspend recognition.', 'Palestinian Central Council'],
    ['The Jewish Agency objected.', 'Jewish Agency'],
    [
      'The Knesset Foreign Affairs and Defense Committee met.',
      'Knesset Foreign Affairs and Defense Committee',
    ],
    ['The Council of Europe spoke.', 'Council of Europe'],
    ["Israel's Supreme Court ordered a new route.", 'Israeli Supreme Court'],
    ["Israel's National Security Council met.", 'Israeli National Security Council'],
    [
      'The Popular Front for the Liberation of Palestine claimed it.',
      'Popular Front for the Liberation of Palestine',
    ],
  ])('%s → %s', (text, name) => {
    expect(discoveredOf(text)).toContain(`organization:${name}`);
  });

  it.each([
    ['The Foreign Ministry protested.'],
    ['The Supreme Court ruled.'],
    ['Every European Union member abstained.'],
  ])('a generic or known name adds nobody new: %s', (text) => {
    expect(run(text).discovered).toEqual([]);
  });

  it.each([
    ["Israel's Foreign Ministry summoned the envoys.", ['israel']],
    ['The Israeli Foreign Ministry protested.', ['israel']],
    ["Egypt's Ministry of Foreign Affairs said so.", ['egypt']],
  ])("gives a state's generic department to the state: %s", (text, ids) => {
    const result = run(text);
    expect(result.discovered).toEqual([]);
    expect(result.mentions.map((m) => m.actorId)).toEqual(ids);
  });

  it('keeps the owning state a mention of its own', () => {
    expect(run("Israel's Supreme Court ruled.").mentions.map((m) => m.actorId)).toEqual([
      'israel',
      'israeli-supreme-court',
    ]);
  });

  it('reads an acronym introduced in brackets alone later', () => {
    const text = 'The Central Elections Commission (CEC) met. The CEC said the vote would go ahead.';
    expect(run(text).mentions.map((m) => [m.text, m.actorId])).toEqual([
      ['Central Elections Commission', 'central-elections-commission'],
      ['CEC', 'central-elections-commission'],
    ]);
  });

  it('reaches past a place to the acronym that spells the whole name', () => {
    const text = 'The Organisation for Democracy in Gaza (ODG) met. The ODG said it would sue.';
    expect(run(text).mentions.map((m) => [m.text, m.actorId])).toEqual([
      ['Organisation for Democracy in Gaza', 'organisation-for-democracy-in-gaza'],
      ['ODG', 'organisation-for-democracy-in-gaza'],
    ]);
    // An acronym that does not spell it leaves the name where the place cut it.
    expect(discoveredOf('The Organisation for Democracy in Gaza (XYZ) met.')).toEqual([
      'organization:Organisation for Democracy',
    ]);
  });

  it('leaves a known body inside a longer name to the longer name only when words lead it', () => {
    expect(run('The Security Council met.').mentions.map((m) => m.actorId)).toEqual(['un-security-council']);
  });
});
