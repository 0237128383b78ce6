import { describe, expect, it } from 'vitest';
import { GAZETTEER, getRoleHolders } from './index.ts';

const states = GAZETTEER.actors.filter((actor) => actor.kind === 'state');
const UN_MEMBER_IDS = states.filter((actor) => actor.unMember).map((actor) => actor.id);

describe('world states', () => {
  it('models all 193 UN members once, as states', () => {
    expect(new Set(UN_MEMBER_IDS).size).toBe(193);
    for (const id of UN_MEMBER_IDS) expect(GAZETTEER.actorsById.get(id)?.kind, id).toBe('state');
  });

  it.each([
    ['holy-see', 'Vatican'],
    ['kosovo', 'Kosovo'],
    ['taiwan', 'Taiwan'],
    ['united-kingdom', 'Britain'],
    ['netherlands', 'Holland'],
    ['ivory-coast', "Côte d'Ivoire"],
    ['myanmar', 'Burma'],
    ['czech-republic', 'Czechia'],
    ['turkey', 'Türkiye'],
    ['united-arab-emirates', 'the Emirates'],
    ['eswatini', 'Swaziland'],
  ])('%s is also called %s', (id, alias) => {
    const actor = GAZETTEER.actorsById.get(id)!;
    expect([actor.name, ...actor.aliases]).toContain(alias);
  });

  it('gives each demonym to one state at most', () => {
    const demonyms = states.flatMap((actor) => actor.demonyms);
    expect(demonyms.length).toBe(new Set(demonyms).size);
  });

  it('keeps "Palestine" for an article that named the PA', () => {
    expect(GAZETTEER.actorsById.get('palestinian-authority')?.contextAliases).toEqual([
      'Palestine',
      'State of Palestine',
    ]);
  });

  it('gives most states a capital that may speak for it', () => {
    const capitals = new Set(GAZETTEER.places.flatMap((place) => place.metonymFor ?? []));
    const without = states.filter((actor) => !capitals.has(actor.id)).map((actor) => actor.id);
    // Spelt like the state, shared with the EU, or a common word (see states-world.ts).
    expect(without.sort()).toEqual(
      [
        'antigua-and-barbuda',
        'belgium',
        'djibouti',
        'holy-see',
        'luxembourg',
        'monaco',
        'palestinian-authority',
        'san-marino',
        'seychelles',
        'singapore',
      ].sort(),
    );
  });
});

describe('envoys and regional leaders by date', () => {
  it.each([
    ['us-ambassador-to-israel', '2016-12-25', 'dan-shapiro'],
    ['us-ambassador-to-israel', '2018-05-14', 'david-friedman'],
    ['us-ambassador-to-israel', '2022-06-01', 'tom-nides'],
    ['us-ambassador-to-israel', '2024-04-18', 'jack-lew'],
    ['il-ambassador-to-the-un', '2017-12-21', 'danny-danon'],
    ['il-ambassador-to-the-un', '2023-10-30', 'gilad-erdan'],
    ['pa-ambassador-to-the-un', '2024-04-18', 'riyad-mansour'],
    ['il-ambassador-to-the-us', '2017-01-01', 'ron-dermer'],
    ['un-middle-east-coordinator', '2018-01-01', 'nickolay-mladenov'],
    ['un-middle-east-coordinator', '2023-01-01', 'tor-wennesland'],
    ['ae-foreign-minister', '2020-09-15', 'abdullah-bin-zayed'],
    ['bh-foreign-minister', '2020-09-15', 'abdullatif-al-zayani'],
    ['bh-king', '2020-09-15', 'hamad-bin-isa-al-khalifa'],
    ['tr-prime-minister', '2010-06-01', 'recep-tayyip-erdogan'],
    ['tr-president', '2020-06-01', 'recep-tayyip-erdogan'],
    ['ir-supreme-leader', '2020-06-01', 'ali-khamenei'],
    ['hezbollah-secretary-general', '2006-07-12', 'hassan-nasrallah'],
    ['hezbollah-secretary-general', '2025-01-01', 'naim-qassem'],
  ])('%s on %s is %s', (roleId, day, id) => {
    expect(getRoleHolders(GAZETTEER, roleId, day).map((a) => a.id)).toEqual([id]);
  });
});
