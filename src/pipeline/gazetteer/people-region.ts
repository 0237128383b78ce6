// Gulf, Turkish, Iranian and Lebanese leaders and the UN's Middle East coordinators named in
// US–Israel–UN coverage (conventions: see people-us.ts). Gulf names built on "bin" share their
// last word within a family ("Zayed", "Salman", "Khalifa"), so their surname lists are empty:
// only a full name or a listed short form ("MBS") links to them.
import type { PersonData } from './gazetteer-schema.ts';
import { term } from './term.ts';

const approx = { approximate: true };

export const REGION_PEOPLE: PersonData[] = [
  // United Arab Emirates
  {
    id: 'khalifa-bin-zayed',
    name: 'Khalifa bin Zayed',
    aliases: ['Khalifa bin Zayed Al Nahyan', 'Khalifa bin Zayed al-Nahyan'],
    surnames: [],
    offices: [term('ae-president', '2004-11-03', '2022-05-13')],
  },
  {
    id: 'mohammed-bin-zayed',
    name: 'Mohammed bin Zayed',
    aliases: [
      'Mohamed bin Zayed',
      'Mohammed bin Zayed Al Nahyan',
      'Mohamed bin Zayed Al Nahyan',
      'Mohamed bin Zayed al-Nahyan',
      'MBZ',
    ],
    surnames: [],
    offices: [term('ae-president', '2022-05-14', null)],
  },
  {
    id: 'abdullah-bin-zayed',
    name: 'Abdullah bin Zayed',
    aliases: ['Abdullah bin Zayed Al Nahyan', 'Abdullah bin Zayed al-Nahyan'],
    surnames: [],
    offices: [term('ae-foreign-minister', '2006-02-09', null)],
  },
  // Saudi Arabia, Bahrain
  {
    id: 'mohammed-bin-salman',
    name: 'Mohammed bin Salman',
    aliases: ['Mohammad bin Salman', 'Mohammed bin Salman Al Saud', 'MBS'],
    surnames: [],
    offices: [term('sa-crown-prince', '2017-06-21', null), term('sa-prime-minister', '2022-09-27', null)],
  },
  {
    id: 'hamad-bin-isa-al-khalifa',
    name: 'Hamad bin Isa Al Khalifa',
    aliases: [
      'Hamad bin Isa al-Khalifa',
      'King Hamad',
      'King Hamad bin Isa Al Khalifa',
      'King Hamad bin Isa',
    ],
    surnames: [],
    offices: [term('bh-king', '2002-02-14', null, { note: 'Emir of Bahrain from 1999-03-06.' })],
  },
  {
    id: 'abdullatif-al-zayani',
    name: 'Abdullatif al-Zayani',
    aliases: [
      'Abdullatif Al Zayani',
      'Abdullatif Al-Zayani',
      'Abdullatif bin Rashid Al Zayani',
      'Abdullatif bin Rashid al-Zayani',
      'Abdul Latif al-Zayani',
    ],
    surnames: ['Zayani'],
    offices: [term('bh-foreign-minister', '2020-02-11', null)],
  },
  // Turkey, Iran, Lebanon
  {
    id: 'recep-tayyip-erdogan',
    name: 'Recep Tayyip Erdogan',
    aliases: ['Recep Tayyip Erdoğan', 'Tayyip Erdogan', 'Tayyip Erdoğan'],
    offices: [
      term('tr-prime-minister', '2003-03-14', '2014-08-27'),
      term('tr-president', '2014-08-28', null),
    ],
  },
  {
    id: 'ali-khamenei',
    name: 'Ali Khamenei',
    aliases: ['Ayatollah Ali Khamenei', 'Ayatollah Khamenei', 'Sayyid Ali Khamenei'],
    offices: [term('ir-supreme-leader', '1989-06-04', null)],
  },
  {
    id: 'hassan-nasrallah',
    name: 'Hassan Nasrallah',
    aliases: ['Hasan Nasrallah', 'Sayyed Hassan Nasrallah'],
    offices: [
      term('hezbollah-secretary-general', '1992-02-16', '2024-09-27', {
        note: 'Killed in an Israeli strike on 27 September 2024.',
      }),
    ],
  },
  {
    id: 'naim-qassem',
    name: 'Naim Qassem',
    aliases: ['Naim Kassem', 'Naim Qasim'],
    offices: [term('hezbollah-secretary-general', '2024-10-29', null)],
  },
  // UN Special Coordinators for the Middle East Peace Process
  {
    id: 'nickolay-mladenov',
    name: 'Nickolay Mladenov',
    aliases: ['Nikolay Mladenov', 'Nikolai Mladenov'],
    offices: [term('un-middle-east-coordinator', '2015-04-01', '2020-12-31', approx)],
  },
  {
    id: 'tor-wennesland',
    name: 'Tor Wennesland',
    offices: [
      term('un-middle-east-coordinator', '2021-01-01', '2024-12-31', {
        ...approx,
        note: 'Served from early 2021 until the end of 2024; both days are estimates.',
      }),
    ],
  },
];
