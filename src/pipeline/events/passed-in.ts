// "…by allowing an anti-settlement resolution to pass at the Security Council": a text that
// passed, with no object after the verb, was adopted by the body it passed in, not by whoever
// let it pass or spoke of it. The body is the one organisation the clause names as the verb's
// target; without one, nobody is said to have adopted it.
import type { ActorKind } from '../../domain/dataset-schema.ts';
import type { SentenceLanguage } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

const OBJECT_TAGS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/** The roles of an adoption told as "the text passed", or null when the verb has an object. */
export function getPassedInRoles(
  read: SentenceLanguage,
  trigger: TriggerMatch,
  roles: { readonly agentIds: readonly string[]; readonly targetIds: readonly string[] },
  kindOf: (id: string) => ActorKind | undefined,
): { agentIds: string[]; targetIds: string[] } | null {
  if (trigger.trigger.type !== 'resolution-adopted' || trigger.trigger.noun) return null;
  const verb = read.tokens[trigger.token];
  if (verb?.lemma !== 'pass') return null;
  const next = read.tokens[trigger.lastToken + 1];
  if (next !== undefined && OBJECT_TAGS.has(next.pos)) return null;
  // "The resolution was passed by the council": a passive has its agent already.
  if (read.tokens[trigger.token - 1]?.pos === 'AUX') return null;
  const bodies = roles.targetIds.filter((id) => kindOf(id) === 'organization');
  return { agentIds: bodies.slice(0, 1), targetIds: [] };
}
