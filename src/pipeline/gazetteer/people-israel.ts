// Israeli office holders since 2000 (conventions: see people-us.ts). Ministers who held a
// portfolio "in addition" while prime minister are listed as its holders for those dates.
import type { PersonData } from './gazetteer-schema.ts';
import { term } from './term.ts';

const approx = { approximate: true };
const acting = { acting: true };

export const ISRAEL_PEOPLE: PersonData[] = [
  {
    id: 'ehud-barak',
    name: 'Ehud Barak',
    offices: [
      term('il-prime-minister', '1999-07-06', '2001-03-06'),
      term('il-defense-minister', '1999-07-06', '2001-03-06'),
      term('il-defense-minister', '2007-06-18', '2013-03-17'),
    ],
  },
  {
    id: 'ariel-sharon',
    name: 'Ariel Sharon',
    offices: [
      term('il-prime-minister', '2001-03-07', '2006-01-03', {
        note: 'Incapacitated by a stroke on 2006-01-04; formally in office until 2006-04-14.',
      }),
    ],
  },
  {
    id: 'ehud-olmert',
    name: 'Ehud Olmert',
    offices: [
      term('il-finance-minister', '2005-08-09', '2006-05-03', { ...acting, ...approx }),
      term('il-prime-minister', '2006-01-04', '2006-05-03', acting),
      term('il-prime-minister', '2006-05-04', '2009-03-30'),
    ],
  },
  {
    id: 'benjamin-netanyahu',
    name: 'Benjamin Netanyahu',
    aliases: ['Binyamin Netanyahu', 'Bibi Netanyahu', 'Bibi', 'Benjamin Netanyahou'],
    surnames: ['Netanyahu'],
    offices: [
      term('il-foreign-minister', '2002-11-06', '2003-02-27'),
      term('il-finance-minister', '2003-02-28', '2005-08-08'),
      term('il-prime-minister', '2009-03-31', '2021-06-12'),
      term('il-foreign-minister', '2012-12-18', '2013-11-10', acting),
      term('il-finance-minister', '2014-12-03', '2015-05-13', {
        ...approx,
        note: 'Held the portfolio after dismissing Lapid; unverified.',
      }),
      term('il-foreign-minister', '2015-05-14', '2019-02-16'),
      term('il-defense-minister', '2018-11-18', '2019-11-11'),
      term('il-prime-minister', '2022-12-29', null),
    ],
  },
  {
    id: 'naftali-bennett',
    name: 'Naftali Bennett',
    offices: [
      term('il-defense-minister', '2019-11-12', '2020-05-16'),
      term('il-prime-minister', '2021-06-13', '2022-06-30'),
    ],
  },
  {
    id: 'yair-lapid',
    name: 'Yair Lapid',
    offices: [
      term('il-finance-minister', '2013-03-18', '2014-12-02'),
      term('il-foreign-minister', '2021-06-13', '2022-12-28'),
      term('il-prime-minister', '2022-07-01', '2022-12-28'),
    ],
  },
  // Foreign ministers
  {
    id: 'david-levy',
    name: 'David Levy',
    offices: [term('il-foreign-minister', '1999-07-06', '2000-08-03', approx)],
  },
  {
    id: 'shlomo-ben-ami',
    name: 'Shlomo Ben-Ami',
    offices: [term('il-foreign-minister', '2000-08-04', '2001-03-06', { ...acting, ...approx })],
  },
  {
    id: 'shimon-peres',
    name: 'Shimon Peres',
    offices: [
      term('il-foreign-minister', '2001-03-07', '2002-11-02'),
      term('il-president', '2007-07-15', '2014-07-23'),
    ],
  },
  {
    id: 'silvan-shalom',
    name: 'Silvan Shalom',
    offices: [
      term('il-finance-minister', '2001-03-07', '2003-02-27'),
      term('il-foreign-minister', '2003-02-28', '2006-01-16'),
    ],
  },
  {
    id: 'tzipi-livni',
    name: 'Tzipi Livni',
    offices: [term('il-foreign-minister', '2006-01-18', '2009-03-30')],
  },
  {
    id: 'avigdor-lieberman',
    name: 'Avigdor Lieberman',
    aliases: ['Avigdor Liberman'],
    offices: [
      term('il-foreign-minister', '2009-03-31', '2012-12-17'),
      term('il-foreign-minister', '2013-11-11', '2015-05-13'),
      term('il-defense-minister', '2016-05-30', '2018-11-17'),
      term('il-finance-minister', '2021-06-13', '2022-12-28'),
    ],
  },
  {
    id: 'israel-katz',
    name: 'Israel Katz',
    surnames: ['Katz'],
    offices: [
      term('il-foreign-minister', '2019-02-17', '2020-05-16', acting),
      term('il-finance-minister', '2020-05-17', '2021-06-12'),
      term('il-foreign-minister', '2024-01-01', '2024-11-06'),
      term('il-defense-minister', '2024-11-07', null),
    ],
  },
  {
    id: 'gabi-ashkenazi',
    name: 'Gabi Ashkenazi',
    aliases: ['Gabi Ashkenazy'],
    offices: [
      term('idf-chief-of-staff', '2007-02-14', '2011-02-13'),
      term('il-foreign-minister', '2020-05-17', '2021-06-12'),
    ],
  },
  { id: 'eli-cohen', name: 'Eli Cohen', offices: [term('il-foreign-minister', '2022-12-29', '2023-12-31')] },
  {
    id: 'gideon-saar',
    name: "Gideon Sa'ar",
    aliases: ['Gideon Saar', 'Gideon Sa’ar'],
    surnames: ["Sa'ar", 'Saar'],
    offices: [term('il-foreign-minister', '2024-11-07', null)],
  },
  // Defense ministers
  {
    id: 'binyamin-ben-eliezer',
    name: 'Binyamin Ben-Eliezer',
    aliases: ['Benjamin Ben-Eliezer', 'Fuad Ben-Eliezer'],
    offices: [term('il-defense-minister', '2001-03-07', '2002-11-02')],
  },
  {
    id: 'shaul-mofaz',
    name: 'Shaul Mofaz',
    offices: [
      term('idf-chief-of-staff', '1998-07-09', '2002-07-08'),
      term('il-defense-minister', '2002-11-04', '2006-05-03'),
    ],
  },
  {
    id: 'amir-peretz',
    name: 'Amir Peretz',
    offices: [term('il-defense-minister', '2006-05-04', '2007-06-17')],
  },
  {
    id: 'moshe-yaalon',
    name: "Moshe Ya'alon",
    aliases: ['Moshe Yaalon', 'Moshe Ya’alon', "Bogie Ya'alon"],
    surnames: ["Ya'alon", 'Yaalon'],
    offices: [
      term('idf-chief-of-staff', '2002-07-09', '2005-05-31'),
      term('il-defense-minister', '2013-03-18', '2016-05-19'),
    ],
  },
  {
    id: 'benny-gantz',
    name: 'Benny Gantz',
    offices: [
      term('idf-chief-of-staff', '2011-02-14', '2015-02-15'),
      term('il-defense-minister', '2020-05-17', '2022-12-28'),
    ],
  },
  {
    id: 'yoav-gallant',
    name: 'Yoav Gallant',
    offices: [term('il-defense-minister', '2022-12-29', '2024-11-06')],
  },
  // Finance ministers
  {
    id: 'avraham-shochat',
    name: 'Avraham Shochat',
    aliases: ['Beiga Shochat'],
    offices: [term('il-finance-minister', '1999-07-06', '2001-03-06')],
  },
  {
    id: 'avraham-hirschson',
    name: 'Avraham Hirschson',
    offices: [term('il-finance-minister', '2006-05-04', '2007-07-03')],
  },
  {
    id: 'ronnie-bar-on',
    name: 'Ronnie Bar-On',
    offices: [term('il-finance-minister', '2007-07-04', '2009-03-30')],
  },
  {
    id: 'yuval-steinitz',
    name: 'Yuval Steinitz',
    offices: [term('il-finance-minister', '2009-03-31', '2013-03-17')],
  },
  {
    id: 'moshe-kahlon',
    name: 'Moshe Kahlon',
    offices: [term('il-finance-minister', '2015-05-14', '2020-05-16')],
  },
  {
    id: 'bezalel-smotrich',
    name: 'Bezalel Smotrich',
    offices: [term('il-finance-minister', '2022-12-29', null)],
  },
  // IDF chiefs of staff
  { id: 'dan-halutz', name: 'Dan Halutz', offices: [term('idf-chief-of-staff', '2005-06-01', '2007-02-13')] },
  {
    id: 'gadi-eisenkot',
    name: 'Gadi Eisenkot',
    aliases: ['Gadi Eizenkot'],
    offices: [term('idf-chief-of-staff', '2015-02-16', '2019-01-14')],
  },
  {
    id: 'aviv-kochavi',
    name: 'Aviv Kochavi',
    aliases: ['Aviv Kohavi'],
    offices: [term('idf-chief-of-staff', '2019-01-15', '2023-01-15')],
  },
  {
    id: 'herzi-halevi',
    name: 'Herzi Halevi',
    aliases: ['Herzl Halevi'],
    offices: [term('idf-chief-of-staff', '2023-01-16', '2025-03-04')],
  },
  { id: 'eyal-zamir', name: 'Eyal Zamir', offices: [term('idf-chief-of-staff', '2025-03-05', null)] },
  // Mossad and Shin Bet
  {
    id: 'efraim-halevy',
    name: 'Efraim Halevy',
    offices: [term('mossad-director', '1998-03-01', '2002-09-30', approx)],
  },
  {
    id: 'meir-dagan',
    name: 'Meir Dagan',
    offices: [term('mossad-director', '2002-10-01', '2010-12-31', approx)],
  },
  {
    id: 'tamir-pardo',
    name: 'Tamir Pardo',
    offices: [term('mossad-director', '2011-01-01', '2016-01-05', approx)],
  },
  {
    id: 'yossi-cohen',
    name: 'Yossi Cohen',
    aliases: ['Yosef Cohen'],
    offices: [
      term('il-national-security-adviser', '2013-11-01', '2015-12-31', approx),
      term('mossad-director', '2016-01-06', '2021-05-31'),
    ],
  },
  {
    id: 'david-barnea',
    name: 'David Barnea',
    aliases: ['Dadi Barnea'],
    offices: [
      term('mossad-director', '2021-06-01', null, {
        note: 'Term due to end in 2026; a successor is not recorded here.',
      }),
    ],
  },
  {
    id: 'ami-ayalon',
    name: 'Ami Ayalon',
    offices: [term('shin-bet-director', '1996-02-01', '2000-05-13', approx)],
  },
  {
    id: 'avi-dichter',
    name: 'Avi Dichter',
    offices: [term('shin-bet-director', '2000-05-14', '2005-05-14', approx)],
  },
  {
    id: 'yuval-diskin',
    name: 'Yuval Diskin',
    offices: [term('shin-bet-director', '2005-05-15', '2011-05-14')],
  },
  {
    id: 'yoram-cohen',
    name: 'Yoram Cohen',
    offices: [term('shin-bet-director', '2011-05-15', '2016-05-07')],
  },
  {
    id: 'nadav-argaman',
    name: 'Nadav Argaman',
    offices: [term('shin-bet-director', '2016-05-08', '2021-10-12')],
  },
  { id: 'ronen-bar', name: 'Ronen Bar', offices: [term('shin-bet-director', '2021-10-13', '2025-06-15')] },
  {
    id: 'david-zini',
    name: 'David Zini',
    offices: [term('shin-bet-director', '2025-10-05', null, { ...approx, note: 'Start day unverified.' })],
  },
  // National security advisers and presidents (occasional roles: not checked for gaps)
  {
    id: 'meir-ben-shabbat',
    name: 'Meir Ben-Shabbat',
    offices: [term('il-national-security-adviser', '2017-08-01', '2021-07-31', approx)],
  },
  {
    id: 'eyal-hulata',
    name: 'Eyal Hulata',
    offices: [term('il-national-security-adviser', '2021-08-01', '2023-01-31', approx)],
  },
  {
    id: 'tzachi-hanegbi',
    name: 'Tzachi Hanegbi',
    offices: [
      term('il-national-security-adviser', '2023-02-01', '2025-10-31', {
        ...approx,
        note: 'End of term unverified.',
      }),
    ],
  },
  { id: 'moshe-katsav', name: 'Moshe Katsav', offices: [term('il-president', '2000-08-01', '2007-07-01')] },
  {
    id: 'reuven-rivlin',
    name: 'Reuven Rivlin',
    aliases: ['Ruby Rivlin'],
    offices: [term('il-president', '2014-07-24', '2021-07-06')],
  },
  {
    id: 'isaac-herzog',
    name: 'Isaac Herzog',
    aliases: ['Yitzhak Herzog', 'Bougie Herzog'],
    offices: [term('il-president', '2021-07-07', null)],
  },
  // Diplomats
  {
    id: 'danny-danon',
    name: 'Danny Danon',
    aliases: ['Dani Danon'],
    offices: [
      term('il-ambassador-to-the-un', '2015-10-01', '2020-08-23', approx),
      term('il-ambassador-to-the-un', '2024-08-13', null, approx),
    ],
  },
  {
    id: 'gilad-erdan',
    name: 'Gilad Erdan',
    offices: [
      term('il-ambassador-to-the-un', '2020-08-24', '2024-08-12', approx),
      term('il-ambassador-to-the-us', '2021-01-26', '2021-11-14', approx),
    ],
  },
  {
    id: 'ron-dermer',
    name: 'Ron Dermer',
    offices: [
      term('il-ambassador-to-the-us', '2013-12-01', '2021-01-25', approx),
      term('il-strategic-affairs-minister', '2022-12-29', null, {
        note: 'Any later change is not recorded here.',
      }),
    ],
  },
];
