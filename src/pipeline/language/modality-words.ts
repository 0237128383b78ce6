// Words that put what they govern in another mood than fact: "threatened to veto", "plans to
// visit", "an expected veto", "failed to adopt". Curated lexicon (lemmas), shared by the verb,
// adjective and noun that can govern an infinitive or modify a noun.
import type { Modality } from '../types.ts';

/** Governor lemma → the modality of the infinitive it governs ("X to Y"). */
export const GOVERNOR_MODALITY: ReadonlyMap<string, Modality> = new Map([
  ...(['threaten', 'threat', 'warn', 'warning', 'ultimatum'] as const).map((l) => [l, 'threatened'] as const),
  ...(
    [
      'plan',
      'intend',
      'intention',
      'schedule',
      'set',
      'due',
      'prepare',
      'aim',
      'pledge',
      'promise',
      'vow',
      'agree',
      'decide',
      'decision',
      'go',
      'about',
      'poised',
      'ready',
      'commit',
      'resolve',
    ] as const
  ).map((l) => [l, 'planned'] as const),
  ...(['expect', 'likely', 'anticipate', 'predict', 'forecast', 'bound'] as const).map(
    (l) => [l, 'expected'] as const,
  ),
  ...(
    [
      'try',
      'seek',
      'attempt',
      'bid',
      'effort',
      'push',
      'want',
      'hope',
      'wish',
      'ask',
      'urge',
      'call',
      'demand',
      'press',
      'request',
      'appeal',
      'encourage',
      'invite',
      'offer',
      'propose',
      'consider',
      'weigh',
      'able',
      'possible',
      'willing',
      'need',
      'struggle',
      'pressure',
      'lobby',
      'proposal',
    ] as const
  ).map((l) => [l, 'attempted'] as const),
  ...(['unlikely', 'might', 'could', 'would', 'may'] as const).map((l) => [l, 'hypothetical'] as const),
]);

/** Governors that deny their infinitive: "failed to adopt", "refused to meet", "unable to agree". */
export const NEGATING_GOVERNORS: ReadonlySet<string> = new Set([
  'fail',
  'refuse',
  'decline',
  'unable',
  'reluctant',
  'stop',
  'cease',
  'avoid',
  'refrain',
  'failure',
  'refusal',
]);

/** Governors after which the infinitive is a fact: "allowing it to pass", "managed to agree". */
export const FACTIVE_GOVERNORS: ReadonlySet<string> = new Set([
  'allow',
  'let',
  'manage',
  'help',
  'enable',
  'begin',
  'start',
  'continue',
  'use',
  'vote',
  // Causing someone to act says they did: "prompted the United States to cut off its funding".
  'prompt',
  'force',
  'compel',
  'lead',
  'cause',
  'spur',
]);

/** Travel done for a purpose tells the purpose: "flew to Cairo to meet Sisi" is a meeting. */
export const TRAVEL_GOVERNORS: ReadonlySet<string> = new Set([
  'travel',
  'fly',
  'arrive',
  'come',
  'go',
  'head',
  'return',
  'visit',
  'meet',
  'convene',
  'gather',
]);

/** Modifier lemma → the modality it gives its noun: "an expected veto", "the planned vote". */
export const NOUN_MODIFIER_MODALITY: ReadonlyMap<string, Modality> = new Map([
  ...(['expect', 'expected', 'likely', 'anticipated', 'anticipate', 'probable'] as const).map(
    (l) => [l, 'expected'] as const,
  ),
  ...(['threaten', 'threatened', 'looming', 'loom'] as const).map((l) => [l, 'threatened'] as const),
  ...(
    ['plan', 'planned', 'upcoming', 'forthcoming', 'scheduled', 'schedule', 'prospective', 'future'] as const
  ).map((l) => [l, 'planned'] as const),
  ...(['possible', 'potential', 'hypothetical', 'would-be', 'eventual', 'feared', 'fear'] as const).map(
    (l) => [l, 'hypothetical'] as const,
  ),
  ...(['attempted', 'attempt'] as const).map((l) => [l, 'attempted'] as const),
]);

/** Subordinators that open a condition: its verbs did not (yet) happen. */
export const CONDITIONAL_OPENERS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'lest']);

