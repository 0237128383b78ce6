// Palestinian, UN, EU, Arab League and foreign office holders since 2000 (conventions: see
// people-us.ts). Chinese names put the family name first, so their surname lists are explicit.
import type { PersonData } from './gazetteer-schema.ts';
import { term } from './term.ts';

const approx = { approximate: true };
const acting = { acting: true };

export const WORLD_PEOPLE: PersonData[] = [
  // Palestinians
  {
    id: 'yasser-arafat',
    name: 'Yasser Arafat',
    aliases: ['Yasir Arafat', 'Abu Ammar'],
    offices: [term('pa-president', '1994-07-05', '2004-11-10')],
  },
  {
    id: 'rawhi-fattouh',
    name: 'Rawhi Fattouh',
    aliases: ['Rawhi Fattuh'],
    offices: [term('pa-president', '2004-11-11', '2005-01-14', acting)],
  },
  {
    id: 'mahmoud-abbas',
    name: 'Mahmoud Abbas',
    aliases: ['Abu Mazen', 'Mahmud Abbas'],
    offices: [term('pa-president', '2005-01-15', null)],
  },
  {
    id: 'saeb-erekat',
    name: 'Saeb Erekat',
    aliases: ['Saeb Erakat', 'Saeb Ereikat', 'Saeb Uraiqat'],
    offices: [
      term('pa-chief-negotiator', '1996-01-01', '2020-11-10', { ...approx, note: 'Start is the year only.' }),
    ],
  },
  { id: 'ismail-haniyeh', name: 'Ismail Haniyeh', aliases: ['Ismail Haniya'] },
  {
    id: 'khaled-meshaal',
    name: 'Khaled Meshaal',
    aliases: ['Khaled Mashaal', 'Khaled Mashal', 'Khalid Mishal'],
  },
  { id: 'yahya-sinwar', name: 'Yahya Sinwar' },
  {
    id: 'riyad-mansour',
    name: 'Riyad Mansour',
    aliases: ['Riyad H. Mansour', 'Riyadh Mansour'],
    offices: [
      term('pa-ambassador-to-the-un', '2005-01-01', null, { ...approx, note: 'Start is the year only.' }),
    ],
  },
  {
    id: 'nabil-abu-rudeineh',
    name: 'Nabil Abu Rudeineh',
    aliases: ['Nabil Abu Rdeneh', 'Nabil Abu Rdeineh', 'Nabil Abu Rudaineh'],
    surnames: ['Abu Rudeineh', 'Rudeineh', 'Abu Rdeneh', 'Rdeneh', 'Abu Rdeineh', 'Rdeineh'],
    offices: [
      term('pa-presidential-spokesman', '2005-01-15', null, {
        ...approx,
        note: "Also Arafat's spokesman before; dates follow Abbas's presidency.",
      }),
    ],
  },
  { id: 'hussein-al-sheikh', name: 'Hussein al-Sheikh', aliases: ['Hussein Al-Sheikh'], surnames: [] },
  // UN, EU, Arab League
  {
    id: 'kofi-annan',
    name: 'Kofi Annan',
    offices: [term('un-secretary-general', '1997-01-01', '2006-12-31')],
  },
  {
    id: 'ban-ki-moon',
    name: 'Ban Ki-moon',
    aliases: ['Ban Ki-Moon', 'Ban Ki Moon'],
    surnames: [],
    offices: [term('un-secretary-general', '2007-01-01', '2016-12-31')],
  },
  {
    id: 'antonio-guterres',
    name: 'António Guterres',
    aliases: ['Antonio Guterres'],
    offices: [term('un-secretary-general', '2017-01-01', null, { note: 'Second term ends 2026-12-31.' })],
  },
  {
    id: 'javier-solana',
    name: 'Javier Solana',
    offices: [term('eu-high-representative', '1999-10-18', '2009-11-30')],
  },
  {
    id: 'catherine-ashton',
    name: 'Catherine Ashton',
    offices: [term('eu-high-representative', '2009-12-01', '2014-10-31')],
  },
  {
    id: 'federica-mogherini',
    name: 'Federica Mogherini',
    offices: [term('eu-high-representative', '2014-11-01', '2019-11-30')],
  },
  {
    id: 'josep-borrell',
    name: 'Josep Borrell',
    offices: [term('eu-high-representative', '2019-12-01', '2024-11-30')],
  },
  { id: 'kaja-kallas', name: 'Kaja Kallas', offices: [term('eu-high-representative', '2024-12-01', null)] },
  {
    id: 'esmat-abdel-meguid',
    name: 'Esmat Abdel Meguid',
    surnames: ['Abdel Meguid'],
    offices: [term('arab-league-secretary-general', '1991-05-15', '2001-05-31')],
  },
  {
    id: 'amr-moussa',
    name: 'Amr Moussa',
    aliases: ['Amr Mousa'],
    offices: [
      term('eg-foreign-minister', '1991-05-20', '2001-05-13'),
      term('arab-league-secretary-general', '2001-06-01', '2011-06-30'),
    ],
  },
  {
    id: 'nabil-elaraby',
    name: 'Nabil Elaraby',
    aliases: ['Nabil el-Araby', 'Nabil al-Araby', 'Nabil Al-Araby', 'Nabil Elarabi'],
    surnames: ['Elaraby', 'el-Araby', 'al-Araby'],
    offices: [
      term('eg-foreign-minister', '2011-03-06', '2011-06-30', approx),
      term('arab-league-secretary-general', '2011-07-01', '2016-06-30'),
    ],
  },
  {
    id: 'ahmed-aboul-gheit',
    name: 'Ahmed Aboul Gheit',
    aliases: ['Ahmed Abul Gheit', 'Ahmed Aboul-Gheit', 'Ahmed Abu al-Gheit'],
    surnames: ['Aboul Gheit', 'Aboul-Gheit'],
    offices: [
      term('eg-foreign-minister', '2004-07-14', '2011-03-05'),
      term('arab-league-secretary-general', '2016-07-01', null),
    ],
  },
  // Russia and China
  {
    id: 'igor-ivanov',
    name: 'Igor Ivanov',
    offices: [term('ru-foreign-minister', '1998-09-11', '2004-03-08')],
  },
  {
    id: 'sergey-lavrov',
    name: 'Sergey Lavrov',
    aliases: ['Sergei Lavrov', 'Sergei Viktorovich Lavrov'],
    offices: [term('ru-foreign-minister', '2004-03-09', null)],
  },
  {
    id: 'tang-jiaxuan',
    name: 'Tang Jiaxuan',
    surnames: [],
    offices: [term('cn-foreign-minister', '1998-03-18', '2003-03-16')],
  },
  {
    id: 'li-zhaoxing',
    name: 'Li Zhaoxing',
    surnames: [],
    offices: [term('cn-foreign-minister', '2003-03-17', '2007-04-26')],
  },
  {
    id: 'yang-jiechi',
    name: 'Yang Jiechi',
    surnames: [],
    offices: [term('cn-foreign-minister', '2007-04-27', '2013-03-15')],
  },
  {
    id: 'wang-yi',
    name: 'Wang Yi',
    surnames: [],
    offices: [
      term('cn-foreign-minister', '2013-03-16', '2022-12-29'),
      term('cn-foreign-minister', '2023-07-25', null),
    ],
  },
  {
    id: 'qin-gang',
    name: 'Qin Gang',
    surnames: [],
    offices: [term('cn-foreign-minister', '2022-12-30', '2023-07-24')],
  },
  // France
  {
    id: 'hubert-vedrine',
    name: 'Hubert Védrine',
    aliases: ['Hubert Vedrine'],
    offices: [term('fr-foreign-minister', '1997-06-04', '2002-05-06')],
  },
  {
    id: 'dominique-de-villepin',
    name: 'Dominique de Villepin',
    surnames: ['de Villepin', 'Villepin'],
    offices: [term('fr-foreign-minister', '2002-05-07', '2004-03-30')],
  },
  {
    id: 'michel-barnier',
    name: 'Michel Barnier',
    offices: [term('fr-foreign-minister', '2004-03-31', '2005-06-01')],
  },
  {
    id: 'philippe-douste-blazy',
    name: 'Philippe Douste-Blazy',
    offices: [term('fr-foreign-minister', '2005-06-02', '2007-05-17')],
  },
  {
    id: 'bernard-kouchner',
    name: 'Bernard Kouchner',
    offices: [term('fr-foreign-minister', '2007-05-18', '2010-11-13')],
  },
  {
    id: 'michele-alliot-marie',
    name: 'Michèle Alliot-Marie',
    aliases: ['Michele Alliot-Marie'],
    offices: [term('fr-foreign-minister', '2010-11-14', '2011-02-26')],
  },
  {
    id: 'alain-juppe',
    name: 'Alain Juppé',
    aliases: ['Alain Juppe'],
    offices: [term('fr-foreign-minister', '2011-02-27', '2012-05-15')],
  },
  {
    id: 'laurent-fabius',
    name: 'Laurent Fabius',
    offices: [term('fr-foreign-minister', '2012-05-16', '2016-02-10')],
  },
  {
    id: 'jean-marc-ayrault',
    name: 'Jean-Marc Ayrault',
    offices: [term('fr-foreign-minister', '2016-02-11', '2017-05-16')],
  },
  {
    id: 'jean-yves-le-drian',
    name: 'Jean-Yves Le Drian',
    surnames: ['Le Drian'],
    offices: [term('fr-foreign-minister', '2017-05-17', '2022-05-19')],
  },
  {
    id: 'catherine-colonna',
    name: 'Catherine Colonna',
    offices: [term('fr-foreign-minister', '2022-05-20', '2024-01-10')],
  },
  {
    id: 'stephane-sejourne',
    name: 'Stéphane Séjourné',
    aliases: ['Stephane Sejourne'],
    offices: [term('fr-foreign-minister', '2024-01-11', '2024-09-20')],
  },
  {
    id: 'jean-noel-barrot',
    name: 'Jean-Noël Barrot',
    aliases: ['Jean-Noel Barrot'],
    offices: [term('fr-foreign-minister', '2024-09-21', null)],
  },
  {
    id: 'jacques-chirac',
    name: 'Jacques Chirac',
    offices: [term('fr-president', '1995-05-17', '2007-05-15')],
  },
  {
    id: 'nicolas-sarkozy',
    name: 'Nicolas Sarkozy',
    offices: [term('fr-president', '2007-05-16', '2012-05-14')],
  },
  {
    id: 'francois-hollande',
    name: 'François Hollande',
    aliases: ['Francois Hollande'],
    offices: [term('fr-president', '2012-05-15', '2017-05-13')],
  },
  { id: 'emmanuel-macron', name: 'Emmanuel Macron', offices: [term('fr-president', '2017-05-14', null)] },
  // United Kingdom
  { id: 'tony-blair', name: 'Tony Blair', offices: [term('uk-prime-minister', '1997-05-02', '2007-06-26')] },
  {
    id: 'gordon-brown',
    name: 'Gordon Brown',
    surnames: [],
    offices: [term('uk-prime-minister', '2007-06-27', '2010-05-10')],
  },
  {
    id: 'david-cameron',
    name: 'David Cameron',
    aliases: ['Lord Cameron'],
    offices: [
      term('uk-prime-minister', '2010-05-11', '2016-07-12'),
      term('uk-foreign-secretary', '2023-11-13', '2024-07-04'),
    ],
  },
  {
    id: 'theresa-may',
    name: 'Theresa May',
    surnames: [],
    offices: [term('uk-prime-minister', '2016-07-13', '2019-07-23')],
  },
  {
    id: 'boris-johnson',
    name: 'Boris Johnson',
    offices: [
      term('uk-foreign-secretary', '2016-07-13', '2018-07-08'),
      term('uk-prime-minister', '2019-07-24', '2022-09-05'),
    ],
  },
  {
    id: 'liz-truss',
    name: 'Liz Truss',
    offices: [
      term('uk-foreign-secretary', '2021-09-15', '2022-09-05'),
      term('uk-prime-minister', '2022-09-06', '2022-10-24'),
    ],
  },
  {
    id: 'rishi-sunak',
    name: 'Rishi Sunak',
    offices: [term('uk-prime-minister', '2022-10-25', '2024-07-04')],
  },
  { id: 'keir-starmer', name: 'Keir Starmer', offices: [term('uk-prime-minister', '2024-07-05', null)] },
  {
    id: 'robin-cook',
    name: 'Robin Cook',
    surnames: [],
    offices: [term('uk-foreign-secretary', '1997-05-02', '2001-06-07')],
  },
  {
    id: 'jack-straw',
    name: 'Jack Straw',
    surnames: [],
    offices: [term('uk-foreign-secretary', '2001-06-08', '2006-05-04')],
  },
  {
    id: 'margaret-beckett',
    name: 'Margaret Beckett',
    offices: [term('uk-foreign-secretary', '2006-05-05', '2007-06-27')],
  },
  {
    id: 'david-miliband',
    name: 'David Miliband',
    offices: [term('uk-foreign-secretary', '2007-06-28', '2010-05-11')],
  },
  {
    id: 'william-hague',
    name: 'William Hague',
    offices: [term('uk-foreign-secretary', '2010-05-12', '2014-07-14')],
  },
  {
    id: 'philip-hammond',
    name: 'Philip Hammond',
    offices: [term('uk-foreign-secretary', '2014-07-15', '2016-07-12')],
  },
  {
    id: 'jeremy-hunt',
    name: 'Jeremy Hunt',
    surnames: [],
    offices: [term('uk-foreign-secretary', '2018-07-09', '2019-07-23')],
  },
  {
    id: 'dominic-raab',
    name: 'Dominic Raab',
    offices: [term('uk-foreign-secretary', '2019-07-24', '2021-09-14')],
  },
  {
    id: 'james-cleverly',
    name: 'James Cleverly',
    offices: [term('uk-foreign-secretary', '2022-09-06', '2023-11-12')],
  },
  {
    id: 'david-lammy',
    name: 'David Lammy',
    offices: [term('uk-foreign-secretary', '2024-07-05', '2025-09-04')],
  },
  { id: 'yvette-cooper', name: 'Yvette Cooper', offices: [term('uk-foreign-secretary', '2025-09-05', null)] },
  // Jordan
  {
    id: 'king-abdullah-ii',
    name: 'Abdullah II',
    aliases: ['King Abdullah II', 'King Abdullah', 'Abdullah II of Jordan'],
    surnames: [],
    offices: [term('jo-king', '1999-02-07', null)],
  },
  {
    id: 'abdul-ilah-khatib',
    name: 'Abdul Ilah Khatib',
    aliases: ['Abdul-Ilah Khatib', 'Abdelilah al-Khatib'],
    offices: [
      term('jo-foreign-minister', '1998-08-20', '2002-01-13', approx),
      term('jo-foreign-minister', '2005-11-27', '2007-11-24', approx),
    ],
  },
  {
    id: 'marwan-muasher',
    name: 'Marwan Muasher',
    aliases: ['Marwan Muasher'],
    offices: [term('jo-foreign-minister', '2002-01-14', '2004-10-06', approx)],
  },
  {
    id: 'hani-mulki',
    name: 'Hani Mulki',
    aliases: ['Hani al-Mulki'],
    offices: [term('jo-foreign-minister', '2004-10-07', '2005-04-06', approx)],
  },
  {
    id: 'farouk-kasrawi',
    name: 'Farouk Kasrawi',
    aliases: ['Farouq Qasrawi'],
    offices: [term('jo-foreign-minister', '2005-04-07', '2005-11-26', approx)],
  },
  {
    id: 'salaheddine-al-bashir',
    name: 'Salaheddine al-Bashir',
    aliases: ['Salah Bashir'],
    surnames: [],
    offices: [term('jo-foreign-minister', '2007-11-25', '2009-02-22', approx)],
  },
  {
    id: 'nasser-judeh',
    name: 'Nasser Judeh',
    offices: [term('jo-foreign-minister', '2009-02-23', '2017-01-14')],
  },
  { id: 'ayman-safadi', name: 'Ayman Safadi', offices: [term('jo-foreign-minister', '2017-01-15', null)] },
  // Egypt
  { id: 'hosni-mubarak', name: 'Hosni Mubarak', offices: [term('eg-president', '1981-10-14', '2011-02-10')] },
  {
    id: 'mohamed-hussein-tantawi',
    name: 'Mohamed Hussein Tantawi',
    aliases: ['Field Marshal Tantawi', 'Hussein Tantawi'],
    offices: [
      term('eg-president', '2011-02-11', '2012-06-29', {
        note: 'Head of state as chairman of the military council.',
      }),
    ],
  },
  {
    id: 'mohamed-morsi',
    name: 'Mohamed Morsi',
    aliases: ['Mohammed Morsi', 'Mohamed Mursi'],
    surnames: ['Morsi', 'Mursi'],
    offices: [term('eg-president', '2012-06-30', '2013-07-03')],
  },
  {
    id: 'adly-mansour',
    name: 'Adly Mansour',
    offices: [term('eg-president', '2013-07-04', '2014-06-07', acting)],
  },
  {
    id: 'abdel-fattah-el-sisi',
    name: 'Abdel Fattah el-Sisi',
    aliases: ['Abdel Fattah al-Sisi', 'Abdel-Fattah el-Sisi', 'Abdel Fattah el-Sissi', 'Abdel Fattah Sisi'],
    surnames: ['el-Sisi', 'al-Sisi', 'Sisi', 'el-Sissi', 'Sissi'],
    offices: [term('eg-president', '2014-06-08', null)],
  },
  {
    id: 'ahmed-maher',
    name: 'Ahmed Maher',
    offices: [term('eg-foreign-minister', '2001-05-14', '2004-07-13')],
  },
  {
    id: 'mohamed-orabi',
    name: 'Mohamed Orabi',
    aliases: ['Mohamed Al-Orabi'],
    offices: [term('eg-foreign-minister', '2011-07-01', '2011-07-17', approx)],
  },
  {
    id: 'mohamed-kamel-amr',
    name: 'Mohamed Kamel Amr',
    surnames: [],
    offices: [term('eg-foreign-minister', '2011-07-18', '2013-07-01', approx)],
  },
  {
    id: 'nabil-fahmy',
    name: 'Nabil Fahmy',
    offices: [term('eg-foreign-minister', '2013-07-16', '2014-06-16')],
  },
  {
    id: 'sameh-shoukry',
    name: 'Sameh Shoukry',
    aliases: ['Sameh Shoukri'],
    offices: [term('eg-foreign-minister', '2014-06-17', '2024-07-02')],
  },
  {
    id: 'badr-abdelatty',
    name: 'Badr Abdelatty',
    aliases: ['Badr Abdel Aty'],
    offices: [term('eg-foreign-minister', '2024-07-03', null)],
  },
  // Others often named in this corpus
  {
    id: 'bashar-al-assad',
    name: 'Bashar al-Assad',
    aliases: ['Bashar Assad', 'Bashar el-Assad'],
    surnames: ['Assad', 'al-Assad'],
  },
];
