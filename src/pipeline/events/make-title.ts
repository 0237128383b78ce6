// Short generated titles: "Kerry phones Netanyahu", "US blocks UNSC statement",
// "Macron and el-Sisi hold talks". Built only from the event's type, actors and place, so the
// same event always gets the same title (and so the same id) whatever article reported it.
import type { EventStatus, EventType } from '../../domain/event-types.ts';
import type { ActorRecord } from '../types.ts';
import { getTitleName } from '../gazetteer/index.ts';
import { getHeadLemma, JUDGING_VERBS } from './speech-verbs.ts';

interface TitleParts {
  readonly type: EventType;
  readonly agents: readonly ActorRecord[];
  readonly targets: readonly ActorRecord[];
  readonly place: string | null;
  /** The trigger verb's lemmas ("veto", "put forward"), when the trigger was a verb. */
  readonly verb?: string | undefined;
  /** What it was done to, as the sentence words it ("Security Council resolution on Gaza"). */
  readonly object?: string | undefined;
  /** What a statement said, in the sentence's words ("visit set dangerous precedent"). */
  readonly gist?: string | undefined;
  /** A planned happening reads "Kerry to meet Abbas", never as done. */
  readonly status?: EventStatus | undefined;
}

/**
 * [singular verb phrase, plural verb phrase, phrase with a target (use {whom}), title without
 * agents]. A phrase with a target is given only where the target's part follows from the event
 * type itself (whom one met, phoned, called on); "vetoes {whom} text" or "decides on {whom}"
 * would claim an author or a topic the sentence may not state, so those name no target.
 */
type Template = readonly [string, string, string | null, string];

const TEMPLATES: Record<EventType, Template> = {
  meeting: ['holds talks', 'hold talks', 'meet{s} {whom}', 'Talks held'],
  visit: ['travels', 'travel', 'visit{s} {whom}', 'Visit'],
  'phone-call': ['holds phone call', 'hold phone call', 'phone{s} {whom}', 'Phone call'],
  conference: ['holds session', 'hold session', null, 'Session'],
  statement: ['makes statement', 'make statement', 'address{es} {whom}', 'Statement'],
  appeal: ['issues appeal', 'issue appeal', 'call{s} on {whom}', 'Appeal'],
  // Whom the captives were handed to (the Red Cross) is no one released: no target.
  release: ['releases captives', 'release captives', null, 'Captives released'],
  rejection: ['voices opposition', 'voice opposition', null, 'Opposition voiced'],
  draft: ['circulates draft', 'circulate draft', null, 'Draft circulated'],
  vote: ['votes', 'vote', null, 'Vote'],
  agreement: ['signs agreement', 'sign agreement', 'sign{s} agreement with {whom}', 'Agreement signed'],
  veto: ['casts veto', 'cast veto', null, 'Veto'],
  // A blocked statement is the blocked body's own: "blocked the council from issuing a statement".
  'blocked-statement': [
    'blocks statement',
    'block statement',
    'block{s} {whom} statement',
    'Statement blocked',
  ],
  threat: ['issues threat', 'issue threat', 'threaten{s} {whom}', 'Threat'],
  decision: ['decides', 'decide', null, 'Decision'],
  report: ['releases report', 'release report', null, 'Report released'],
  plan: ['announces plan', 'announce plan', null, 'Plan announced'],
  application: ['submits request', 'submit request', 'submit{s} request to {whom}', 'Request submitted'],
  'resolution-adopted': ['adopts resolution', 'adopt resolution', null, 'Resolution adopted'],
  abstention: ['abstains', 'abstain', null, 'Abstention'],
  recognition: ['grants recognition', 'grant recognition', 'recognise{s} {whom}', 'Recognition'],
  ruling: ['issues ruling', 'issue ruling', null, 'Ruling'],
  // A noun trigger ("the sanctions on Iran") or "imposed sanctions"; a cut says its own verb.
  sanction: ['imposes sanctions', 'impose sanctions', 'impose{s} sanctions on {whom}', 'Sanctions imposed'],
  withdrawal: ['withdraws', 'withdraw', 'withdraw{s} from {whom}', 'Withdrawal'],
  'military-action': [
    'launches military action',
    'launch military action',
    'strike{s} {whom}',
    'Military action',
  ],
};

// Without agents, a target is named only where its part is plain: the partner of talks or a
// call ("Talks held with Abbas"), whom a statement or an appeal was addressed to.
const AGENTLESS_TARGET: Partial<Record<EventType, string>> = {
  meeting: 'with',
  'phone-call': 'with',
  agreement: 'with',
  statement: 'to',
  appeal: 'to',
};

