// Offices beyond the core US / Israel / UN set (roles.ts): envoys between the US, Israel and the
// UN, and the Gulf, Turkish, Iranian and Lebanese leaders this coverage names. Most are
// "occasional": only the holders the coverage needs are listed, so gaps are expected.
import type { RoleData } from './gazetteer-schema.ts';
import { FOREIGN_MINISTER, UN_AMBASSADOR_TITLES } from './roles.ts';

const HEAD_OF_STATE = ['president', 'leader', 'head of state'];
const occasional = 'occasional' as const;

export const WORLD_ROLES: RoleData[] = [
  // ── Envoys ──
  {
    id: 'us-ambassador-to-israel',
    title: 'US Ambassador to Israel',
    of: ['united-states'],
    generic: ['ambassador to Israel', 'envoy to Israel'],
    defaultFor: ['ambassador to Israel'],
    coverage: occasional,
  },
  {
    id: 'il-ambassador-to-the-un',
    title: 'Israeli Ambassador to the United Nations',
    of: ['israel'],
    generic: UN_AMBASSADOR_TITLES,
    coverage: occasional,
  },
  {
    id: 'il-ambassador-to-the-us',
    title: 'Israeli Ambassador to the United States',
    of: ['israel'],
    generic: [
      'ambassador to the US',
      'ambassador to the U.S.',
      'ambassador to the United States',
      'ambassador to Washington',
      'envoy to Washington',
      'envoy to the US',
      'envoy to the U.S.',
      'envoy to the United States',
    ],
    coverage: occasional,
  },
  {
    id: 'pa-ambassador-to-the-un',
    title: 'Palestinian Permanent Observer to the United Nations',
    of: ['palestinian-authority', 'plo'],
    phrases: ['Palestinian permanent observer', 'permanent observer of Palestine'],
    generic: [...UN_AMBASSADOR_TITLES, 'observer to the UN', 'observer to the United Nations'],
    coverage: occasional,
  },
  {
    id: 'un-middle-east-coordinator',
    title: 'UN Special Coordinator for the Middle East Peace Process',
    of: ['united-nations'],
    phrases: [
      'Special Coordinator for the Middle East Peace Process',
      'UN Middle East envoy',
      'U.N. Middle East envoy',
      'UN Mideast envoy',
      'U.N. Mideast envoy',
      'UN peace envoy',
      'UN special coordinator',
      'U.N. special coordinator',
    ],
    coverage: occasional,
  },
  // ── Palestinians, Israel ──
  {
    id: 'pa-presidential-spokesman',
    title: 'Spokesman for the Palestinian President',
    of: ['palestinian-authority'],
    phrases: [
      'Palestinian presidential spokesman',
      'spokesman for the Palestinian presidency',
      'Abbas spokesman',
      "Abbas's spokesman",
      'spokesman for Abbas',
    ],
    coverage: occasional,
  },
  {
    id: 'il-strategic-affairs-minister',
    title: 'Minister of Strategic Affairs of Israel',
    of: ['israel'],
    phrases: [
      'Strategic Affairs Minister',
      'Minister of Strategic Affairs',
      'Minister for Strategic Affairs',
    ],
    coverage: occasional,
  },
  // ── Gulf, Turkey, Iran, Lebanon ──
  {
    id: 'ae-president',
    title: 'President of the United Arab Emirates',
    of: ['united-arab-emirates'],
    generic: [...HEAD_OF_STATE, 'ruler'],
    coverage: occasional,
  },
  {
    id: 'ae-foreign-minister',
    title: 'Foreign Minister of the United Arab Emirates',
    of: ['united-arab-emirates'],
    generic: FOREIGN_MINISTER,
    coverage: occasional,
  },
  {
    id: 'sa-crown-prince',
    title: 'Crown Prince of Saudi Arabia',
    of: ['saudi-arabia'],
    generic: ['crown prince'],
    coverage: occasional,
  },
  {
    id: 'sa-prime-minister',
    title: 'Prime Minister of Saudi Arabia',
    of: ['saudi-arabia'],
    generic: ['prime minister', 'premier', 'PM'],
    coverage: occasional,
  },
  {
    id: 'bh-king',
    title: 'King of Bahrain',
    of: ['bahrain'],
    phrases: ['King of Bahrain'],
    generic: ['king', 'monarch', 'head of state'],
    coverage: occasional,
  },
  {
    id: 'bh-foreign-minister',
    title: 'Foreign Minister of Bahrain',
    of: ['bahrain'],
    generic: FOREIGN_MINISTER,
    coverage: occasional,
  },
  {
    id: 'tr-president',
    title: 'President of Turkey',
    of: ['turkey'],
    generic: HEAD_OF_STATE,
    coverage: occasional,
  },
  {
    id: 'tr-prime-minister',
    title: 'Prime Minister of Turkey',
    of: ['turkey'],
    generic: ['prime minister', 'premier', 'PM'],
    coverage: occasional,
  },
  {
    id: 'ir-supreme-leader',
    title: 'Supreme Leader of Iran',
    of: ['iran'],
    phrases: ['Supreme Leader of Iran'],
    generic: ['supreme leader'],
    defaultFor: ['supreme leader'],
  },
  {
    id: 'hezbollah-secretary-general',
    title: 'Secretary-General of Hezbollah',
    of: ['hezbollah'],
    generic: ['secretary-general', 'secretary general', 'leader', 'chief', 'head'],
  },
];
