import { describe, expect, it } from 'vitest';
import { findActors } from './04-actors.ts';
import { toTestSentences } from './actors/test-sentences.ts';

const run = (text: string, published = '2014-12-14') => findActors(text, toTestSentences(text), published);
const idsOf = (text: string, published?: string) => run(text, published).mentions.map((m) => m.actorId);

describe('findActors: titles resolved by date', () => {
  it.each([
    ['2005-06-01', 'condoleezza-rice', 'ariel-sharon'],
    ['2014-12-14', 'john-kerry', 'benjamin-netanyahu'],
    ['2021-05-17', 'antony-blinken', 'benjamin-netanyahu'],
    ['2022-09-01', 'antony-blinken', 'yair-lapid'],
    ['2025-06-01', 'marco-rubio', 'benjamin-netanyahu'],
  ])('on %s the Secretary of State is %s and the premier %s', (day, secretary, premier) => {
    expect(idsOf('The Secretary of State phoned the premier on Sunday.', day)).toEqual([secretary, premier]);
  });

  it.each([
    ['Russian Foreign Minister said talks would resume.', '2014-12-14', 'sergey-lavrov'],
    ["China's Foreign Minister accused Washington.", '2023-03-01', 'qin-gang'],
    ['The French foreign minister arrived.', '2015-06-01', 'laurent-fabius'],
    ["Jordan's foreign minister spoke.", '2020-02-01', 'ayman-safadi'],
    ['The Egyptian foreign minister spoke.', '2020-02-01', 'sameh-shoukry'],
    ['The foreign minister said so.', '2020-06-01', 'gabi-ashkenazi'],
    ['British Foreign Secretary flew in.', '2019-01-01', 'jeremy-hunt'],
    ['The UN chief urged calm.', '2015-01-01', 'ban-ki-moon'],
    ['Palestinian President said no.', '2015-01-01', 'mahmoud-abbas'],
    ['The chief Palestinian negotiator said no.', '2012-01-01', 'saeb-erekat'],
    ['The US envoy to the UN objected.', '2018-01-01', 'nikki-haley'],
    ['The top U.S. diplomat left.', '2009-06-01', 'hillary-clinton'],
    ['The EU foreign policy chief said so.', '2021-05-17', 'josep-borrell'],
    ['The Shin Bet chief warned.', '2021-05-17', 'nadav-argaman'],
    ['The secretary general of the Arab League came.', '2014-12-14', 'nabil-elaraby'],
  ])('%s (%s) → %s', (text, day, id) => {
    expect(idsOf(text, day)).toContain(id);
  });

  it.each([
    ['Former Prime Minister said no.'],
    ['A State Department spokesperson said no.'],
    ['The deputy State Department spokeswoman said no.'],
    ['The then-Secretary of State said no.'],
    ['President-elect spoke.'],
    ['The Italian prime minister said no.'],
    ['The current president of the UN Arab Group spoke.'],
  ])('nobody by date: %s', (text) => {
    const people = run(text).mentions.filter((m) => m.via === 'role');
    expect(people).toEqual([]);
  });

  it('names one person once when a title precedes the name', () => {
    const { mentions } = run('Secretary of State John Kerry told Prime Minister Benjamin Netanyahu.');
    expect(mentions.map((m) => [m.text, m.actorId, m.via])).toEqual([
      ['Secretary of State John Kerry', 'john-kerry', 'name'],
      ['Prime Minister Benjamin Netanyahu', 'benjamin-netanyahu', 'name'],
    ]);
  });

  it.each([
    ['The plan was announced by President Biden in May.', '2025-06-05', ['joe-biden']],
    ['Secretary of State Rice met Abbas.', '2025-06-05', ['condoleezza-rice', 'mahmoud-abbas']],
  ])(
    'a title before a known surname is its bearer, not the holder on the day: %s',
    (text, published, ids) => {
      expect(idsOf(text, published)).toEqual(ids);
    },
  );

  it('reads a day after a title as no name ("The Secretary-General Tuesday said")', () => {
    expect(idsOf('The Secretary-General Tuesday said it was time.', '2024-02-21')).toEqual([
      'antonio-guterres',
    ]);
  });

  it('keeps a state named only as a text’s owner apart from who acted', () => {
    const result = run('On Tuesday the United States vetoed a Brazilian draft.', '2023-10-20');
    expect(result.mentions.map((m) => m.actorId)).toEqual(['united-states']);
    expect(result.owners?.map((m) => m.actorId)).toEqual(['brazil']);
  });

  it('reads a country after ", and" before its verb as a subject, not as the next place of a list', () => {
    expect(idsOf('It will open its embassy in Jerusalem, and Paraguay has said it will follow.')).toEqual([
      'paraguay',
    ]);
    expect(idsOf('Reporters in Britain, France and Portugal said so.')).toEqual([]);
  });

  it("does not make Italy's prime minister Netanyahu", () => {
    const result = run("He will meet Kerry and Italy's prime minister Matteo Renzi.");
    expect(result.mentions.map((m) => m.actorId)).toEqual(['john-kerry', 'italy', 'matteo-renzi']);
    expect(result.discovered.map((d) => d.id)).toEqual(['matteo-renzi']);
  });
});

