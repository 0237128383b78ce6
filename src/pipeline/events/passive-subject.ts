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
  /** Offsets (in the sentence) where names start. */
  nameStarts: readonly number[] = [],
): Roles | null {
  if (pivot.trigger.noun || best !== pivot) return null;
  if (getMoodAt(read, pivot.token).group?.voice !== 'passive') return null;
  // "was condemned on Tuesday by France": assign-roles has read the "by" agent already. A "by"
  // that names nobody known ("by Arab states") leaves the passive without a named agent.
  const by = /^[^,;]*?\bby\s/i.exec(text.slice(pivot.end));
  if (by) {
    const from = pivot.end + by[0].length;
    const phrase = text.slice(from);
    // "adopted by 14 votes to none" is a tally, not an agent: the old reading stands.
    if (/^\s*(?:\d|a vote|an?\s+\w+\s+(?:vote|majority)|\w+\s+votes)/i.test(phrase)) return null;
    const stop = phrase.search(/[,;.]/);
    const end = from + (stop < 0 ? phrase.length : stop);
    if (nameStarts.some((at) => at >= from && at < end)) return null;
  }
  const targetIds = [...new Set([...roles.agentIds, ...roles.targetIds])];
  return { agentIds: [], targetIds };
}
