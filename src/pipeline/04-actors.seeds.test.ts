// The five seed articles, with actor sets written by reading each article (not by running the
// stage): who acts or is named as a party. Qualifiers inside a title ("China's Foreign
// Minister Wang Yi") count for the person only; "Italy's prime minister" names Italy because
// its holder is not in the gazetteer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findActors } from './04-actors.ts';
import { toTestSentences } from './actors/test-sentences.ts';

const EXPECTED: Record<string, { published: string; actors: string[]; places: string[] }> = {
  '000_552ed23ec2f9db7a.txt': {
    published: '2017-01-15',
    actors: [
      'john-kerry',
      'benjamin-netanyahu',
      'federica-mogherini',
      'donald-trump',
      'united-states',
      'israel',
      'united-nations',
      'un-security-council',
      'un-general-assembly',
      'european-union',
      'arab-league',
      'oic',
      'united-kingdom',
      'palestinian-authority',
    ],
    places: ['Paris', 'Middle East'],
  },
  '001_cf4d782e460fb3d7.txt': {
    published: '2021-05-17',
    actors: [
      'antony-blinken',
      'benjamin-netanyahu',
      'benny-gantz',
      'aviv-kochavi',
      'nadav-argaman',
      'yossi-cohen',
      'meir-ben-shabbat',
      'jen-psaki',
      'wang-yi',
      'united-states',
      'un-security-council',
      'united-nations',
      'hamas',
      'islamic-jihad',
      'israel',
      'israel-defense-forces',
      'israeli-security-cabinet',
    ],
    places: ['Gaza', 'Denmark'],
  },
  '002_c1facf2ca5c0450d.txt': {
    published: '2014-12-14',
    actors: [
      'john-kerry',
      'sergey-lavrov',
      'benjamin-netanyahu',
      'federica-mogherini',
      'saeb-erekat',
      'nabil-elaraby',
      'matteo-renzi',
      'barack-obama',
      'bashar-al-assad',
      'united-states',
      'united-nations',
      'un-security-council',
      'us-department-of-state',
      'israel',
      'israel-defense-forces',
      'jordan',
      'italy',
      'france',
      'united-kingdom',
      'germany',
      'russia',
      'syria',
      'ukraine',
    ],
    places: [
      'Rome',
      'Paris',
      'London',
      'West Bank',
      'East Jerusalem',
      'Tel Aviv',
      'Jerusalem',
      'United Kingdom',
      'France',
      'Spain',
      'Ireland',
      'Portugal',
    ],
  },
  '003_9240c59e71805b54.txt': {
    published: '2013-12-05',
    actors: [
      'john-kerry',
      'mahmoud-abbas',
      'saeb-erekat',
      'benjamin-netanyahu',
      'yair-lapid',
      'john-allen',
      'marie-harf',
      'nabil-shaath',
      'israel',
      'palestinian-authority',
      'plo',
      'united-states',
      'us-department-of-state',
      'iran',
      'european-union',
    ],
    places: ['Ramallah', 'Jerusalem', 'Washington', 'Judea and Samaria'],
  },
  '004_42732e9f3c188ff4.txt': {
    published: '2021-05-19',
    actors: [
      'joe-biden',
      'benjamin-netanyahu',
      'emmanuel-macron',
      'abdel-fattah-el-sisi',
      'king-abdullah-ii',
      'brenden-varma',
      'united-states',
      'united-nations',
      'un-security-council',
      'un-general-assembly',
      'us-mission-to-the-un',
      'israel',
      'hamas',
      'france',
      'egypt',
      'jordan',
      'niger',
      'algeria',
      'oic',
      'un-arab-group',
    ],
    places: ['Gaza', 'Paris'],
  },
};

// Outlets, journalists and places that a careless rule would turn into people.
const NEVER_PEOPLE = [
  'aaron-klein',
  'ali-waked',
  'elad-benari',
  'breitbart-jerusalem',
  'flash-90',
  'contact-editor',
  'add-comment',
  'tel-aviv',
  'west-bank',
  'judea-and-samaria',
  'islamic-jihad',
  'security-council',
  'shin-bet',
];

const read = (file: string) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');

describe('findActors on the seeds', () => {
  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const text = read(file);
    const result = findActors(text, toTestSentences(text), expected.published);
    expect([...new Set(result.mentions.map((m) => m.actorId))].sort()).toEqual([...expected.actors].sort());
    expect([...new Set(result.places.map((p) => p.place))].sort()).toEqual([...expected.places].sort());
    for (const person of result.discovered) expect(NEVER_PEOPLE).not.toContain(person.id);
    for (const mention of result.mentions) expect(mention.text).toBe(text.slice(mention.start, mention.end));
  });
});
