// "Netanyahu called the deal a mistake. Obama telephoned him that afternoon": the object pronoun
// of a call, a meeting or a visit is the person the story last told as acting, when that person
// is not the one calling.
import { getEventFamily } from '../../domain/event-types.ts';
import type { ActorKind } from '../../domain/dataset-schema.ts';
import type { SentenceLanguage } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

const PERSONAL = new Set(['him', 'her']);

export function getPronounPartner(
  read: SentenceLanguage,
  trigger: TriggerMatch,
  previousAgents: readonly string[],
  agents: readonly string[],
  kindOf: (id: string) => ActorKind | undefined,
): string[] {
  if (getEventFamily(trigger.trigger.type) !== 'consult') return [];
  const next = read.tokens[trigger.lastToken + 1];
  if (!next || !PERSONAL.has(next.text.toLowerCase())) return [];
  const people = previousAgents.filter((id) => kindOf(id) === 'person' && !agents.includes(id));
  // Two people before ("Abbas and Netanyahu met. Kerry phoned him") leave "him" unresolved.
  return people.length === 1 ? people : [];
}
