// Short generated titles: "Kerry phones Netanyahu", "US blocks UNSC statement",
// "Macron and el-Sisi hold talks". Built only from the event's type, actors and place, so the
// same event always gets the same title (and so the same id) whatever article reported it.
import type { EventType } from '../../domain/event-types.ts';
import type { ActorRecord } from '../types.ts';

interface TitleParts {
  readonly type: EventType;
  readonly agents: readonly ActorRecord[];
  readonly targets: readonly ActorRecord[];
  readonly place: string | null;
}

/** [singular verb phrase, plural verb phrase, phrase with a target (use {whom}), title without agents]. */
type Template = readonly [string, string, string | null, string];

const TEMPLATES: Record<EventType, Template> = {
  meeting: ['holds talks', 'hold talks', 'meet{s} {whom}', 'Talks held'],
  visit: ['travels', 'travel', 'visit{s} {whom}', 'Visit'],
  'phone-call': ['holds phone call', 'hold phone call', 'phone{s} {whom}', 'Phone call'],
  conference: ['attends conference', 'attend conference', 'meet{s} {whom} at conference', 'Conference'],
  statement: ['makes statement', 'make statement', 'address{es} {whom}', 'Statement'],
  appeal: ['issues appeal', 'issue appeal', 'call{s} on {whom}', 'Appeal'],
  rejection: ['voices opposition', 'voice opposition', 'reject{s} {whom} move', 'Opposition voiced'],
  draft: ['circulates draft', 'circulate draft', 'circulate{s} draft to {whom}', 'Draft circulated'],
  vote: ['holds vote', 'hold vote', 'vote{s} on {whom} text', 'Vote'],
  agreement: ['signs agreement', 'sign agreement', 'sign{s} agreement with {whom}', 'Agreement signed'],
  veto: ['casts veto', 'cast veto', 'veto{es} {whom} text', 'Veto'],
  'blocked-statement': [
    'blocks statement',
    'block statement',
    'block{s} {whom} statement',
    'Statement blocked',
  ],
  threat: ['issues threat', 'issue threat', 'threaten{s} {whom}', 'Threat'],
  decision: ['decides', 'decide', 'decide{s} on {whom}', 'Decision'],
  report: ['releases report', 'release report', 'release{s} report on {whom}', 'Report released'],
  plan: ['announces plan', 'announce plan', 'present{s} plan to {whom}', 'Plan announced'],
  application: ['submits request', 'submit request', 'submit{s} request to {whom}', 'Request submitted'],
  'resolution-adopted': [
    'adopts resolution',
    'adopt resolution',
    'adopt{s} resolution on {whom}',
    'Resolution adopted',
  ],
  abstention: ['abstains', 'abstain', 'abstain{s} on {whom} text', 'Abstention'],
  recognition: ['grants recognition', 'grant recognition', 'recognise{s} {whom}', 'Recognition'],
  ruling: ['issues ruling', 'issue ruling', 'rule{s} on {whom}', 'Ruling'],
  sanction: ['cuts funding', 'cut funding', 'cut{s} funding to {whom}', 'Funding cut'],
  withdrawal: ['withdraws', 'withdraw', 'withdraw{s} from {whom}', 'Withdrawal'],
  'military-action': [
    'launches military action',
    'launch military action',
    'strike{s} {whom}',
    'Military action',
  ],
};

const OBJECT_TYPES = new Set<EventType>([
  'phone-call',
  'rejection',
  'vote',
  'veto',
  'blocked-statement',
  'draft',
  'decision',
]);

export function makeTitle({ type, agents, targets, place }: TitleParts): string {
  const [singular, plural, withTarget, agentless] = TEMPLATES[type];
  // Object-like targets ("rejects UNSC move") and phone partners read best with one name.
  const whom = joinNames(OBJECT_TYPES.has(type) ? targets.slice(0, 1) : targets);
  const where = place ? ` in ${place}` : '';
  const who = joinNames(agents);
  if (!who) return whom ? `${agentless} with ${whom}${where}` : `${agentless}${where}`;
  const isPlural = agents.length > 1;
  if (type === 'visit' && place) return `${who} ${isPlural ? 'visit' : 'visits'} ${place}`;
  if (withTarget && whom) {
    const verb = withTarget.replace(/\{(e?s)\}/, isPlural ? '' : '$1').replace('{whom}', whom);
    return `${who} ${verb}${where}`;
  }
  return `${who} ${isPlural ? plural : singular}${where}`;
}

function joinNames(actors: readonly ActorRecord[]): string | null {
  const names = [...new Set(actors.map(getShortName))];
  if (names.length === 0) return null;
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]}, ${names[1]} and others`;
}

/** "John Kerry" → "Kerry"; "United States" → "US"; "Abdullah II" stays whole. */
export function getShortName(actor: ActorRecord): string {
  if (actor.kind === 'person') {
    const parts = actor.name.split(/\s+/);
    const last = parts[parts.length - 1]!;
    return /^(?:[IVX]+|Jr\.?|Sr\.?)$/.test(last) || parts.length === 1 ? actor.name : last;
  }
  if (actor.name.length <= 12) return actor.name;
  const acronym = actor.aliases.filter((a) => /^[A-Z]{2,5}$/.test(a)).sort((a, b) => a.length - b.length)[0];
  return acronym ?? actor.name;
}
