// When two reports describe one happening: same day (or span), same type, the same agents
// (at least one in common) and compatible counterparts and places. "Kerry meets Netanyahu in
// Rome" and "Kerry meets Mogherini in Paris" on one day stay two events.
export interface Comparable {
  readonly date: string;
  readonly type: string;
  readonly agentIds: readonly string[];
  readonly targetIds: readonly string[];
  /** Named in the happening without a stated part: they identify it as its targets do. */
  readonly mentionedIds?: readonly string[];
  readonly place: string | null;
}

const SAID: ReadonlySet<string> = new Set(['statement', 'appeal', 'rejection', 'threat']);

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((id) => b.includes(id));

export function isSameHappening(a: Comparable, b: Comparable): boolean {
  if (a.date !== b.date || a.type !== b.type) return false;
  if (a.place && b.place && a.place !== b.place) return false;
  const involvedA = [...a.targetIds, ...(a.mentionedIds ?? [])];
  const involvedB = [...b.targetIds, ...(b.mentionedIds ?? [])];
  const allA = [...a.agentIds, ...involvedA];
  const allB = [...b.agentIds, ...involvedB];
  if (a.agentIds.length === 0 || b.agentIds.length === 0) {
    return overlaps(allA, allB) || (allA.length === 0 && allB.length === 0);
  }
  // Two speakers' words are two statements, whoever one names: "Israel's foreign ministry said"
  // and Leshno-Yaar's remarks on Israel the same day stay apart.
  if (SAID.has(a.type) && !overlaps(a.agentIds, b.agentIds)) return false;
  // "Kerry met Lavrov" and "Lavrov and Kerry met" are one meeting: roles may be swapped.
  if (!overlaps(a.agentIds, b.agentIds) && !overlaps(allA, b.agentIds)) return false;
  const targetsA = involvedA.filter((id) => !b.agentIds.includes(id));
  const targetsB = involvedB.filter((id) => !a.agentIds.includes(id));
  return targetsA.length === 0 || targetsB.length === 0 || overlaps(targetsA, targetsB);
}
