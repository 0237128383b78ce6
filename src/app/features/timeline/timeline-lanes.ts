// Which lane each event goes in, and the lanes themselves, for the three lane modes:
//   episode → one lane per episode (by start date), then "No episode"
//   type    → one lane per event type in use, in the taxonomy's order
//   actor   → one lane per FIRST agent of an event (the busiest MAX_ACTOR_LANES, busiest first),
//             then "Other" for events without agents or whose agent has no lane (bounded lanes
//             keep vis-timeline fast at 50k events). An event sits in exactly one lane, so no item is drawn twice;
//             its other agents and its targets are for the event's details, not its lane.
import type { Actor, DiplomaticEvent, Episode } from '../../../domain/dataset-schema.ts';
import { EVENT_TYPES } from '../../../domain/event-types.ts';
import type { ActorId } from '../../../domain/ids.ts';
import { escapeHtml } from './escape-html.ts';
import type { TimelineLanes } from './lanes.ts';
import type { TimelineGroupData } from './timeline-data.ts';

export const NO_EPISODE_LANE = 'lane:no-episode';
export const OTHER_ACTOR_LANE = 'lane:other-actor';
export const MAX_ACTOR_LANES = 24;

type LaneEvent = Pick<DiplomaticEvent, 'episodeId'> & Partial<Pick<DiplomaticEvent, 'type' | 'agentIds'>>;

/** The lane id of an event; `episodeIds` are the episodes that have a lane; `laneIds`, when
 *  given, the lanes that exist (an actor without a lane goes to "Other"). */
export function getLaneId(
  event: LaneEvent,
  lanes: TimelineLanes,
  episodeIds: ReadonlySet<string>,
  laneIds?: ReadonlySet<string>,
): string {
  if (lanes === 'type') return `type:${event.type}`;
  if (lanes === 'actor') {
    const agent = event.agentIds?.[0];
    const id = agent === undefined ? OTHER_ACTOR_LANE : `actor:${agent}`;
    return laneIds === undefined || laneIds.has(id) ? id : OTHER_ACTOR_LANE;
  }
  return event.episodeId !== null && episodeIds.has(event.episodeId)
    ? getEpisodeLaneId(event.episodeId)
    : NO_EPISODE_LANE;
}

export function getEpisodeLaneId(episodeId: string): string {
  return `episode:${episodeId}`;
}

export function getLaneGroups(
  events: readonly DiplomaticEvent[],
  episodes: readonly Episode[],
  lanes: TimelineLanes,
  actorsById?: ReadonlyMap<string, Actor>,
): TimelineGroupData[] {
  const labels = getLabelledLanes(events, episodes, lanes, actorsById);
  return labels.map(([id, label], order) => ({
    id,
    content: escapeHtml(label),
    title: label,
    order,
    ...(id === NO_EPISODE_LANE || id === OTHER_ACTOR_LANE ? { className: 'tl-lane--rest' } : {}),
  }));
}

/** [lane id, plain-text label] pairs in display order. */
function getLabelledLanes(
  events: readonly DiplomaticEvent[],
  episodes: readonly Episode[],
  lanes: TimelineLanes,
  actorsById?: ReadonlyMap<string, Actor>,
): [string, string][] {
  if (lanes === 'type') {
    const used = new Set<string>(events.map((e) => e.type));
    return EVENT_TYPES.filter((t) => used.has(t.id)).map((t) => [`type:${t.id}`, t.label]);
  }
  if (lanes === 'actor') {
    const counts = new Map<ActorId, number>();
    let hasOther = false;
    for (const event of events) {
      const agent = event.agentIds[0];
      if (agent === undefined) hasOther = true;
      else counts.set(agent, (counts.get(agent) ?? 0) + 1);
    }
    const named = [...counts].map(([id, count]) => ({ id, count, name: actorsById?.get(id)?.name ?? id }));
    named.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const kept = named.slice(0, MAX_ACTOR_LANES);
    const result: [string, string][] = kept.map((a) => [`actor:${a.id}`, a.name]);
    return hasOther || kept.length < named.length ? [...result, [OTHER_ACTOR_LANE, 'Other']] : result;
  }
  const sorted = [...episodes].sort(
    (a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title),
  );
  const result: [string, string][] = sorted.map((e) => [getEpisodeLaneId(e.id), e.title]);
  const episodeIds = new Set<string>(episodes.map((e) => e.id));
  const hasNone = events.some((e) => getLaneId(e, 'episode', episodeIds) === NO_EPISODE_LANE);
  return hasNone ? [...result, [NO_EPISODE_LANE, 'No episode']] : result;
}
