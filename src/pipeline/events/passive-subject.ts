// "The United States was criticised on Tuesday", "Israel was warned against an offensive", "Kerry
// was told that the talks had failed": the subject of a passive trigger verb was acted upon. With
// a "by" phrase the agent is named there (assign-roles.ts); without one, nobody named acted, and
// the subject is the target, not the agent (nor may an earlier subject stand in for one).
import { getMoodAt } from '../language/mood-at.ts';
import type { SentenceLanguage } from '../types.ts';
import type { Roles } from './assign-roles.ts';
import type { TriggerMatch } from './find-triggers.ts';

/** The roles of a passive without "by" (subject → target, no agent), or null when not one. */
export function getAgentlessPassiveRoles(
  read: SentenceLanguage,
  text: string,
  pivot: TriggerMatch,
  best: TriggerMatch,
  roles: Roles,
): Roles | null {
  if (pivot.trigger.noun || best !== pivot) return null;
  if (getMoodAt(read, pivot.token).group?.voice !== 'passive') return null;
  // "was condemned on Tuesday by France": assign-roles has read the "by" agent already.
  if (/^[^,;]*?\bby\s/i.test(text.slice(pivot.end))) return null;
  const targetIds = [...new Set([...roles.agentIds, ...roles.targetIds])];
  return { agentIds: [], targetIds };
}
