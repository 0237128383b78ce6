// States and organisations. Decisions worth knowing:
// - "the White House", "the Obama administration", "U.S. government" are the United States:
//   the executive acts for the state, and splitting it would scatter one actor over the timeline.
//   Departments and missions with their own voice (State Department, Pentagon, US mission to the
//   UN) are organisations of their own.
// - Capitals are places (places.ts); when a capital stands for its government ("Washington
//   wanted…") the place's `metonymFor` turns it into this actor (see actors/metonyms.ts).
// - Single-word aliases match case-sensitively ("US", not "us"; "PA", not "pa").
// - Demonyms ("Israeli") only qualify titles; "the Israeli government" is listed as an alias.
// - "Palestine" and "State of Palestine" (the UN observer state) are the Palestinian Authority,
//   whose president heads the PA, the PLO and the state ("White House" is the United States too).
//   They count only once the PA was named: alone, "a state of Palestine" or "Palestine" is as
//   often the land or the idea of statehood as an actor.
// - The other UN members, observers, Kosovo and Taiwan are in states-world.ts.
import type { BodyData } from './gazetteer-schema.ts';

export const state = (id: string, name: string, demonyms: string[], aliases: string[] = []): BodyData => ({
  id,
  name,
  kind: 'state',
  demonyms,
  aliases: [...aliases, ...demonyms.map((demonym) => `${demonym} government`)],
});

const org = (id: string, name: string, aliases: string[], contextAliases: string[] = []): BodyData => ({
  id,
  name,
  kind: 'organization',
  aliases,
  contextAliases,
});

export const BODIES: BodyData[] = [
  state(
    'united-states',
    'United States',
    ['American'],
    [
      'United States of America',
      'U.S.',
      'US',
      'U.S.A.',
      'USA',
      'America',
      'White House',
      'U.S. government',
      'US government',
      'United States government',
      'U.S. administration',
      'US administration',
      'American administration',
      'Clinton administration',
      'Bush administration',
      'Obama administration',
      'Trump administration',
      'Biden administration',
    ],
  ),
  state('israel', 'Israel', ['Israeli'], ['State of Israel']),
  state('russia', 'Russia', ['Russian'], ['Russian Federation', 'Kremlin']),
  state('china', 'China', ['Chinese'], ["People's Republic of China", 'PRC']),
  state('france', 'France', ['French'], ['French Republic', 'Élysée', 'Elysee']),
  state(
    'united-kingdom',
    'United Kingdom',
    ['British'],
    ['UK', 'U.K.', 'Britain', 'Great Britain', 'Downing Street'],
  ),
  state('germany', 'Germany', ['German'], ['Federal Republic of Germany']),
  state('egypt', 'Egypt', ['Egyptian'], ['Arab Republic of Egypt']),
  state('jordan', 'Jordan', ['Jordanian'], ['Hashemite Kingdom of Jordan']),
  state('italy', 'Italy', ['Italian']),
  state('niger', 'Niger', ['Nigerien']),
  state('algeria', 'Algeria', ['Algerian']),
  state('syria', 'Syria', ['Syrian'], ['Syrian Arab Republic']),
  state('iran', 'Iran', ['Iranian'], ['Islamic Republic of Iran']),
  state('lebanon', 'Lebanon', ['Lebanese']),
  state('saudi-arabia', 'Saudi Arabia', ['Saudi'], ['Kingdom of Saudi Arabia', 'KSA']),
  state('turkey', 'Turkey', ['Turkish'], ['Türkiye', 'Turkiye', 'Republic of Türkiye']),
  state('qatar', 'Qatar', ['Qatari']),
  state('united-arab-emirates', 'United Arab Emirates', ['Emirati'], ['UAE', 'U.A.E.', 'the Emirates']),
  state('spain', 'Spain', ['Spanish']),
  state('ireland', 'Ireland', ['Irish'], ['Republic of Ireland']),
  state('portugal', 'Portugal', ['Portuguese']),
  state('denmark', 'Denmark', ['Danish']),
  state('ukraine', 'Ukraine', ['Ukrainian']),
  {
    ...state(
      'palestinian-authority',
      'Palestinian Authority',
      ['Palestinian'],
      ['PA', 'Palestinian National Authority', 'PNA'],
    ),
    contextAliases: ['Palestine', 'State of Palestine'],
  },
  org('plo', 'Palestine Liberation Organization', [
    'PLO',
    'Palestinian Liberation Organization',
    'Palestine Liberation Organisation',
  ]),
  org('fatah', 'Fatah', ['Fateh']),
  org('hamas', 'Hamas', []),
  org('islamic-jihad', 'Palestinian Islamic Jihad', ['Islamic Jihad', 'PIJ']),
  org('hezbollah', 'Hezbollah', ['Hizbollah', 'Hizballah']),
  org('united-nations', 'United Nations', ['UN', 'U.N.']),
  org(
    'un-security-council',
    'UN Security Council',
    ['United Nations Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'],
    ['Council', 'council'],
  ),
  org(
    'un-general-assembly',
    'UN General Assembly',
    ['United Nations General Assembly', 'U.N. General Assembly', 'General Assembly', 'UNGA'],
    ['Assembly'],
  ),
  org('un-arab-group', 'UN Arab Group', ['Arab Group']),
  org('european-union', 'European Union', ['EU', 'E.U.']),
  org('arab-league', 'Arab League', ['League of Arab States']),
  org('oic', 'Organization of Islamic Cooperation', [
    'OIC',
    'Organisation of Islamic Cooperation',
    'Organization of the Islamic Conference',
  ]),
  org('nato', 'NATO', ['North Atlantic Treaty Organization']),
  org('israel-defense-forces', 'Israel Defense Forces', [
    'IDF',
    'Israel Defence Forces',
    'Israeli Defense Forces',
    'Israeli army',
    'Israeli military',
  ]),
  org('mossad', 'Mossad', []),
  org('shin-bet', 'Shin Bet', ['Shabak', 'Israel Security Agency']),
  org('israeli-security-cabinet', 'Israeli Security Cabinet', ['Security Cabinet', 'security cabinet']),
  org('knesset', 'Knesset', []),
  org('us-department-of-state', 'US State Department', [
    'State Department',
    'Department of State',
    'U.S. State Department',
    'US State Department',
  ]),
  org('us-department-of-defense', 'US Department of Defense', [
    'Pentagon',
    'Department of Defense',
    'Defense Department',
    'Department of War',
    'War Department',
  ]),
  org('us-mission-to-the-un', 'US Mission to the United Nations', [
    'US mission to the United Nations',
    'U.S. mission to the United Nations',
    'US mission to the UN',
    'U.S. mission to the U.N.',
    'U.S. mission to the UN',
    'USUN',
  ]),
  org('us-congress', 'US Congress', ['Congress', 'U.S. Congress', 'US Congress']),
];
