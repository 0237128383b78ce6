// The one happening that says what an episode of talks and contacts came to, for its name when
// nothing else sets it apart ("US refuses visas", "Netanyahu rejects initiative"): what someone
// opposed or decided says more than who met, and a statement least. Its title is the extraction's
// own, drawn from the sentence, so it claims no more than the sentence does.
import { getEventFamily, type EventFamily } from '../../domain/event-types.ts';
import type { MergedEvent } from '../events/merge-events.ts';
import { saysOnlyItsType } from '../events/make-title.ts';

/** Families in the order they tell what an episode came to. */
const TELLING: readonly EventFamily[] = [
  'opposition',
  'decision',
  'pressure',
  'proposal',
  'force',
  'statement',
  'consult',
];

/**
 * The title of the episode's most telling event that fits `maxLength`: one that happened (a
 * planned one may not have), has an agent, and says more than its type. Ties go to the event told
 * by more sentences, then the earlier.
 */
export function getKeyEventTitle(cluster: readonly MergedEvent[], maxLength: number): string | null {
  const rank = (e: MergedEvent) => TELLING.indexOf(getEventFamily(e.type));
  const key = cluster
    .filter(
      (e) =>
        e.status !== 'planned' &&
        e.agentIds.length > 0 &&
        e.title.length <= maxLength &&
        !saysOnlyItsType(e.type, e.title),
    )
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        b.sources.length - a.sources.length ||
        a.date.localeCompare(b.date) ||
        (a.id < b.id ? -1 : 1),
    )[0];
  return key?.title ?? null;
}
