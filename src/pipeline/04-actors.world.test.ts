// World states, capitals, landmarks, appositives and same-surname strangers: rules that must
// hold for any article, written as input → expected tables.
import { describe, expect, it } from 'vitest';
import { findActors } from './04-actors.ts';
import { toTestSentences } from './actors/test-sentences.ts';

const run = (text: string, published = '2020-09-15') => findActors(text, toTestSentences(text), published);
const idsOf = (text: string, published?: string) => run(text, published).mentions.map((m) => m.actorId);
const placesOf = (text: string) => run(text).places.map((p) => p.place);
const discoveredOf = (text: string) => run(text).discovered.map((d) => d.id);

describe('findActors: world states', () => {
  it.each([
    [
      'New Zealand, Senegal, Malaysia and Venezuela drafted it.',
      ['new-zealand', 'senegal', 'malaysia', 'venezuela'],
    ],
    [
      'The UAE and Bahrain signed; the Emirates hailed it.',
      ['united-arab-emirates', 'bahrain', 'united-arab-emirates'],
    ],
    [
      'Holland, Burma, Czechia and Ivory Coast abstained.',
      ['netherlands', 'myanmar', 'czech-republic', 'ivory-coast'],
    ],
    ['The Vatican and Switzerland urged calm.', ['holy-see', 'switzerland']],
    ['The Dutch government and the Senegalese government objected.', ['netherlands', 'senegal']],
    ['Manama rejected the plan.', ['bahrain']],
    ['Yemen and South Sudan voted no.', ['yemen', 'south-sudan']],
  ])('%s', (text, ids) => {
    expect(idsOf(text)).toEqual(ids);
  });

  it.each([
    ['Palestine applied for membership.', []],
    [
      'The Palestinian Authority asked the council. Palestine applied.',
      ['palestinian-authority', 'palestinian-authority'],
    ],
  ])('"Palestine" needs the PA named first: %s', (text, ids) => {
    expect(idsOf(text)).toEqual(ids);
  });

  it.each([
    ['Senegalese Foreign Minister Sidiki Kaba spoke.', ['sidiki-kaba']],
    ['The Swiss ambassador Pascale Baeriswyl spoke.', ['pascale-baeriswyl']],
  ])('a demonym qualifies a title but never joins a name: %s', (text, ids) => {
    expect(discoveredOf(text)).toEqual(ids);
  });
});

describe('findActors: places that are never people', () => {
  it.each([
    ['Trump waved from the Truman Balcony.', ['Truman Balcony']],
    ['They spoke in the Rose Garden and the Oval Office.', ['Rose Garden', 'Oval Office']],
    ['He stayed at Blair House before the talks.', ['Blair House']],
    ['Talks in Abu Dhabi, Riyadh and Sharm el-Sheikh followed.', ['Abu Dhabi', 'Riyadh', 'Sharm el-Sheikh']],
    ['Envoys flew to Geneva, The Hague and Nicosia.', ['Geneva', 'The Hague', 'Nicosia']],
    ['Crowds gathered at Rabin Square and Shati Camp.', ['Rabin Square', 'Shati Camp']],
    ['Troops took positions on Mount Hermon.', ['Mount Hermon']],
    ['He met them at the King David Hotel.', ['King David Hotel']],
  ])('%s', (text, places) => {
    const result = run(text);
    expect(result.places.map((p) => p.place)).toEqual(places);
    expect(result.discovered).toEqual([]);
    expect(result.mentions.filter((m) => places.some((p) => p.includes(m.text)))).toEqual([]);
  });

  it.each([
    ['The White House said no.', ['united-states'], []],
    ['The Foreign Office said no.', [], []],
    ["The Prime Minister's Office said no.", ['benjamin-netanyahu'], []],
  ])('keeps bodies and titles before a landmark word: %s', (text, ids, places) => {
    expect(idsOf(text, '2020-09-15')).toEqual(ids);
    expect(placesOf(text)).toEqual(places);
  });
});

describe('findActors: a name set off by commas after a title', () => {
  it.each([
    ['The Palestinian UN envoy, Riyad Mansour, said after the vote.', '2024-04-18', ['riyad-mansour']],
    ["Israel's ambassador to the UN, Gilad Erdan, told reporters.", '2023-10-30', ['gilad-erdan']],
    ["The EU's foreign policy chief, Josep Borrell, said so.", '2021-05-17', ['josep-borrell']],
    ['She called the foreign minister, Ayman Safadi.', '2020-02-01', ['ayman-safadi']],
    ['The Israeli envoy to the UN said so.', '2017-12-21', ['danny-danon']],
    ['The US ambassador to Israel said so.', '2016-12-25', ['dan-shapiro']],
  ])('%s', (text, day, ids) => {
    expect(idsOf(text, day)).toEqual(ids);
  });

  it.each([
    ['The State Department spokesman, Jane Roe, said so.', ['jane-roe'], []],
    ['The spokesman for the council, Stephane Dujarric, said so.', ['stephane-dujarric'], []],
    ['He met the premier, Gantz and Lapid.', [], ['benjamin-netanyahu', 'benny-gantz', 'yair-lapid']],
  ])('an unknown name after the comma is the holder, a list is not: %s', (text, discovered, ids) => {
    const result = run(text, '2020-09-15');
    expect(result.discovered.map((d) => d.id)).toEqual(discovered);
    if (ids.length > 0) expect(result.mentions.map((m) => m.actorId)).toEqual(ids);
    expect(result.mentions.filter((m) => m.via === 'role')).toEqual(
      ids.length > 0 ? [expect.objectContaining({ actorId: ids[0] })] : [],
    );
  });

  it('does not turn comma lists of places or bodies into people', () => {
    const text = 'The foreign minister, Gaza, Ramallah and the Arab League were all mentioned.';
    expect(run(text).discovered).toEqual([]);
  });
});

describe('findActors: same surname, other person', () => {
  it.each([
    ['Hossam Mansour said on Monday that Egypt was ready.', '2013-08-01', ['hossam-mansour']],
    ['Then Kerry said so.', '2014-12-14', []],
    ['Condi Rice said so.', '2006-06-01', []],
  ])('%s', (text, day, discovered) => {
    expect(run(text, day).discovered.map((d) => d.id)).toEqual(discovered);
  });

  it('links a later bare surname to the stranger named in full', () => {
    const result = run('Egypt honoured Hossam Mansour. Mansour said he was grateful.', '2013-08-01');
    expect(result.mentions.map((m) => m.actorId)).toEqual(['egypt', 'hossam-mansour', 'hossam-mansour']);
  });
});

describe('findActors: people of this coverage', () => {
  it.each([
    [
      'MBS met MBZ and King Hamad bin Isa Al Khalifa.',
      ['mohammed-bin-salman', 'mohammed-bin-zayed', 'hamad-bin-isa-al-khalifa'],
    ],
    ['Abdullah bin Zayed and Abdullatif al-Zayani signed.', ['abdullah-bin-zayed', 'abdullatif-al-zayani']],
    ["Iran's supreme leader and the Hezbollah leader spoke.", ['ali-khamenei', 'hassan-nasrallah']],
    ['Turkish President Recep Tayyip Erdogan objected.', ['recep-tayyip-erdogan']],
    ['Abbas spokesman Nabil Abu Rudeineh said no.', ['nabil-abu-rudeineh']],
    ['UN Middle East envoy Nickolay Mladenov briefed.', ['nickolay-mladenov']],
  ])('%s', (text, ids) => {
    expect(idsOf(text, '2020-09-15')).toEqual(ids);
  });
});