/** Verbs of saying: "would" in what they report is a future seen from the past ("said the two would meet"). */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'announce',
  'add',
  'state',
  'report',
  'insist',
  'confirm',
  'indicate',
  'explain',
  'note',
  'write',
  'tweet',
  'declare',
  'reveal',
  'signal',
  'disclose',
  'inform',
  'brief',
]);

/** Verbs whose "from" names what was not done: "refrained from vetoing", "abstained from voting". */
export const REFUSING_BEFORE_FROM: ReadonlySet<string> = new Set(['refrain', 'abstain', 'desist', 'away']);

/** Words that count happenings: "dozens of resolutions", "several texts", "45 times". */
export const COUNT_WORDS: ReadonlySet<string> = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  'dozens',
  'scores',
  'hundreds',
  'several',
  'many',
  'numerous',
  'multiple',
  'countless',
]);

/** Adverbs of unbounded repetition: "has repeatedly vetoed", "routinely blocks". */
export const REPEATING_ADVERBS: ReadonlySet<string> = new Set([
  'repeatedly',
  'routinely',
  'regularly',
  'frequently',
  'often',
  'consistently',
  'habitually',
]);

/** Adverbs that count: a history over an open span ("twice since 2011"), a dated pair else
 *  ("met twice last week"). */
export const COUNTING_ADVERBS: ReadonlySet<string> = new Set(['twice', 'thrice']);

/** Head noun → the modality of the happening named after its "of": "the threat of a US veto",
 *  "fears of a withdrawal", "the prospect of talks". */
export const HEAD_NOUN_MODALITY: ReadonlyMap<string, Modality> = new Map([
  ...(['threat', 'spectre', 'specter'] as const).map((l) => [l, 'threatened'] as const),
  ...(['expectation', 'likelihood'] as const).map((l) => [l, 'expected'] as const),
  ...(
    [
      'fear',
      'prospect',
      'possibility',
      'risk',
      'danger',
      'chance',
      'hope',
      'talk',
      'idea',
      'question',
    ] as const
  ).map((l) => [l, 'hypothetical'] as const),
]);

/** Predicate adjective → the modality it gives its subject: "a veto is likely", "a meeting
 *  seemed unlikely", "a vote is possible". */
export const PREDICATE_MODALITY: ReadonlyMap<string, Modality> = new Map([
  ...(['likely', 'probable', 'imminent', 'certain', 'inevitable'] as const).map(
    (l) => [l, 'expected'] as const,
  ),
  ...(['unlikely', 'possible', 'improbable', 'doubtful', 'uncertain', 'conceivable'] as const).map(
    (l) => [l, 'hypothetical'] as const,
  ),
]);

/** Passive verbs that give their subject that modality: "a veto is expected", "talks are planned". */
export const PASSIVE_PREDICATE_MODALITY: ReadonlyMap<string, Modality> = new Map([
  ...(['expect', 'anticipate', 'predict', 'forecast'] as const).map((l) => [l, 'expected'] as const),
  ...(['plan', 'schedule', 'set'] as const).map((l) => [l, 'planned'] as const),
  ...(['fear', 'threaten', 'rumour', 'rumor', 'mooted', 'moot'] as const).map(
    (l) => [l, 'hypothetical'] as const,
  ),
]);

/** Verbs whose gerund object is only considered: "is considering vetoing", "discussed
 *  withdrawing"; the mood is GOVERNOR_MODALITY's, else hypothetical. */
export const GERUND_GOVERNORS: ReadonlySet<string> = new Set([
  'consider',
  'weigh',
  'contemplate',
  'discuss',
  'mull',
  'suggest',
  'propose',
  'recommend',
  'favour',
  'favor',
  'risk',
  'threaten',
  'plan',
  'debate',
  'explore',
]);

/** "denied that he had met Abbas", "dismissed talk of a veto": what a denial reports is not asserted. */
export const DENYING_VERBS: ReadonlySet<string> = new Set(['deny', 'dismiss', 'refute']);

/** "rejected claims that it had bombed the hospital": contesting an assertion denies what it says. */
export const CONTESTING_VERBS: ReadonlySet<string> = new Set(['reject', 'dispute', 'contest']);
export const ASSERTION_NOUNS: ReadonlySet<string> = new Set([
  'claim',
  'report',
  'allegation',
  'accusation',
  'suggestion',
  'charge',
  'rumour',
  'rumor',
  'assertion',
]);
