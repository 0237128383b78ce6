// Curated word lists the story features rest on (data, not rules for any one article).
// STOP_WORDS: function words and the vocabulary every diplomacy report shares ("said",
// "council", "official"), which tell no story apart; the corpus' own document frequencies
// weigh everything else. THREAD_NOUNS: what a named thread can be ("the Egyptian draft",
// "the Goldstone report", "the Paris conference"), each folded to one kind.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against ago all also although am among an and another any are as at be ' +
    'because been before being between both but by can could did do does during each earlier either ' +
    'even ever every few for from further had has have having he her here hers him his how however if ' +
    'in into is it its itself just last late later least less like made make many may me might more most ' +
    'much must my near neither never new next no nor not now of off on once one only or other our out ' +
    'over own past per perhaps quite rather same several she should since so some still such than that ' +
    'the their them then there these they this those though three through to too two under until up upon ' +
    'us very was we were what when where whether which while who whom whose why will with within without ' +
    'would yet you your week weeks month months year years day days today yesterday tomorrow monday ' +
    'tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec morning evening ' +
    'night hours time said says say saying told tell telling added asked according reporters statement ' +
    'statements spokesman spokeswoman spokesperson official officials diplomat diplomats envoy envoys ' +
    'country countries government governments state states nation nations united member members council ' +
    'security general assembly minister ministers president prime foreign secretary ambassador mr ms mrs ' +
    'dr news wire reuters ap afp first second third called call calls expected due held hold meeting met ' +
    'meet talks went go going take took taken put gave give get got well way part including across'
  ).split(' '),
);

/**
 * Words that say what kind of happening it was, or whose it was in every story of this corpus,
 * not which story: the name's first part (topics.ts) says the kind already.
 */
export const NOT_NAMING_WORDS: ReadonlySet<string> = new Set(
  (
    'vote voted voting veto vetoed resolution draft text measure leader administration ministry senior ' +
    'discuss discussed discussion team session emergency decision support supported adopted adopt approve ' +
    'approved condemn condemned demand demanded end ended open urged urge warned warn rejected reject ' +
    'american israeli palestinian israel washington palestine visit visits visited trip trips tour ' +
    'interview interviews briefing briefings'
  ).split(' '),
);

/**
 * Shell nouns: words that stand for content said elsewhere ("progress", "the issue", "the
 * situation", "details", what "a letter" or "the request" asked) or for a body named elsewhere ("the agency", "the organisation"), so they
 * never say what a story is about, in any corpus.
 */
export const SHELL_NOUNS: ReadonlySet<string> = new Set(
  (
    'progress detail details issue issues matter matters situation question questions point points ' +
    'position positions concern concerns problem problems fact facts idea ideas way ways effort efforts ' +
    'step steps move moves case thing things view views comment comments remark remarks difficulty ' +
    'difficulties opportunity opportunities need needs reason reasons sense result results outcome ' +
    'development developments aspect aspects element elements factor factors attempt attempts ' +
    'agency agencies organisation organisations organization organizations body bodies group groups ' +
    'institution institutions letter letters request requests speech speeches message messages'
  ).split(' '),
);

/** Nouns that make a capitalised word before them a thread: "Kuwaiti draft" → "draft". */
export const THREAD_NOUNS: ReadonlyMap<string, string> = new Map([
  ['draft', 'draft'],
  ['text', 'draft'],
  ['resolution', 'draft'],
  ['plan', 'plan'],
  ['proposal', 'plan'],
  ['initiative', 'plan'],
  ['roadmap', 'plan'],
  ['report', 'report'],
  ['conference', 'conference'],
  ['summit', 'conference'],
  ['talks', 'talks'],
  ['war', 'war'],
  ['offensive', 'war'],
  ['flotilla', 'flotilla'],
  ['application', 'application'],
  ['bid', 'application'],
]);

/** Capitalised words that start sentences or name institutions, not threads ("The draft", "UN report"). */
export const NOT_THREAD_NAMES: ReadonlySet<string> = new Set(
  'a an the this that its their his her our any new final last first second revised rival '
    .concat('un u.n security council general assembly a draft')
    .split(' '),
);
