// Every UN member state bodies.ts does not already model, the two observer states and Kosovo
// and Taiwan, one row each: id, name, demonyms, aliases and capital. Conventions (see bodies.ts):
// - ids are the slug of the short English name and never change (they appear in shared links);
// - demonyms only qualify titles ("Senegalese Foreign Minister"); "the Senegalese government"
//   becomes an alias through `state`. A demonym two states share ("Congolese", "Korean") is
//   given to neither, so that it never names the wrong one.
// - Palestine: "Palestine" and "State of Palestine" are context aliases of palestinian-authority
//   (bodies.ts). The PA governs, the PLO represents it at the UN and one president heads all
//   three; splitting them would scatter one actor over the timeline, as with the White House.
// - Kosovo and Taiwan are listed because their governments act in this coverage; listing them
//   takes no position on their status. Names shared with common first names ("Chad", "Georgia")
//   are kept: single words match case-sensitively and a known full name is matched first.
// - Capitals become places that may stand for their state under the strict rule ("Manama
//   rejected…"). None is listed when it is spelt like the state (Singapore, Monaco), stands
//   for another actor too (Brussels is the EU's: places-and-outlets.ts) or is a common name or
//   word (Victoria, St. John's).
import type { BodyData, GazetteerData } from './gazetteer-schema.ts';
import { state } from './bodies.ts';

type PlaceData = GazetteerData['places'][number];

interface StateRow {
  readonly body: BodyData;
  /** [name, ...aliases] of the capital, or null (see the header). */
  readonly capital: readonly string[] | null;
  readonly unMember: boolean;
}

type Capital = string | readonly string[] | null;

const toRow = (unMember: boolean) =>
  function row(id: string, name: string, demonyms: string[], aliases: string[], capital: Capital): StateRow {
    const capitalForms = capital === null ? null : typeof capital === 'string' ? [capital] : capital;
    return { body: state(id, name, demonyms, aliases), capital: capitalForms, unMember };
  };
const m = toRow(true);
const other = toRow(false);

/** UN members modelled in bodies.ts, so that the member list below is complete (193). */
export const UN_MEMBERS_IN_BODIES = [
  ...['united-states', 'israel', 'russia', 'china', 'france', 'united-kingdom', 'germany', 'egypt'],
  ...['jordan', 'italy', 'niger', 'algeria', 'syria', 'iran', 'lebanon', 'saudi-arabia', 'turkey'],
  ...['qatar', 'united-arab-emirates', 'spain', 'ireland', 'portugal', 'denmark', 'ukraine'],
];

