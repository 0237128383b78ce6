// US office holders since 2000. Convention for every people file: `end` is the last full day in
// office and the hand-over day belongs to the successor (a president sworn in on 20 January
// holds that day), so terms of one role never overlap. `acting` marks caretakers;
// `approximate` marks a day we could not pin down (the month is right).
import type { PersonData } from './gazetteer-schema.ts';
import { term } from './term.ts';

const approx = { approximate: true };
const acting = { acting: true };

export const US_PEOPLE: PersonData[] = [
  // Presidents and vice presidents
  {
    id: 'bill-clinton',
    name: 'Bill Clinton',
    aliases: ['William Jefferson Clinton'],
    offices: [term('us-president', '1993-01-20', '2001-01-19')],
  },
  {
    id: 'george-w-bush',
    name: 'George W. Bush',
    aliases: ['George Bush', 'George W Bush'],
    surnames: ['Bush'],
    offices: [term('us-president', '2001-01-20', '2009-01-19')],
  },
  {
    id: 'barack-obama',
    name: 'Barack Obama',
    aliases: ['Barack Hussein Obama'],
    offices: [term('us-president', '2009-01-20', '2017-01-19')],
  },
  {
    id: 'donald-trump',
    name: 'Donald Trump',
    aliases: ['Donald J. Trump'],
    offices: [term('us-president', '2017-01-20', '2021-01-19'), term('us-president', '2025-01-20', null)],
  },
  {
    id: 'joe-biden',
    name: 'Joe Biden',
    aliases: ['Joseph Biden', 'Joseph R. Biden'],
    offices: [
      term('us-vice-president', '2009-01-20', '2017-01-19'),
      term('us-president', '2021-01-20', '2025-01-19'),
    ],
  },
  { id: 'al-gore', name: 'Al Gore', offices: [term('us-vice-president', '1993-01-20', '2001-01-19')] },
  {
    id: 'dick-cheney',
    name: 'Dick Cheney',
    offices: [term('us-vice-president', '2001-01-20', '2009-01-19')],
  },
  { id: 'mike-pence', name: 'Mike Pence', offices: [term('us-vice-president', '2017-01-20', '2021-01-19')] },
  {
    id: 'kamala-harris',
    name: 'Kamala Harris',
    offices: [term('us-vice-president', '2021-01-20', '2025-01-19')],
  },
  {
    id: 'jd-vance',
    name: 'JD Vance',
    aliases: ['J.D. Vance', 'J. D. Vance'],
    offices: [term('us-vice-president', '2025-01-20', null)],
  },
  // Secretaries of State
  {
    id: 'madeleine-albright',
    name: 'Madeleine Albright',
    offices: [term('us-secretary-of-state', '1997-01-23', '2001-01-19')],
  },
  {
    id: 'colin-powell',
    name: 'Colin Powell',
    offices: [term('us-secretary-of-state', '2001-01-20', '2005-01-25')],
  },
  {
    id: 'condoleezza-rice',
    name: 'Condoleezza Rice',
    aliases: ['Condi Rice'],
    offices: [
      term('us-national-security-adviser', '2001-01-20', '2005-01-25'),
      term('us-secretary-of-state', '2005-01-26', '2009-01-20'),
    ],
  },
  {
    id: 'hillary-clinton',
    name: 'Hillary Clinton',
    aliases: ['Hillary Rodham Clinton'],
    offices: [term('us-secretary-of-state', '2009-01-21', '2013-01-31')],
  },
  {
    id: 'john-kerry',
    name: 'John Kerry',
    aliases: ['John F. Kerry'],
    offices: [term('us-secretary-of-state', '2013-02-01', '2017-01-19')],
  },
  {
    id: 'thomas-shannon',
    name: 'Thomas Shannon',
    aliases: ['Tom Shannon', 'Thomas A. Shannon'],
    offices: [term('us-secretary-of-state', '2017-01-20', '2017-01-31', acting)],
  },
  {
    id: 'rex-tillerson',
    name: 'Rex Tillerson',
    offices: [term('us-secretary-of-state', '2017-02-01', '2018-03-31')],
  },
  {
    id: 'john-j-sullivan',
    name: 'John J. Sullivan',
    aliases: ['John Sullivan'],
    offices: [term('us-secretary-of-state', '2018-04-01', '2018-04-25', acting)],
  },
  {
    id: 'mike-pompeo',
    name: 'Mike Pompeo',
    aliases: ['Michael Pompeo', 'Michael R. Pompeo'],
    offices: [term('us-secretary-of-state', '2018-04-26', '2021-01-19')],
  },
  {
    id: 'daniel-b-smith',
    name: 'Daniel B. Smith',
    aliases: ['Daniel Bennett Smith'],
    surnames: [],
    offices: [term('us-secretary-of-state', '2021-01-20', '2021-01-25', acting)],
  },
  {
    id: 'antony-blinken',
    name: 'Antony Blinken',
    aliases: ['Tony Blinken', 'Antony J. Blinken'],
    offices: [term('us-secretary-of-state', '2021-01-26', '2025-01-19')],
  },
  {
    id: 'marco-rubio',
    name: 'Marco Rubio',
    offices: [
      term('us-secretary-of-state', '2025-01-21', null, {
        note: 'Lisa Kenna was acting secretary on 2025-01-20.',
      }),
      term('us-national-security-adviser', '2025-05-01', null, {
        acting: true,
        note: 'Interim adviser after Waltz left.',
      }),
    ],
  },
  // Secretaries of Defense (styled "Secretary of War" as a secondary title from September 2025)
  {
    id: 'william-cohen',
    name: 'William Cohen',
    aliases: ['William S. Cohen'],
    offices: [term('us-secretary-of-defense', '1997-01-24', '2001-01-19')],
  },
  {
    id: 'donald-rumsfeld',
    name: 'Donald Rumsfeld',
    offices: [term('us-secretary-of-defense', '2001-01-20', '2006-12-17')],
  },
  {
    id: 'robert-gates',
    name: 'Robert Gates',
    aliases: ['Robert M. Gates'],
    offices: [term('us-secretary-of-defense', '2006-12-18', '2011-06-30')],
  },
  {
    id: 'leon-panetta',
    name: 'Leon Panetta',
    offices: [term('us-secretary-of-defense', '2011-07-01', '2013-02-26')],
  },
  {
    id: 'chuck-hagel',
    name: 'Chuck Hagel',
    offices: [term('us-secretary-of-defense', '2013-02-27', '2015-02-16')],
  },
  {
    id: 'ash-carter',
    name: 'Ash Carter',
    aliases: ['Ashton Carter', 'Ashton B. Carter'],
    offices: [term('us-secretary-of-defense', '2015-02-17', '2017-01-19')],
  },
  {
    id: 'james-mattis',
    name: 'James Mattis',
    aliases: ['Jim Mattis', 'James N. Mattis'],
    offices: [term('us-secretary-of-defense', '2017-01-20', '2018-12-31')],
  },
  {
    id: 'patrick-shanahan',
    name: 'Patrick Shanahan',
    offices: [term('us-secretary-of-defense', '2019-01-01', '2019-06-23', acting)],
  },
  {
    id: 'mark-esper',
    name: 'Mark Esper',
    offices: [
      term('us-secretary-of-defense', '2019-06-24', '2019-07-14', acting),
      term('us-secretary-of-defense', '2019-07-23', '2020-11-08'),
    ],
  },
  {
    id: 'richard-v-spencer',
    name: 'Richard V. Spencer',
    aliases: ['Richard Spencer'],
    surnames: [],
    offices: [term('us-secretary-of-defense', '2019-07-15', '2019-07-22', acting)],
  },
  {
    id: 'christopher-c-miller',
    name: 'Christopher C. Miller',
    aliases: ['Christopher Miller', 'Chris Miller'],
    offices: [term('us-secretary-of-defense', '2020-11-09', '2021-01-19', acting)],
  },
  {
    id: 'david-norquist',
    name: 'David Norquist',
    offices: [term('us-secretary-of-defense', '2021-01-20', '2021-01-21', acting)],
  },
  {
    id: 'lloyd-austin',
    name: 'Lloyd Austin',
    aliases: ['Lloyd J. Austin'],
    surnames: [],
    offices: [term('us-secretary-of-defense', '2021-01-22', '2025-01-19')],
  },
  {
    id: 'robert-salesses',
    name: 'Robert Salesses',
    offices: [term('us-secretary-of-defense', '2025-01-20', '2025-01-24', acting)],
  },
  {
    id: 'pete-hegseth',
    name: 'Pete Hegseth',
    offices: [term('us-secretary-of-defense', '2025-01-25', null)],
  },
  // National Security Advisers
  {
    id: 'sandy-berger',
    name: 'Sandy Berger',
    aliases: ['Samuel Berger'],
    offices: [term('us-national-security-adviser', '1997-03-14', '2001-01-19')],
  },
  {
    id: 'stephen-hadley',
    name: 'Stephen Hadley',
    offices: [term('us-national-security-adviser', '2005-01-26', '2009-01-19')],
  },
  {
    id: 'james-l-jones',
    name: 'James L. Jones',
    aliases: ['James Jones', 'Jim Jones'],
    surnames: [],
    offices: [term('us-national-security-adviser', '2009-01-20', '2010-10-07')],
  },
  {
    id: 'tom-donilon',
    name: 'Tom Donilon',
    aliases: ['Thomas Donilon'],
    offices: [term('us-national-security-adviser', '2010-10-08', '2013-06-30')],
  },
  {
    id: 'susan-rice',
    name: 'Susan Rice',
    offices: [
      term('us-ambassador-to-the-un', '2009-01-22', '2013-06-30'),
      term('us-national-security-adviser', '2013-07-01', '2017-01-19'),
    ],
  },
  {
    id: 'michael-flynn',
    name: 'Michael Flynn',
    aliases: ['Mike Flynn'],
    offices: [term('us-national-security-adviser', '2017-01-20', '2017-02-13')],
  },
  {
    id: 'keith-kellogg',
    name: 'Keith Kellogg',
    offices: [term('us-national-security-adviser', '2017-02-14', '2017-02-19', acting)],
  },
  {
    id: 'hr-mcmaster',
    name: 'H. R. McMaster',
    aliases: ['H.R. McMaster', 'HR McMaster'],
    offices: [term('us-national-security-adviser', '2017-02-20', '2018-04-08')],
  },
  {
    id: 'john-bolton',
    name: 'John Bolton',
    offices: [
      term('us-ambassador-to-the-un', '2005-08-02', '2006-12-31'),
      term('us-national-security-adviser', '2018-04-09', '2019-09-10'),
    ],
  },
  {
    id: 'charles-kupperman',
    name: 'Charles Kupperman',
    offices: [term('us-national-security-adviser', '2019-09-11', '2019-09-17', acting)],
  },
  {
    id: 'robert-obrien',
    name: "Robert O'Brien",
    aliases: ['Robert C. O’Brien'],
    offices: [term('us-national-security-adviser', '2019-09-18', '2021-01-19')],
  },
  {
    id: 'jake-sullivan',
    name: 'Jake Sullivan',
    offices: [term('us-national-security-adviser', '2021-01-20', '2025-01-19')],
  },
  {
    id: 'mike-waltz',
    name: 'Mike Waltz',
    aliases: ['Michael Waltz'],
    offices: [
      term('us-national-security-adviser', '2025-01-20', '2025-04-30'),
      term('us-ambassador-to-the-un', '2025-09-19', null, {
        ...approx,
        note: 'Confirmed by the Senate in September 2025.',
      }),
    ],
  },
  // Ambassadors to the UN
  {
    id: 'richard-holbrooke',
    name: 'Richard Holbrooke',
    offices: [term('us-ambassador-to-the-un', '1999-08-31', '2001-01-19')],
  },
  {
    id: 'james-b-cunningham',
    name: 'James B. Cunningham',
    aliases: ['James Cunningham'],
    offices: [term('us-ambassador-to-the-un', '2001-01-20', '2001-09-18', acting)],
  },
  {
    id: 'john-negroponte',
    name: 'John Negroponte',
    offices: [term('us-ambassador-to-the-un', '2001-09-19', '2004-06-23')],
  },
  {
    id: 'john-danforth',
    name: 'John Danforth',
    offices: [term('us-ambassador-to-the-un', '2004-07-01', '2005-01-19')],
  },
  {
    id: 'anne-w-patterson',
    name: 'Anne W. Patterson',
    aliases: ['Anne Patterson'],
    offices: [term('us-ambassador-to-the-un', '2005-01-20', '2005-08-01', acting)],
  },
  {
    id: 'alejandro-wolff',
    name: 'Alejandro Wolff',
    offices: [term('us-ambassador-to-the-un', '2007-01-01', '2007-04-29', acting)],
  },
  {
    id: 'zalmay-khalilzad',
    name: 'Zalmay Khalilzad',
    offices: [term('us-ambassador-to-the-un', '2007-04-30', '2009-01-21')],
  },
  {
    id: 'rosemary-dicarlo',
    name: 'Rosemary DiCarlo',
    offices: [term('us-ambassador-to-the-un', '2013-07-01', '2013-08-04', acting)],
  },
  {
    id: 'samantha-power',
    name: 'Samantha Power',
    surnames: [],
    offices: [term('us-ambassador-to-the-un', '2013-08-05', '2017-01-19')],
  },
  {
    id: 'michele-sison',
    name: 'Michele Sison',
    offices: [term('us-ambassador-to-the-un', '2017-01-20', '2017-01-26', acting)],
  },
  {
    id: 'nikki-haley',
    name: 'Nikki Haley',
    offices: [term('us-ambassador-to-the-un', '2017-01-27', '2018-12-31')],
  },
  {
    id: 'jonathan-r-cohen',
    name: 'Jonathan R. Cohen',
    aliases: ['Jonathan Cohen'],
    offices: [term('us-ambassador-to-the-un', '2019-01-01', '2019-09-11', acting)],
  },
  {
    id: 'kelly-craft',
    name: 'Kelly Craft',
    aliases: ['Kelly Knight Craft'],
    surnames: [],
    offices: [term('us-ambassador-to-the-un', '2019-09-12', '2021-01-19')],
  },
  {
    id: 'richard-m-mills',
    name: 'Richard M. Mills',
    aliases: ['Richard Mills'],
    offices: [term('us-ambassador-to-the-un', '2021-01-20', '2021-02-24', acting)],
  },
  {
    id: 'linda-thomas-greenfield',
    name: 'Linda Thomas-Greenfield',
    offices: [term('us-ambassador-to-the-un', '2021-02-25', '2025-01-19')],
  },
  {
    id: 'dorothy-shea',
    name: 'Dorothy Shea',
    offices: [term('us-ambassador-to-the-un', '2025-01-20', '2025-09-18', { ...acting, ...approx })],
  },
  // White House press secretaries
  {
    id: 'joe-lockhart',
    name: 'Joe Lockhart',
    offices: [term('us-white-house-press-secretary', '1998-10-05', '2000-09-30', approx)],
  },
  {
    id: 'jake-siewert',
    name: 'Jake Siewert',
    offices: [term('us-white-house-press-secretary', '2000-10-01', '2001-01-19', approx)],
  },
  {
    id: 'ari-fleischer',
    name: 'Ari Fleischer',
    offices: [term('us-white-house-press-secretary', '2001-01-20', '2003-07-14')],
  },
  {
    id: 'scott-mcclellan',
    name: 'Scott McClellan',
    offices: [term('us-white-house-press-secretary', '2003-07-15', '2006-05-07')],
  },
  {
    id: 'tony-snow',
    name: 'Tony Snow',
    surnames: [],
    offices: [term('us-white-house-press-secretary', '2006-05-08', '2007-09-13')],
  },
  {
    id: 'dana-perino',
    name: 'Dana Perino',
    offices: [term('us-white-house-press-secretary', '2007-09-14', '2009-01-19')],
  },
  {
    id: 'robert-gibbs',
    name: 'Robert Gibbs',
    offices: [term('us-white-house-press-secretary', '2009-01-20', '2011-02-10')],
  },
  {
    id: 'jay-carney',
    name: 'Jay Carney',
    offices: [term('us-white-house-press-secretary', '2011-02-11', '2014-06-19')],
  },
  {
    id: 'josh-earnest',
    name: 'Josh Earnest',
    surnames: [],
    offices: [term('us-white-house-press-secretary', '2014-06-20', '2017-01-19')],
  },
  {
    id: 'sean-spicer',
    name: 'Sean Spicer',
    offices: [term('us-white-house-press-secretary', '2017-01-20', '2017-07-20')],
  },
  {
    id: 'sarah-huckabee-sanders',
    name: 'Sarah Huckabee Sanders',
    aliases: ['Sarah Sanders'],
    surnames: ['Huckabee Sanders'],
    offices: [term('us-white-house-press-secretary', '2017-07-21', '2019-06-30')],
  },
  {
    id: 'stephanie-grisham',
    name: 'Stephanie Grisham',
    offices: [term('us-white-house-press-secretary', '2019-07-01', '2020-04-06')],
  },
  {
    id: 'kayleigh-mcenany',
    name: 'Kayleigh McEnany',
    offices: [term('us-white-house-press-secretary', '2020-04-07', '2021-01-19')],
  },
  {
    id: 'jen-psaki',
    name: 'Jen Psaki',
    aliases: ['Jennifer Psaki'],
    offices: [
      term('us-state-department-spokesperson', '2013-04-15', '2015-03-31', approx),
      term('us-white-house-press-secretary', '2021-01-20', '2022-05-12'),
    ],
  },
  {
    id: 'karine-jean-pierre',
    name: 'Karine Jean-Pierre',
    offices: [term('us-white-house-press-secretary', '2022-05-13', '2025-01-19')],
  },
  {
    id: 'karoline-leavitt',
    name: 'Karoline Leavitt',
    offices: [term('us-white-house-press-secretary', '2025-01-20', null)],
  },
  // State Department spokespeople (briefers; start days after 2000 are often approximate)
  {
    id: 'james-rubin',
    name: 'James Rubin',
    aliases: ['Jamie Rubin'],
    offices: [term('us-state-department-spokesperson', '1997-08-01', '2000-05-31', approx)],
  },
  {
    id: 'richard-boucher',
    name: 'Richard Boucher',
    offices: [term('us-state-department-spokesperson', '2000-06-01', '2005-05-31', approx)],
  },
  {
    id: 'sean-mccormack',
    name: 'Sean McCormack',
    offices: [term('us-state-department-spokesperson', '2005-06-01', '2009-01-20', approx)],
  },
  {
    id: 'robert-wood',
    name: 'Robert Wood',
    surnames: [],
    offices: [term('us-state-department-spokesperson', '2009-01-21', '2009-05-25', { ...acting, ...approx })],
  },
  {
    id: 'pj-crowley',
    name: 'P. J. Crowley',
    aliases: ['P.J. Crowley', 'Philip Crowley', 'Philip J. Crowley'],
    offices: [term('us-state-department-spokesperson', '2009-05-26', '2011-03-13')],
  },
  {
    id: 'mark-toner',
    name: 'Mark Toner',
    offices: [
      term('us-state-department-spokesperson', '2011-03-14', '2011-05-31', { ...acting, ...approx }),
      term('us-state-department-spokesperson', '2017-01-20', '2017-04-23', { ...acting, ...approx }),
    ],
  },
  {
    id: 'victoria-nuland',
    name: 'Victoria Nuland',
    offices: [term('us-state-department-spokesperson', '2011-06-01', '2013-04-14', approx)],
  },
  {
    id: 'john-kirby',
    name: 'John Kirby',
    offices: [term('us-state-department-spokesperson', '2015-05-11', '2017-01-19', approx)],
  },
  {
    id: 'heather-nauert',
    name: 'Heather Nauert',
    offices: [term('us-state-department-spokesperson', '2017-04-24', '2019-02-28', approx)],
  },
  {
    id: 'robert-palladino',
    name: 'Robert Palladino',
    offices: [term('us-state-department-spokesperson', '2019-03-01', '2019-05-31', { ...acting, ...approx })],
  },
  {
    id: 'morgan-ortagus',
    name: 'Morgan Ortagus',
    offices: [term('us-state-department-spokesperson', '2019-06-01', '2021-01-19', approx)],
  },
  {
    id: 'ned-price',
    name: 'Ned Price',
    surnames: [],
    offices: [term('us-state-department-spokesperson', '2021-01-20', '2023-03-31', approx)],
  },
  {
    id: 'vedant-patel',
    name: 'Vedant Patel',
    offices: [term('us-state-department-spokesperson', '2023-04-01', '2023-05-14', { ...acting, ...approx })],
  },
  {
    id: 'matthew-miller',
    name: 'Matthew Miller',
    offices: [term('us-state-department-spokesperson', '2023-05-15', '2025-01-19', approx)],
  },
  {
    id: 'tammy-bruce',
    name: 'Tammy Bruce',
    offices: [
      term('us-state-department-spokesperson', '2025-01-20', null, {
        ...approx,
        note: 'Nominated deputy UN ambassador in August 2025; any later change is not recorded here.',
      }),
    ],
  },
  // Envoys
  {
    id: 'george-mitchell',
    name: 'George Mitchell',
    aliases: ['George J. Mitchell'],
    offices: [term('us-middle-east-envoy', '2009-01-22', '2011-05-20')],
  },
  {
    id: 'martin-indyk',
    name: 'Martin Indyk',
    offices: [term('us-middle-east-envoy', '2013-07-29', '2014-06-27')],
  },
  {
    id: 'jason-greenblatt',
    name: 'Jason Greenblatt',
    offices: [term('us-middle-east-envoy', '2017-01-20', '2019-10-31', approx)],
  },
  { id: 'jared-kushner', name: 'Jared Kushner' },
  {
    id: 'steve-witkoff',
    name: 'Steve Witkoff',
    aliases: ['Steven Witkoff'],
    offices: [term('us-middle-east-envoy', '2025-01-20', null)],
  },
  // Ambassadors to Israel (political appointees leave with their president)
  {
    id: 'dan-shapiro',
    name: 'Dan Shapiro',
    aliases: ['Daniel Shapiro', 'Daniel B. Shapiro'],
    offices: [term('us-ambassador-to-israel', '2011-07-01', '2017-01-19', approx)],
  },
  {
    id: 'david-friedman',
    name: 'David Friedman',
    aliases: ['David M. Friedman'],
    offices: [term('us-ambassador-to-israel', '2017-05-15', '2021-01-19', approx)],
  },
  {
    id: 'tom-nides',
    name: 'Tom Nides',
    aliases: ['Thomas Nides'],
    offices: [term('us-ambassador-to-israel', '2021-12-05', '2023-07-21', approx)],
  },
  {
    id: 'jack-lew',
    name: 'Jack Lew',
    aliases: ['Jacob Lew'],
    offices: [term('us-ambassador-to-israel', '2023-11-05', '2025-01-19', approx)],
  },
  {
    id: 'mike-huckabee',
    name: 'Mike Huckabee',
    offices: [term('us-ambassador-to-israel', '2025-04-18', null, approx)],
  },
  { id: 'amos-hochstein', name: 'Amos Hochstein' },
];
