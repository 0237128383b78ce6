// Offices whose holder a phrase can refer to at a given date. Phrases are matched without regard
// to case and may be preceded by "the" and by a qualifier naming a state or organisation
// ("Russian", "China's", "IDF"); a qualifier that names someone not in `of` blocks the role
// ("Italy's prime minister" is never Netanyahu). Generic titles resolve only through a
// qualifier, or unqualified when listed in `defaultFor` (this corpus is about the US and Israel:
// an unqualified "premier" is Israel's, an unqualified "president" America's).
import type { RoleData } from './gazetteer-schema.ts';

export const FOREIGN_MINISTER = [
  'foreign minister',
  'minister of foreign affairs',
  'foreign affairs minister',
  'top diplomat',
];
const LEADER_OF_BODY = ['chief', 'head', 'director'];
/** A state's envoy at the UN; a qualifier says whose ("Israel's UN ambassador"). */
export const UN_AMBASSADOR_TITLES = [
  'ambassador to the UN',
  'ambassador to the U.N.',
  'ambassador to the United Nations',
  'envoy to the UN',
  'envoy to the U.N.',
  'envoy to the United Nations',
  'UN ambassador',
  'U.N. ambassador',
  'UN envoy',
  'U.N. envoy',
];

export const ROLES: RoleData[] = [
  // ── United States ──
  {
    id: 'us-president',
    title: 'President of the United States',
    of: ['united-states'],
    phrases: ['President of the United States', 'POTUS', 'American president'],
    generic: ['president', 'commander-in-chief'],
    defaultFor: ['president', 'commander-in-chief'],
  },
  {
    id: 'us-vice-president',
    title: 'Vice President of the United States',
    of: ['united-states'],
    generic: ['vice president', 'vice-president'],
    defaultFor: ['vice president', 'vice-president'],
  },
  {
    id: 'us-secretary-of-state',
    title: 'US Secretary of State',
    of: ['united-states'],
    phrases: [
      'Secretary of State',
      'top U.S. diplomat',
      'U.S. top diplomat',
      'top US diplomat',
      'US top diplomat',
      'top American diplomat',
      "America's top diplomat",
    ],
    generic: ['top diplomat'],
  },
  {
    id: 'us-secretary-of-defense',
    title: 'US Secretary of Defense',
    of: ['united-states', 'us-department-of-defense'],
    phrases: [
      'Secretary of Defense',
      'Defense Secretary',
      'Secretary of War',
      'War Secretary',
      'Pentagon chief',
    ],
  },
  {
    id: 'us-national-security-adviser',
    title: 'US National Security Adviser',
    of: ['united-states'],
    generic: ['national security adviser', 'national security advisor'],
    defaultFor: ['national security adviser', 'national security advisor'],
  },
  {
    id: 'us-ambassador-to-the-un',
    title: 'US Ambassador to the United Nations',
    of: ['united-states'],
    generic: UN_AMBASSADOR_TITLES,
    defaultFor: ['ambassador to the UN', 'ambassador to the U.N.', 'ambassador to the United Nations'],
  },
  {
    id: 'us-white-house-press-secretary',
    title: 'White House Press Secretary',
    of: ['united-states'],
    phrases: [
      'White House press secretary',
      'White House press spokesperson',
      'White House spokesperson',
      'White House spokeswoman',
      'White House spokesman',
    ],
    generic: ['press secretary'],
    defaultFor: ['press secretary'],
  },
  {
    id: 'us-state-department-spokesperson',
    title: 'US State Department Spokesperson',
    of: ['united-states', 'us-department-of-state'],
    phrases: [
      'State Department spokesperson',
      'State Department spokeswoman',
      'State Department spokesman',
      'spokesperson for the State Department',
      'spokeswoman for the State Department',
      'spokesman for the State Department',
    ],
  },
  {
    id: 'us-middle-east-envoy',
    title: 'US Special Envoy for Middle East Peace',
    of: ['united-states'],
    phrases: ['special envoy for Middle East peace', 'special envoy for Israeli-Palestinian negotiations'],
    generic: ['Middle East envoy', 'Mideast envoy', 'peace envoy'],
    coverage: 'occasional',
  },
  // ── Israel ──
  {
    id: 'il-prime-minister',
    title: 'Prime Minister of Israel',
    of: ['israel'],
    generic: ['prime minister', 'premier', 'PM'],
    defaultFor: ['prime minister', 'premier', 'PM'],
  },
  {
    id: 'il-foreign-minister',
    title: 'Foreign Minister of Israel',
    of: ['israel'],
    generic: FOREIGN_MINISTER,
    defaultFor: ['foreign minister', 'minister of foreign affairs', 'foreign affairs minister'],
  },
  {
    id: 'il-defense-minister',
    title: 'Defense Minister of Israel',
    of: ['israel'],
    generic: ['defense minister', 'defence minister', 'minister of defense', 'minister of defence'],
    defaultFor: ['defense minister', 'defence minister', 'minister of defense', 'minister of defence'],
  },
  {
    id: 'il-finance-minister',
    title: 'Finance Minister of Israel',
    of: ['israel'],
    generic: ['finance minister', 'minister of finance'],
    defaultFor: ['finance minister', 'minister of finance'],
  },
  {
    id: 'idf-chief-of-staff',
    title: 'IDF Chief of the General Staff',
    of: ['israel-defense-forces', 'israel'],
    phrases: ['IDF chief of staff', 'IDF Chief of General Staff', 'IDF chief', 'Israeli army chief'],
    generic: ['chief of staff', 'chief of general staff', 'army chief', 'military chief'],
    defaultFor: ['chief of general staff'],
  },
  {
    id: 'mossad-director',
    title: 'Director of the Mossad',
    of: ['mossad'],
    phrases: ['head of the Mossad', 'head of Mossad', 'director of the Mossad', 'Israeli spy chief'],
    generic: LEADER_OF_BODY,
  },
  {
    id: 'shin-bet-director',
    title: 'Director of the Shin Bet',
    of: ['shin-bet'],
    phrases: ['head of the Shin Bet', 'head of Shin Bet', 'director of the Shin Bet'],
    generic: LEADER_OF_BODY,
    vacancies: [
      {
        start: '2025-06-16',
        end: '2025-10-04',
        note: 'Between Ronen Bar and David Zini the agency was run by a deputy who may be named only by initial.',
      },
    ],
  },
  {
    id: 'il-national-security-adviser',
    title: 'National Security Adviser of Israel',
    of: ['israel'],
    phrases: ['head of the National Security Council'],
    generic: ['national security adviser', 'national security advisor'],
    coverage: 'occasional',
  },
  {
    id: 'il-president',
    title: 'President of Israel',
    of: ['israel'],
    generic: ['president'],
    coverage: 'occasional',
  },
  // ── Palestinians ──
  {
    id: 'pa-president',
    title: 'President of the Palestinian Authority',
    of: ['palestinian-authority', 'plo'],
    phrases: ['Palestinian leader', 'PA Chairman', 'Palestinian Authority Chairman'],
    generic: ['president', 'chairman', 'leader', 'head'],
  },
  {
    id: 'pa-chief-negotiator',
    title: 'Palestinian Chief Negotiator',
    of: ['palestinian-authority', 'plo'],
    phrases: [
      'chief Palestinian negotiator',
      'top Palestinian negotiator',
      'top PA negotiator',
      'top PLO negotiator',
    ],
    generic: ['chief negotiator', 'top negotiator'],
    vacancies: [
      {
        start: '2020-11-11',
        end: null,
        note: 'No chief negotiator was named after Saeb Erekat died; the PLO negotiations file passed to its secretary-general.',
      },
    ],
  },
  // ── International ──
  {
    id: 'un-secretary-general',
    title: 'Secretary-General of the United Nations',
    of: ['united-nations'],
    phrases: ['UN chief', 'U.N. chief', 'United Nations chief'],
    generic: ['secretary-general', 'secretary general', ...LEADER_OF_BODY],
    defaultFor: ['secretary-general', 'secretary general'],
  },
  {
    id: 'arab-league-secretary-general',
    title: 'Secretary-General of the Arab League',
    of: ['arab-league'],
    generic: ['secretary-general', 'secretary general', ...LEADER_OF_BODY],
  },
  {
    id: 'eu-high-representative',
    title: 'EU High Representative for Foreign Affairs and Security Policy',
    of: ['european-union'],
    phrases: ['High Representative for Foreign Affairs and Security Policy', 'High Representative'],
    generic: ['foreign policy chief', 'foreign affairs chief', 'top diplomat'],
    defaultFor: ['foreign policy chief', 'foreign affairs chief'],
  },
  {
    id: 'ru-foreign-minister',
    title: 'Foreign Minister of Russia',
    of: ['russia'],
    generic: FOREIGN_MINISTER,
  },
  { id: 'cn-foreign-minister', title: 'Foreign Minister of China', of: ['china'], generic: FOREIGN_MINISTER },
  {
    id: 'fr-foreign-minister',
    title: 'Foreign Minister of France',
    of: ['france'],
    generic: FOREIGN_MINISTER,
  },
  {
    id: 'jo-foreign-minister',
    title: 'Foreign Minister of Jordan',
    of: ['jordan'],
    generic: FOREIGN_MINISTER,
  },
  { id: 'eg-foreign-minister', title: 'Foreign Minister of Egypt', of: ['egypt'], generic: FOREIGN_MINISTER },
  {
    id: 'uk-foreign-secretary',
    title: 'UK Foreign Secretary',
    of: ['united-kingdom'],
    generic: ['foreign secretary', ...FOREIGN_MINISTER],
    defaultFor: ['foreign secretary'],
  },
  {
    id: 'uk-prime-minister',
    title: 'Prime Minister of the United Kingdom',
    of: ['united-kingdom'],
    generic: ['prime minister', 'premier', 'PM'],
  },
  {
    id: 'fr-president',
    title: 'President of France',
    of: ['france'],
    generic: ['president', 'head of state'],
  },
  {
    id: 'eg-president',
    title: 'President of Egypt (head of state)',
    of: ['egypt'],
    generic: ['president', 'leader', 'head of state', 'ruler'],
  },
  {
    id: 'jo-king',
    title: 'King of Jordan',
    of: ['jordan'],
    phrases: ['King of Jordan'],
    generic: ['king', 'monarch', 'head of state'],
  },
];
