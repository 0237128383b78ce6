// The shareable view state and its one URL form (house rule 7). Parsing is total: any string gives a valid
// state, and whatever could not be used is reported as a problem, never thrown. Values are data only: they are
// decoded once by URLSearchParams and checked against tight syntax (slugs, type ids, ISO days), nothing more.
//
// Rules, input → result:
//   repeated key     "?event=a&event=b"       → event "a" (the first wins), "b" reported once per key
//   empty value      "?event="                → as if absent, no problem; unknown keys are ignored silently
//   lists            "?actors=b, a,,b"        → ["b", "a"]: items trimmed, empties skipped, duplicates dropped,
//                                               order kept, bad items dropped one by one, at most 100 items
//   search text      "?q=kerry+"              → "kerry " verbatim (trimming would undo the space being typed),
//                                               cut to 200 characters
//   window           "?from=2017-01-05&to=2016-01-01" → both dropped: from and to come together, from < to
//   article reader   "?article=ap-2016-12-23&quote=120-245" → the reader open on that article, characters
//                                               120..245 of its text highlighted; a quote without an article
//                                               is dropped and reported
//   compress         "?compress=0"            → quiet periods shown at true scale (on when absent or "1")
// Existence of ids in the dataset is not checked here; the app has the data and reports unknown ids itself.
import type { EventType } from '../../../domain/event-types.ts';
import type { ActorId, ArticleId, EventId } from '../../../domain/ids.ts';
import {
  parseDay,
  parseEventType,
  parseFlag,
  parseId,
  parseList,
  parseQuery,
  parseQuote,
  toDisplayValue,
} from './url-values.ts';
import type { QuoteSpan } from './url-values.ts';
import type { ReportProblem } from './url-values.ts';

export type LaneGrouping = 'episode' | 'type' | 'actor';
export const LANE_GROUPINGS: readonly LaneGrouping[] = ['episode', 'type', 'actor'];

export interface UrlState {
  /** The selected event (its detail panel is open). */
  readonly event: EventId | null;
  /** The selected actor (its panel is open). */
  readonly actor: ActorId | null;
  /** Actor filter: only events involving one of these; empty means no filter. */
  readonly actors: readonly ActorId[];
  /** Event type filter; empty means all types. */
  readonly types: readonly EventType[];
  /** Search text as typed, untrimmed; '' means no search. */
  readonly q: string;
  /** Visible window start, an ISO day (YYYY-MM-DD). Set together with `to`, and before it. */
  readonly from: string | null;
  /** Visible window end, an ISO day (YYYY-MM-DD). */
  readonly to: string | null;
  /** What the timeline's lanes group by. */
  readonly lanes: LaneGrouping;
  /** The article open in the reader (above any event or actor panel). */
  readonly article: ArticleId | null;
  /** The highlighted span of that article's text (a source sentence); only with `article`. */
  readonly quote: QuoteSpan | null;
  /** Whether the timeline hides the empty stretches between episodes (`compress=0` turns it off). */
  readonly compress: boolean;
}

/** Something in the URL that was ignored or shortened, for people to read. */
export interface UrlProblem {
  /** The query key, e.g. "actors". */
  readonly key: string;
  /** The offending value as written, shortened to 60 characters, control and bidi marks replaced. */
  readonly value: string;
  /** Why, as a predicate that follows the value: "is not a valid id". */
  readonly reason: string;
}

export interface ParsedUrlState {
  readonly state: UrlState;
  readonly problems: readonly UrlProblem[];
}

export const emptyUrlState: UrlState = Object.freeze({
  event: null,
  actor: null,
  actors: Object.freeze([]),
  types: Object.freeze([]),
  q: '',
  from: null,
  to: null,
  lanes: 'episode',
  article: null,
  quote: null,
  compress: true,
});

// Also the canonical key order of serialised URLs.
const KEYS = [
  'event',
  'actor',
  'actors',
  'types',
  'q',
  'from',
  'to',
  'lanes',
  'article',
  'quote',
  'compress',
] as const;
type UrlKey = (typeof KEYS)[number];
const KNOWN_KEYS: ReadonlySet<string> = new Set(KEYS);

