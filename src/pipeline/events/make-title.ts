// Short generated titles: "Kerry phones Netanyahu", "US blocks UNSC statement".
// Built only from the event's type, actors and place, so the same event always gets the
// same title (and so the same id) whatever article reported it first.
import type { EventType } from '../../domain/event-types.ts';
import type { ActorRecord } from '../types.ts';

interface TitleParts {
  readonly type: EventType;
  readonly agents: readonly ActorRecord[];
  readonly targets: readonly ActorRecord[];
  readonly place: string | null;
}

type Template = (who: string, whom: string | null, place: string | null) => string;

const TEMPLATES: Record<EventType, Template> = {
  meeting: (who, whom) => (whom ? `${who} meets ${whom}` : `${who} holds talks`),
  visit: (who, whom, place) =>
    place ? `${who} visits ${place}` : whom ? `${who} visits ${whom}` : `${who} travels`,
  'phone-call': (who, whom) => (whom ? `${who} phones ${whom}` : `${who} holds phone call`),
  conference: (who, _whom, place) => `${who} at conference${place ? ` in ${place}` : ''}`,
  statement: (who, whom) => (whom ? `${who} addresses ${whom}` : `${who} makes statement`),
  appeal: (who, whom) => (whom ? `${who} calls on ${whom}` : `${who} issues appeal`),
  rejection: (who, whom) => (whom ? `${who} rejects ${whom} move` : `${who} voices opposition`),
  draft: (who, whom) => (whom ? `${who} circulates draft to ${whom}` : `${who} circulates draft`),
  vote: (who, whom) => (whom ? `${who} vote on ${whom} text` : `${who} holds vote`),
  veto: (who, whom) => (whom ? `${who} vetoes ${whom} text` : `${who} casts veto`),
  'blocked-statement': (who, whom) => (whom ? `${who} blocks ${whom} statement` : `${who} blocks statement`),
  threat: (who, whom) => (whom ? `${who} threatens ${whom}` : `${who} issues threat`),
  decision: (who) => `${who} decides`,
};

export function makeTitle({ type, agents, targets, place }: TitleParts): string {
  const who = joinNames(agents) ?? (targets.length > 0 ? 'Talks' : 'Unnamed actor');
  const whom = agents.length > 0 ? joinNames(targets) : null;
  const title = TEMPLATES[type](who, whom, place);
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function joinNames(actors: readonly ActorRecord[]): string | null {
  const names = actors.map(getShortName);
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
