// The feed index of the events shown, rebuilt only when they really change. The shell hands a
// new `events` array after every URL change (a pan writes the window to the URL), usually with
// the same events in it; rebuilding the index then cost ~100 ms per pan at 50k events, while
// comparing the arrays element by element costs well under a millisecond.
import { useState } from 'react';
import type { Actor, Arc, DiplomaticEvent, Episode } from '../../../domain/dataset-schema.ts';
import type { FeedIndex } from './feed-index.ts';
import { buildFeedIndex } from './feed-index.ts';
import type { TimelineLanes } from './lanes.ts';

interface Built {
  readonly events: readonly DiplomaticEvent[];
  readonly episodes: readonly Episode[];
  readonly lanes: TimelineLanes;
  readonly actorsById: ReadonlyMap<string, Actor> | undefined;
  readonly arcs: readonly Arc[] | undefined;
  readonly index: FeedIndex;
}

/** Indexes kept: the current one and the one before, so clearing a filter (back to every
 *  event, the costliest index to build: ~50 ms at 50k) or undoing it costs nothing. */
const KEPT = 2;

export function useFeedIndex(
  events: readonly DiplomaticEvent[],
  episodes: readonly Episode[],
  lanes: TimelineLanes,
  actorsById?: ReadonlyMap<string, Actor>,
  arcs?: readonly Arc[],
): FeedIndex {
  // React's "information from previous renders" pattern: setState during render, no effect.
  const [built, setBuilt] = useState<readonly Built[]>([]);
  const found = built.find(
    (entry) =>
      entry.episodes === episodes &&
      entry.lanes === lanes &&
      entry.actorsById === actorsById &&
      entry.arcs === arcs &&
      isSameEvents(entry.events, events),
  );
  if (found !== undefined) {
    if (found !== built[0]) setBuilt([found, ...built.filter((entry) => entry !== found)]);
    return found.index;
  }
  const index = buildFeedIndex(events, episodes, lanes, actorsById, arcs);
  setBuilt([{ events, episodes, lanes, actorsById, arcs, index }, ...built].slice(0, KEPT));
  return index;
}

function isSameEvents(a: readonly DiplomaticEvent[], b: readonly DiplomaticEvent[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
