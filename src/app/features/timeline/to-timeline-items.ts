// Domain events → vis-timeline items and groups. Pure: same input, same output, no DOM.
//
//   day precision, no endDate   → type "point" at the day
//   month/year precision        → type "range" over the whole month/year (the uncertainty)
//   endDate (a span like "last week") → type "range" from date to endDate
//   episode                     → type "background" band from start to end
//
// Range ends are exclusive (the day after the last day) because vis-timeline draws a range up
// to the instant `end`. Every string vis-timeline renders as HTML is escaped (see escape-html).
//
// Each event item says what it is in its className, for the stylesheet to draw: its family
// (`event--family-opposition`), `event--approx` when its date is a month, a year or a span, and
// `event--planned` when the text reports it as scheduled. Its tooltip is the dated title and a
// one-line excerpt of the sentence it was read from.
import type { Actor, Arc, DiplomaticEvent, Episode } from '../../../domain/dataset-schema.ts';
import { getSpanEnd, getSpanStart } from '../../../domain/partial-date.ts';
import { getEventFamily } from '../../../domain/event-types.ts';
import { escapeHtml } from './escape-html.ts';
import { getExcerpt } from './get-excerpt.ts';
import { formatEventDate, formatIsoDay } from '../../../domain/format-date.ts';
import { addDays } from './iso-day.ts';
import type { TimelineLanes } from './lanes.ts';
import type { TimelineData, TimelineItemData } from './timeline-data.ts';
import { ARC_ITEM_PREFIX, EPISODE_ITEM_PREFIX } from './timeline-data.ts';
import { getEpisodeLaneId, getLaneGroups, getLaneId } from './timeline-lanes.ts';

export function toTimelineItems(
  events: readonly DiplomaticEvent[],
  episodes: readonly Episode[],
  lanes: TimelineLanes,
  actorsById?: ReadonlyMap<string, Actor>,
): TimelineData {
  const groups = getLaneGroups(events, episodes, lanes, actorsById);
  const episodeIds = new Set<string>(episodes.map((e) => e.id));
  const laneIds = new Set(groups.map((group) => group.id));
  const bands = episodes.map((episode) => toEpisodeItem(episode, lanes));
  const points = events.map((event) => toEventItem(event, getLaneId(event, lanes, episodeIds, laneIds)));
  return { items: [...bands, ...points], groups };
}

export function toEventItem(event: DiplomaticEvent, group: string): TimelineItemData {
  // "planned" is part of the content, not added by CSS, so "Fit all" measures it with the title.
  const planned = event.status === 'planned' ? '<span class="tl-planned"> · planned</span>' : '';
  const content = `${escapeHtml(event.title)}${planned}`;
  const title = getEventTooltip(event);
  const start = getSpanStart(event.date);
  const isPoint = event.precision === 'day' && event.endDate === undefined;
  const kind = getEventClasses(event, !isPoint);
  if (isPoint) {
    return {
      id: event.id,
      type: 'point',
      start,
      group,
      content,
      title,
      className: `tl-event tl-event--point ${kind}`,
    };
  }
  // An endDate before the date's own span would be a pipeline bug; never draw a negative range.
  const spanEnd = getSpanEnd(event.date);
  const last = event.endDate !== undefined && event.endDate > spanEnd ? event.endDate : spanEnd;
  return {
    id: event.id,
    type: 'range',
    start,
    end: addDays(last, 1),
    group,
    content,
    title,
    className: `tl-event tl-event--range tl-precision-${event.precision} ${kind}`,
  };
}

/** "event--family-consult event--approx event--planned", the parts that apply. */
function getEventClasses(event: DiplomaticEvent, isApprox: boolean): string {
  const classes = [`event--family-${getEventFamily(event.type)}`];
  if (isApprox) classes.push('event--approx');
  if (event.status === 'planned') classes.push('event--planned');
  return classes.join(' ');
}

/** Escaped HTML: "15 January 2017 — Kerry meets Netanyahu" and, below it, the source's opening. */
function getEventTooltip(event: DiplomaticEvent): string {
  const dated = `${formatEventDate(event.date, event.precision, event.endDate)} — ${event.title}`;
  const planned = event.status === 'planned' ? ' (planned)' : '';
  const sentence = event.sources[0]?.text;
  const excerpt = sentence === undefined ? '' : getExcerpt(sentence);
  // vis's XSS filter keeps <br> (and drops attributes such as class).
  const line = excerpt === '' ? '' : `<br>${escapeHtml(excerpt)}`;
  return `${escapeHtml(dated + planned)}${line}`;
}

export function toEpisodeItem(episode: Episode, lanes: TimelineLanes): TimelineItemData {
  const dates = `${formatIsoDay(episode.start)} – ${formatIsoDay(episode.end)}`;
  return {
    id: `${EPISODE_ITEM_PREFIX}${episode.id}`,
    type: 'background',
    start: episode.start,
    end: addDays(episode.end, 1),
    // In episode lanes the band sits in its own lane; otherwise it spans all lanes.
    // There the lane label names it, so the band's own title is hidden (see timeline.css).
    ...(lanes === 'episode' ? { group: getEpisodeLaneId(episode.id) } : {}),
    content: escapeHtml(episode.title),
    title: escapeHtml(`${episode.title} (${dates})`),
    className: lanes === 'episode' ? 'tl-episode tl-episode--in-lane' : 'tl-episode',
  };
}

/** An arc as a band across every lane, shown instead of its episodes when zoomed out. */
export function toArcItem(arc: Arc): TimelineItemData {
  const dates = `${formatIsoDay(arc.start)} – ${formatIsoDay(arc.end)}`;
  return {
    id: `${ARC_ITEM_PREFIX}${arc.id}`,
    type: 'background',
    start: arc.start,
    end: addDays(arc.end, 1),
    content: escapeHtml(arc.title),
    title: escapeHtml(`${arc.title} (${dates})`),
    className: 'tl-arc',
  };
}