const ROWS: StateRow[] = [
  // ── Middle East and North Africa ──
  m('bahrain', 'Bahrain', ['Bahraini'], ['Kingdom of Bahrain'], 'Manama'),
  m('kuwait', 'Kuwait', ['Kuwaiti'], ['State of Kuwait'], 'Kuwait City'),
  m('oman', 'Oman', ['Omani'], ['Sultanate of Oman'], 'Muscat'),
  m('yemen', 'Yemen', ['Yemeni'], ['Republic of Yemen'], ['Sanaa', "Sana'a", 'Sana’a']),
  m('iraq', 'Iraq', ['Iraqi'], ['Republic of Iraq'], 'Baghdad'),
  m('libya', 'Libya', ['Libyan'], [], 'Tripoli'),
  m('tunisia', 'Tunisia', ['Tunisian'], [], 'Tunis'),
  m('morocco', 'Morocco', ['Moroccan'], ['Kingdom of Morocco'], 'Rabat'),
  m('mauritania', 'Mauritania', ['Mauritanian'], [], 'Nouakchott'),
  m('sudan', 'Sudan', ['Sudanese'], ['Republic of the Sudan'], 'Khartoum'),
  m('south-sudan', 'South Sudan', ['South Sudanese'], [], 'Juba'),
  m('cyprus', 'Cyprus', ['Cypriot'], ['Republic of Cyprus'], 'Nicosia'),
  // ── Europe ──
  m('albania', 'Albania', ['Albanian'], [], 'Tirana'),
  m('andorra', 'Andorra', ['Andorran'], [], 'Andorra la Vella'),
  m('austria', 'Austria', ['Austrian'], [], 'Vienna'),
  m('belarus', 'Belarus', ['Belarusian'], ['Byelorussia'], 'Minsk'),
  m('belgium', 'Belgium', ['Belgian'], [], null),
  m(
    'bosnia-and-herzegovina',
    'Bosnia and Herzegovina',
    ['Bosnian'],
    ['Bosnia-Herzegovina', 'Bosnia'],
    'Sarajevo',
  ),
  m('bulgaria', 'Bulgaria', ['Bulgarian'], [], 'Sofia'),
  m('croatia', 'Croatia', ['Croatian'], [], 'Zagreb'),
  m('czech-republic', 'Czech Republic', ['Czech'], ['Czechia'], 'Prague'),
  m('estonia', 'Estonia', ['Estonian'], [], 'Tallinn'),
  m('finland', 'Finland', ['Finnish'], [], 'Helsinki'),
  m('greece', 'Greece', ['Greek'], ['Hellenic Republic'], 'Athens'),
  m('hungary', 'Hungary', ['Hungarian'], [], 'Budapest'),
  m('iceland', 'Iceland', ['Icelandic'], [], ['Reykjavik', 'Reykjavík']),
  m('latvia', 'Latvia', ['Latvian'], [], 'Riga'),
  m('liechtenstein', 'Liechtenstein', [], [], 'Vaduz'),
  m('lithuania', 'Lithuania', ['Lithuanian'], [], 'Vilnius'),
  m('luxembourg', 'Luxembourg', ['Luxembourgish'], [], null),
  m('malta', 'Malta', ['Maltese'], [], 'Valletta'),
  m('moldova', 'Moldova', ['Moldovan'], ['Republic of Moldova'], ['Chisinau', 'Chișinău']),
  m('monaco', 'Monaco', ['Monegasque'], [], null),
  m('montenegro', 'Montenegro', ['Montenegrin'], [], 'Podgorica'),
  m('netherlands', 'Netherlands', ['Dutch'], ['Holland', 'Kingdom of the Netherlands'], 'Amsterdam'),
  m('north-macedonia', 'North Macedonia', ['Macedonian'], ['Macedonia', 'FYROM'], 'Skopje'),
  m('norway', 'Norway', ['Norwegian'], [], 'Oslo'),
  m('poland', 'Poland', ['Polish'], [], 'Warsaw'),
  m('romania', 'Romania', ['Romanian'], [], 'Bucharest'),
  m('san-marino', 'San Marino', ['Sammarinese'], [], null),
  m('serbia', 'Serbia', ['Serbian'], [], 'Belgrade'),
  m('slovakia', 'Slovakia', ['Slovak'], ['Slovak Republic'], 'Bratislava'),
  m('slovenia', 'Slovenia', ['Slovenian', 'Slovene'], [], 'Ljubljana'),
  m('sweden', 'Sweden', ['Swedish'], [], 'Stockholm'),
  m('switzerland', 'Switzerland', ['Swiss'], ['Swiss Confederation'], 'Bern'),
  // ── Caucasus and Central Asia ──
  m('armenia', 'Armenia', ['Armenian'], [], 'Yerevan'),
  m('azerbaijan', 'Azerbaijan', ['Azerbaijani'], [], 'Baku'),
  m('georgia', 'Georgia', ['Georgian'], [], 'Tbilisi'),
  m('kazakhstan', 'Kazakhstan', ['Kazakh', 'Kazakhstani'], [], 'Astana'),
  m('kyrgyzstan', 'Kyrgyzstan', ['Kyrgyz'], ['Kyrgyz Republic'], 'Bishkek'),
  m('tajikistan', 'Tajikistan', ['Tajik'], [], 'Dushanbe'),
  m('turkmenistan', 'Turkmenistan', ['Turkmen'], [], 'Ashgabat'),
  m('uzbekistan', 'Uzbekistan', ['Uzbek'], [], 'Tashkent'),
  // ── South and East Asia ──
  m('afghanistan', 'Afghanistan', ['Afghan'], [], 'Kabul'),
  m('bangladesh', 'Bangladesh', ['Bangladeshi'], [], 'Dhaka'),
  m('bhutan', 'Bhutan', ['Bhutanese'], [], 'Thimphu'),
  m('brunei', 'Brunei', ['Bruneian'], ['Brunei Darussalam'], 'Bandar Seri Begawan'),
  m('cambodia', 'Cambodia', ['Cambodian'], [], 'Phnom Penh'),
  m('india', 'India', ['Indian'], ['Republic of India'], ['New Delhi', 'Delhi']),
  m('indonesia', 'Indonesia', ['Indonesian'], [], 'Jakarta'),
  m('japan', 'Japan', ['Japanese'], [], 'Tokyo'),
  m('laos', 'Laos', ['Lao', 'Laotian'], ['Lao PDR'], 'Vientiane'),
  m('malaysia', 'Malaysia', ['Malaysian'], [], 'Kuala Lumpur'),
  m('maldives', 'Maldives', ['Maldivian'], [], ['Malé']),
  m('mongolia', 'Mongolia', ['Mongolian'], [], ['Ulaanbaatar', 'Ulan Bator']),
  m('myanmar', 'Myanmar', ['Burmese'], ['Burma'], ['Naypyidaw', 'Nay Pyi Taw']),
  m('nepal', 'Nepal', ['Nepali', 'Nepalese'], [], 'Kathmandu'),
  m(
    'north-korea',
    'North Korea',
    ['North Korean'],
    ["Democratic People's Republic of Korea", 'DPRK'],
    'Pyongyang',
  ),
  m('pakistan', 'Pakistan', ['Pakistani'], [], 'Islamabad'),
  m('philippines', 'Philippines', ['Philippine', 'Filipino'], [], 'Manila'),
  m('singapore', 'Singapore', ['Singaporean'], [], null),
  m('south-korea', 'South Korea', ['South Korean'], ['Republic of Korea', 'ROK'], 'Seoul'),
  m('sri-lanka', 'Sri Lanka', ['Sri Lankan'], [], 'Colombo'),
  m('thailand', 'Thailand', ['Thai'], [], 'Bangkok'),
  m('timor-leste', 'Timor-Leste', ['Timorese'], ['East Timor'], 'Dili'),
  m('vietnam', 'Vietnam', ['Vietnamese'], ['Viet Nam'], 'Hanoi'),
  // ── Sub-Saharan Africa ──
  m('angola', 'Angola', ['Angolan'], [], 'Luanda'),
  m('benin', 'Benin', ['Beninese'], [], 'Porto-Novo'),
  m('botswana', 'Botswana', ['Botswanan'], [], 'Gaborone'),
  m('burkina-faso', 'Burkina Faso', ['Burkinabe'], [], 'Ouagadougou'),
  m('burundi', 'Burundi', ['Burundian'], [], 'Gitega'),
  m('cabo-verde', 'Cabo Verde', ['Cape Verdean'], ['Cape Verde'], 'Praia'),
  m('cameroon', 'Cameroon', ['Cameroonian'], [], ['Yaounde', 'Yaoundé']),
  m('central-african-republic', 'Central African Republic', ['Central African'], [], 'Bangui'),
  m('chad', 'Chad', ['Chadian'], [], "N'Djamena"),
  m('comoros', 'Comoros', ['Comorian'], [], 'Moroni'),
  m('djibouti', 'Djibouti', ['Djiboutian'], [], null),
  m(
    'democratic-republic-of-the-congo',
    'Democratic Republic of the Congo',
    [],
    ['Democratic Republic of Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
    'Kinshasa',
  ),
  m('equatorial-guinea', 'Equatorial Guinea', ['Equatorial Guinean', 'Equatoguinean'], [], 'Malabo'),
  m('eritrea', 'Eritrea', ['Eritrean'], [], 'Asmara'),
  m('eswatini', 'Eswatini', ['Swazi'], ['Swaziland'], 'Mbabane'),
  m('ethiopia', 'Ethiopia', ['Ethiopian'], [], 'Addis Ababa'),
  m('gabon', 'Gabon', ['Gabonese'], [], 'Libreville'),
  m('gambia', 'Gambia', ['Gambian'], ['The Gambia'], 'Banjul'),
  m('ghana', 'Ghana', ['Ghanaian'], [], 'Accra'),
  m('guinea', 'Guinea', ['Guinean'], [], 'Conakry'),
  m('guinea-bissau', 'Guinea-Bissau', ['Bissau-Guinean'], [], 'Bissau'),
  m(
    'ivory-coast',
    'Ivory Coast',
    ['Ivorian'],
    ["Côte d'Ivoire", "Cote d'Ivoire", 'Côte d’Ivoire'],
    'Yamoussoukro',
  ),
  m('kenya', 'Kenya', ['Kenyan'], [], 'Nairobi'),
  m('lesotho', 'Lesotho', ['Basotho'], [], 'Maseru'),
  m('liberia', 'Liberia', ['Liberian'], [], 'Monrovia'),
  m('madagascar', 'Madagascar', ['Malagasy'], [], 'Antananarivo'),
  m('malawi', 'Malawi', ['Malawian'], [], 'Lilongwe'),
  m('mali', 'Mali', ['Malian'], [], 'Bamako'),
  m('mauritius', 'Mauritius', ['Mauritian'], [], 'Port Louis'),
  m('mozambique', 'Mozambique', ['Mozambican'], [], 'Maputo'),
  m('namibia', 'Namibia', ['Namibian'], [], 'Windhoek'),
  m('nigeria', 'Nigeria', ['Nigerian'], [], 'Abuja'),
  m(
    'republic-of-the-congo',
    'Republic of the Congo',
    [],
    ['Republic of Congo', 'Congo-Brazzaville'],
    'Brazzaville',
  ),
  m('rwanda', 'Rwanda', ['Rwandan'], [], 'Kigali'),
  m('sao-tome-and-principe', 'Sao Tome and Principe', ['Santomean'], ['São Tomé and Príncipe'], ['São Tomé']),
  m('senegal', 'Senegal', ['Senegalese'], [], 'Dakar'),
  m('seychelles', 'Seychelles', ['Seychellois'], [], null),
  m('sierra-leone', 'Sierra Leone', ['Sierra Leonean'], [], 'Freetown'),
  m('somalia', 'Somalia', ['Somali'], [], 'Mogadishu'),
  m('south-africa', 'South Africa', ['South African'], ['Republic of South Africa'], 'Pretoria'),
  m('tanzania', 'Tanzania', ['Tanzanian'], ['United Republic of Tanzania'], 'Dodoma'),
  m('togo', 'Togo', ['Togolese'], [], ['Lomé', 'Lome']),
  m('uganda', 'Uganda', ['Ugandan'], [], 'Kampala'),
  m('zambia', 'Zambia', ['Zambian'], [], 'Lusaka'),
  m('zimbabwe', 'Zimbabwe', ['Zimbabwean'], [], 'Harare'),
  // ── Americas ──
  m('antigua-and-barbuda', 'Antigua and Barbuda', ['Antiguan'], [], null),
  m('argentina', 'Argentina', ['Argentine', 'Argentinian'], [], 'Buenos Aires'),
  m('bahamas', 'Bahamas', ['Bahamian'], ['The Bahamas'], 'Nassau'),
  m('barbados', 'Barbados', ['Barbadian'], [], 'Bridgetown'),
  m('belize', 'Belize', ['Belizean'], [], 'Belmopan'),
  m('bolivia', 'Bolivia', ['Bolivian'], [], 'La Paz'),
  m('brazil', 'Brazil', ['Brazilian'], [], ['Brasília', 'Brasilia']),
  m('canada', 'Canada', ['Canadian'], [], 'Ottawa'),
  m('chile', 'Chile', ['Chilean'], [], 'Santiago'),
  m('colombia', 'Colombia', ['Colombian'], [], ['Bogotá', 'Bogota']),
  m('costa-rica', 'Costa Rica', ['Costa Rican'], [], ['San José', 'San Jose']),
  m('cuba', 'Cuba', ['Cuban'], [], 'Havana'),
  m('dominica', 'Dominica', [], ['Commonwealth of Dominica'], 'Roseau'),
  m('dominican-republic', 'Dominican Republic', ['Dominican'], [], 'Santo Domingo'),
  m('ecuador', 'Ecuador', ['Ecuadorian'], [], 'Quito'),
  m('el-salvador', 'El Salvador', ['Salvadoran'], [], 'San Salvador'),
  m('grenada', 'Grenada', ['Grenadian'], [], "St. George's"),
  m('guatemala', 'Guatemala', ['Guatemalan'], [], 'Guatemala City'),
  m('guyana', 'Guyana', ['Guyanese'], [], 'Georgetown'),
  m('haiti', 'Haiti', ['Haitian'], [], 'Port-au-Prince'),
  m('honduras', 'Honduras', ['Honduran'], [], 'Tegucigalpa'),
  m('jamaica', 'Jamaica', ['Jamaican'], [], 'Kingston'),
  m('mexico', 'Mexico', ['Mexican'], [], 'Mexico City'),
  m('nicaragua', 'Nicaragua', ['Nicaraguan'], [], 'Managua'),
  m('panama', 'Panama', ['Panamanian'], [], 'Panama City'),
  m('paraguay', 'Paraguay', ['Paraguayan'], [], ['Asunción', 'Asuncion']),
  m('peru', 'Peru', ['Peruvian'], [], 'Lima'),
  m('saint-kitts-and-nevis', 'Saint Kitts and Nevis', ['Kittitian'], ['St Kitts and Nevis'], 'Basseterre'),
  m('saint-lucia', 'Saint Lucia', ['Saint Lucian'], ['St Lucia'], 'Castries'),
  m(
    'saint-vincent-and-the-grenadines',
    'Saint Vincent and the Grenadines',
    ['Vincentian'],
    ['St Vincent and the Grenadines'],
    'Kingstown',
  ),
  m('suriname', 'Suriname', ['Surinamese'], [], 'Paramaribo'),
  m('trinidad-and-tobago', 'Trinidad and Tobago', ['Trinidadian'], [], 'Port of Spain'),
  m('uruguay', 'Uruguay', ['Uruguayan'], [], 'Montevideo'),
  m('venezuela', 'Venezuela', ['Venezuelan'], ['Bolivarian Republic of Venezuela'], 'Caracas'),
  // ── Oceania ──
  m('australia', 'Australia', ['Australian'], ['Commonwealth of Australia'], 'Canberra'),
  m('fiji', 'Fiji', ['Fijian'], [], 'Suva'),
  m('kiribati', 'Kiribati', ['I-Kiribati'], [], 'Tarawa'),
  m('marshall-islands', 'Marshall Islands', ['Marshallese'], [], 'Majuro'),
  m('micronesia', 'Micronesia', ['Micronesian'], ['Federated States of Micronesia'], 'Palikir'),
  m('nauru', 'Nauru', ['Nauruan'], [], 'Yaren'),
  m('new-zealand', 'New Zealand', ['New Zealander'], ['NZ'], 'Wellington'),
  m('palau', 'Palau', ['Palauan'], [], 'Ngerulmud'),
  m('papua-new-guinea', 'Papua New Guinea', ['Papua New Guinean'], [], 'Port Moresby'),
  m('samoa', 'Samoa', ['Samoan'], [], 'Apia'),
  m('solomon-islands', 'Solomon Islands', ['Solomon Islander'], [], 'Honiara'),
  m('tonga', 'Tonga', ['Tongan'], [], ["Nuku'alofa", 'Nukuʻalofa']),
  m('tuvalu', 'Tuvalu', ['Tuvaluan'], [], 'Funafuti'),
  m('vanuatu', 'Vanuatu', ['Ni-Vanuatu'], [], 'Port Vila'),
  // ── Observers and partly recognised states ──
  other('holy-see', 'Holy See', [], ['Vatican', 'the Vatican', 'Vatican City'], null),
  other('kosovo', 'Kosovo', ['Kosovar', 'Kosovan'], ['Republic of Kosovo'], ['Pristina', 'Prishtina']),
  other('taiwan', 'Taiwan', ['Taiwanese'], ['Republic of China'], 'Taipei'),
];

export const WORLD_STATES: BodyData[] = ROWS.map((row) => row.body);

/** Ids of all 193 UN member states (tests check the count). */
export const UN_MEMBER_IDS: string[] = [
  ...UN_MEMBERS_IN_BODIES,
  ...ROWS.filter((row) => row.unMember).map((row) => row.body.id),
];

export const WORLD_CAPITALS: PlaceData[] = ROWS.flatMap(({ body, capital }) =>
  capital === null
    ? []
    : [{ name: capital[0]!, aliases: capital.slice(1), metonymFor: body.id, metonymMode: 'strict' as const }],
);