const OBJECT_TYPES = new Set<EventType>(['phone-call', 'draft']);

/**
 * Whether a title says no more than its type: its agents and the type's own words ("Hamas makes
 * statement", "Talks held in Cairo"), where another names what was done or to whom ("US refuses
 * visas", "Witkoff meets Netanyahu").
 */
export function saysOnlyItsType(type: EventType, title: string): boolean {
  const [singular, plural, , agentless] = TEMPLATES[type];
  const bare = title.replace(/ in \p{Lu}.*$/u, '');
  return bare === agentless || [singular, plural].some((phrase) => bare.endsWith(` ${phrase}`));
}

export function makeTitle({ type, agents, targets, place, verb, object, gist, status }: TitleParts): string {
  const [singular, plural, withTarget, agentless] = TEMPLATES[type];
  // Phone partners read best with one name.
  const whom = joinNames(OBJECT_TYPES.has(type) ? targets.slice(0, 1) : targets);
  // "Israel strikes Gaza", not "… Gaza in Gaza": a place the target or object names is said once.
  const said = [whom, object].some((w) => w && place && w.includes(place));
  const where = place && !said ? ` in ${place}` : '';
  const who = joinNames(agents);
  if (!who) {
    const preposition = AGENTLESS_TARGET[type];
    return whom && preposition ? `${agentless} ${preposition} ${whom}${where}` : `${agentless}${where}`;
  }
  const isPlural = agents.length > 1;
  const planned = status === 'planned';
  const says = (lemmas: string) => (planned ? `to ${lemmas}` : conjugate(lemmas, isPlural));
  // "US holds back payment to UNRWA", "UNRWA suspends aid in Gaza": what was cut, by the verb
  // that cut it; "imposed sanctions on Iran" and a noun trigger read as the template does.
  if (type === 'sanction' && verb && !/\bsanction$/.test(verb) && (!object || !object.includes(' '))) {
    const to = whom ? ` to ${whom}` : '';
    return `${who} ${says(verb)} ${object ?? 'funding'}${to}${where}`;
  }
  // "Hamas attacks Israel", "Israel bombs Gaza": the sentence's own verb for what hit whom.
  if (type === 'military-action' && verb && !verb.includes(' ') && whom && !object && !planned)
    return `${who} ${says(verb)} ${whom}${where}`;
  // "Egypt and Qatar broker truce", "Israel and Hamas agree": an accord by the sentence's own
  // verb, which says who signed, reached or only brokered it; "signs agreement with" says
  // more than "agreed" does.
  if (type === 'agreement' && verb && !planned && !/^sign\b/.test(verb)) {
    const what = object ?? (/^agree\b/.test(verb) ? '' : 'agreement');
    return `${who} ${says(verb)}${what ? ` ${what}` : ''}${where}`;
  }
  // "US vetoes Security Council resolution on Gaza": the sentence's own verb and object.
  if (verb && object && QUOTED_OBJECT_TYPES.has(type)) return `${who} ${says(verb)} ${object}${where}`;
  const lead = planned ? `${who} to` : who;
  // "Within hours of Friday's session, X said…": no verb says what X did with the session, so
  // the title only names it ("UNHRC special session"), claiming neither a meeting nor a presence.
  if (type === 'conference' && object) return `${who} ${object}${where}`;
  // "The council met in emergency session": a sitting of a body is no talks.
  if (type === 'meeting' && object && /\b(?:session|debate)$/i.test(object))
    return verb ? `${who} ${says(verb)} ${object}${where}` : `${who} ${object}${where}`;
  // "Haley accuses Iran", "Abbas welcomes vote": a verb of judging says what was said of whom.
  const judged = whom ?? object;
  // "Abbas addresses conference": whom a speech was made to, as the sentence names the audience.
  const isAddress = verb === 'address' && object !== undefined;
  if (type === 'statement' && verb && judged && (JUDGING_VERBS.has(getHeadLemma(verb)) || isAddress)) {
    return `${who} ${says(verb)} ${judged}${where}`;
  }
  // "Shtayyeh says visit set dangerous precedent", "Kerry tells Netanyahu US will block…": what
  // was said, by a verb of saying that adds nothing of its own ("add", "state") read as "say".
  if (type === 'statement' && gist && !planned) {
    const lemma = verb && getHeadLemma(verb);
    const own = lemma && GIST_VERBS.has(lemma) ? lemma : 'say';
    const told = own === 'tell' || own === 'warn' || own === 'assure' ? (whom ?? '') : '';
    // "Israel says it will not cooperate", not "Israel says Israel will…".
    const content = agents.length === 1 && agents[0]!.kind !== 'person' ? toIt(gist, agents[0]!) : gist;
    return `${who} ${conjugate(own === 'tell' && !told ? 'say' : own, isPlural)}${told ? ` ${told}` : ''} ${content}`;
  }
  // "warned Netanyahu" is a warning, not a threat; "voted against" says how.
  if ((type === 'threat' && verb && whom) || (type === 'vote' && verb === 'vote against')) {
    return `${who} ${says(verb)}${type === 'threat' ? ` ${whom}` : ''}${where}`;
  }
  // "Turkey recalls envoy from Israel": a recall (the trigger needs an envoy, an ambassador or
  // a diplomat as its object) says whom it brought home, not that the state left anything.
  if (type === 'withdrawal' && verb === 'recall') {
    const from = whom ? ` from ${whom}` : '';
    return `${who} ${says('recall')} ${object ?? 'envoy'}${from}${where}`;
  }
  // "Qurei resigns", "Britain pulls out": a withdrawal with no object says it in its own verb.
  if (type === 'withdrawal' && verb && !object && !whom) return `${who} ${says(verb)}${where}`;
  const form = planned || isPlural ? '' : undefined;
  if (type === 'visit' && place) return `${lead} ${form === '' ? 'visit' : 'visits'} ${place}`;
  if (withTarget && whom) {
    const phrase = withTarget.replace(/\{(e?s)\}/, form ?? '$1').replace('{whom}', whom);
    return `${lead} ${phrase}${where}`;
  }
  return `${lead} ${form === '' ? plural : singular}${where}`;
}