describe('findActors: names, surnames, places', () => {
  it.each([
    ['Sisi met Abu Mazen.', ['abdel-fattah-el-sisi', 'mahmoud-abbas']],
    ['Sergey Lavrov met Sergei Lavrov.', ['sergey-lavrov', 'sergey-lavrov']],
    ['Saeb Erakat and Erekat and al-Sisi.', ['saeb-erekat', 'saeb-erekat', 'abdel-fattah-el-sisi']],
    ['Washington has long opposed the move.', ['united-states']],
    ['Jerusalem rejected the plan.', ['israel']],
    // A capital opening a clause before a past verb acted; a capital after a preposition is a place.
    ['Ankara also recalled its ambassador.', ['turkey']],
    ['Talks ended, and Cairo brokered a truce.', ['egypt']],
    ['Talks in Cairo collapsed.', []],
    ['Cairo based its offer on the plan.', []],
    ["Kerry asked about Moscow's plans.", ['john-kerry', 'russia']],
    ['UNITED NATIONS (PA) – The United States objected.', ['united-states']],
    ['A senior PA official spoke to the Obama administration.', ['palestinian-authority', 'united-states']],
    [
      'The United Nations Security Council (UNSC) met. The Council adjourned.',
      ['un-security-council', 'un-security-council'],
    ],
    ['The council adjourned.', []],
  ])('%s', (text, ids) => {
    expect(idsOf(text)).toEqual(ids);
  });

  it.each([
    ['2006-06-01', 'condoleezza-rice'],
    ['2015-06-01', 'susan-rice'],
  ])('resolves an ambiguous surname by who was in office (%s)', (day, id) => {
    expect(idsOf('Rice said so.', day)).toEqual([id]);
  });

  it('links a surname that is also a common word only once its bearer was named in full', () => {
    expect(idsOf('Foreign Secretary Jack Straw hosted the talks. Straw said more.', '2006-01-30')).toEqual([
      'jack-straw',
      'jack-straw',
    ]);
    expect(idsOf('Straw said more.', '2006-01-30')).toEqual([]);
    expect(idsOf('Ban Ki-moon flew in. Ban said more.', '2012-11-21')).toEqual([
      'ban-ki-moon',
      'ban-ki-moon',
    ]);
    expect(idsOf('Ban said more.', '2012-11-21')).toEqual([]);
  });

  it('links a later surname to a person first named in the article', () => {
    const text =
      'U.S. special envoy General John Allen briefed Netanyahu. Later, Allen said more. Blinken agreed.';
    const result = run(text, '2013-12-05');
    expect(result.mentions.map((m) => `${m.text}:${m.actorId}:${m.via}`)).toEqual([
      'U.S.:united-states:alias',
      'John Allen:john-allen:name',
      'Netanyahu:benjamin-netanyahu:surname',
      'Allen:john-allen:surname',
      'Blinken:antony-blinken:surname',
    ]);
    expect(result.discovered).toEqual([
      { id: 'john-allen', name: 'John Allen', kind: 'person', aliases: [], offices: [], origin: 'text' },
    ]);
  });

  it.each([
    ['Assembly spokesman Brenden Varma said on Wednesday there would be no vote.', ['brenden-varma']],
    ['In late November, senior PLO official Nabil Shaath revealed the plan.', ['nabil-shaath']],
    ["Breitbart Jerusalem's Aaron Klein and Ali Waked cited a senior official.", []],
    ['Contact Editor\nElad Benari,\nThe talks went on.', []],
    ['The reporter Jane Doe wrote that Islamic Jihad fired rockets on Monday.', []],
    ['Kerry In Rome For Talks On Palestinian Statehood Bid', []],
    ['Israeli and Palestinian officials met in Gaza on Tuesday in March.', []],
    ['Please Add Comment', []],
  ])('discovers people only where they are: %s', (text, ids) => {
    expect(run(text).discovered.map((d) => d.id)).toEqual(ids);
  });

  it.each([
    ['He spoke to reporters in Denmark.', 'Denmark'],
    ['Kerry returned to Jerusalem for dinner.', 'Jerusalem'],
    ['She said in Washington that talks went on.', 'Washington'],
    ['Settlements in Judea and Samaria grew.', 'Judea and Samaria'],
  ])('%s → place %s', (text, place) => {
    const result = run(text);
    expect(result.places.map((p) => p.place)).toEqual([place]);
    expect(result.mentions.filter((m) => m.text === place)).toEqual([]);
  });
});