export function parseUrlState(search: string): ParsedUrlState {
  const problems: UrlProblem[] = [];
  const report: ReportProblem = (key, value, reason) =>
    problems.push({ key, value: toDisplayValue(value), reason });
  const raw = readFirstValues(search, report);

  const event = raw.has('event') ? parseId<EventId>('event', raw.get('event') ?? '', report) : null;
  const actor = raw.has('actor') ? parseId<ActorId>('actor', raw.get('actor') ?? '', report) : null;
  const actors = parseList('actors', raw.get('actors') ?? '', parseId<ActorId>, report);
  const types = parseList('types', raw.get('types') ?? '', parseEventType, report);
  const q = parseQuery(raw.get('q') ?? '', report);
  const { from, to } = parseWindow(raw.get('from'), raw.get('to'), report);
  const lanes = parseLanes(raw.get('lanes'), report);
  const article = raw.has('article') ? parseId<ArticleId>('article', raw.get('article') ?? '', report) : null;
  const quote = parseArticleQuote(article, raw.get('quote'), report);
  const compress = raw.has('compress')
    ? parseFlag('compress', raw.get('compress') ?? '', true, report)
    : true;

  return { state: { event, actor, actors, types, q, from, to, lanes, article, quote, compress }, problems };
}

/** Canonical query string: keys in a fixed order, defaults omitted; '' or '?…'. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.event) params.set('event', state.event);
  if (state.actor) params.set('actor', state.actor);
  if (state.actors.length > 0) params.set('actors', [...new Set(state.actors)].join(','));
  if (state.types.length > 0) params.set('types', [...new Set(state.types)].join(','));
  if (state.q) params.set('q', state.q);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.lanes !== emptyUrlState.lanes) params.set('lanes', state.lanes);
  if (state.article) params.set('article', state.article);
  if (state.article && state.quote) params.set('quote', `${state.quote.start}-${state.quote.end}`);
  if (!state.compress) params.set('compress', '0');
  // A literal ',' reads back as ','; and '%2C' can only come from one, since '%' itself is written '%25'.
  const query = params.toString().replace(/%2C/g, ',');
  return query === '' ? '' : `?${query}`;
}

/** Non-empty values of known keys, the first occurrence of each; later ones are reported once per key. */
function readFirstValues(search: string, report: ReportProblem): ReadonlyMap<UrlKey, string> {
  const first = new Map<UrlKey, string>();
  const repeated = new Set<string>();
  for (const [key, value] of new URLSearchParams(search)) {
    if (!KNOWN_KEYS.has(key)) continue;
    if (!first.has(key as UrlKey)) {
      first.set(key as UrlKey, value);
    } else if (!repeated.has(key)) {
      repeated.add(key);
      report(key, value, `is ignored: "${key}" appears more than once and only the first is used`);
    }
  }
  // "?event=" means no event: drop empty values only now, so an empty first value still wins.
  for (const [key, value] of first) if (value.trim() === '' && key !== 'q') first.delete(key);
  return first;
}

function parseWindow(
  rawFrom: string | undefined,
  rawTo: string | undefined,
  report: ReportProblem,
): { from: string | null; to: string | null } {
  const from = rawFrom === undefined ? null : parseDay('from', rawFrom, report);
  const to = rawTo === undefined ? null : parseDay('to', rawTo, report);
  if (from !== null && to !== null && from < to) return { from, to };
  if (from !== null && to !== null) {
    report('to', to, `is not after "from" (${from}), so the window is ignored`);
  } else if (rawFrom === undefined || rawTo === undefined) {
    // Only when the other bound is missing: a bad other bound has been reported already.
    const [key, value] = from !== null ? ['from', from] : ['to', to];
    if (value !== null) report(key, value, 'is ignored: the window needs both "from" and "to"');
  }
  return { from: null, to: null };
}

function parseArticleQuote(
  article: ArticleId | null,
  raw: string | undefined,
  report: ReportProblem,
): QuoteSpan | null {
  if (raw === undefined) return null;
  const quote = parseQuote('quote', raw, report);
  if (quote === null || article !== null) return quote;
  report('quote', raw, 'is ignored: a quote needs "article"');
  return null;
}

function parseLanes(raw: string | undefined, report: ReportProblem): LaneGrouping {
  if (raw === undefined) return emptyUrlState.lanes;
  const lanes = LANE_GROUPINGS.find((lane) => lane === raw.trim());
  if (lanes !== undefined) return lanes;
  report('lanes', raw, `is not one of ${LANE_GROUPINGS.join(', ')}`);
  return emptyUrlState.lanes;
}