/** Verbs of saying a gist keeps as written; any other reads "says". */
const GIST_VERBS: ReadonlySet<string> = new Set([
  'tell',
  'warn',
  'assure',
  'insist',
  'announce',
  'reveal',
  'allege',
  'declare',
  'reiterate',
]);

// Types whose title reads best as verb + object; talks, calls and visits name their partners.
const QUOTED_OBJECT_TYPES = new Set<EventType>([
  'veto',
  'blocked-statement',
  'resolution-adopted',
  'vote',
  'abstention',
  'draft',
  'rejection',
  'appeal',
  'plan',
  'report',
  'sanction',
  'application',
  'decision',
  'military-action',
  'recognition',
  'withdrawal',
  'conference',
  'release',
]);

/** "veto" → "vetoes", "deny" → "denies", "put forward" → "puts forward"; plural keeps the lemma. */
export function conjugate(lemmas: string, isPlural: boolean): string {
  if (isPlural) return lemmas;
  const [first, ...rest] = lemmas.split(' ');
  const word = first!;
  const inflected = /(?:s|sh|ch|x|z|o)$/.test(word)
    ? `${word}es`
    : /[^aeiou]y$/.test(word)
      ? `${word.slice(0, -1)}ies`
      : `${word}s`;
  return [inflected, ...rest].join(' ');
}

/** "United States will open…" said by the US reads "it will open…". */
function toIt(gist: string, speaker: ActorRecord): string {
  const names = [speaker.name, ...speaker.aliases, getShortName(speaker)];
  const own = names.find((n) => gist.startsWith(`${n} `));
  return own ? `it${gist.slice(own.length)}` : gist;
}

function joinNames(actors: readonly ActorRecord[]): string | null {
  const names = [...new Set(actors.map(getShortName))];
  if (names.length === 0) return null;
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]}, ${names[1]} and others`;
}

/**
 * "John Kerry" → "Kerry"; "United States" → "US"; "Abdullah II" stays whole; "Ban Ki-moon" →
 * "Ban", as the gazetteer says (`shortName`).
 */
export function getShortName(actor: ActorRecord): string {
  if (actor.kind === 'person') {
    const curated = getTitleName(actor.id);
    if (curated) return curated;
    const parts = actor.name.split(/\s+/);
    const last = parts[parts.length - 1]!;
    return /^(?:[IVX]+|Jr\.?|Sr\.?)$/.test(last) || parts.length === 1 ? actor.name : last;
  }
  if (actor.name.length <= 12) return actor.name;
  const acronym = actor.aliases.filter((a) => /^[A-Z]{2,5}$/.test(a)).sort((a, b) => a.length - b.length)[0];
  return acronym ?? actor.name;
}
