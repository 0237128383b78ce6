// Names an episode after its story: its lead article's headline when that is a news summary
// that fits (lead-headline.ts); otherwise the kind of happening (topics.ts), then the thread its
// sentences name or its most distinctive words, then the month:
// "Security Council veto on Arafat, September 2003", "Resolution 1405 on Jenin, April 2002".
// A word names the episode only when at least two of its events use it, so a place or word
// mentioned once in passing never does.
import { getEventFamily } from '../../domain/event-types.ts';
import { formatPartialDate } from '../../domain/format-date.ts';
import { GAZETTEER, getCuratedActor } from '../gazetteer/index.ts';
import type { MergedEvent } from '../events/merge-events.ts';
import type { Vocabulary } from './feature-table.ts';
import { getKind, type EpisodeKind } from './episode-kind.ts';
import { getKeyEventTitle } from './key-event.ts';
import { getSentences, getSubject } from './episode-subject.ts';
import { toSentenceCase } from './headline-words.ts';
import { countNewsReports, getLeadHeadline } from './lead-headline.ts';
import { toTerm } from './story-features.ts';
import type { ArticleContext, EventStory } from './story-items.ts';
import { TOPICS } from './topics.ts';

/** Longest title the episode strip shows whole. */
export const MAX_TITLE = 60;

export function nameEpisode(
  cluster: readonly MergedEvent[],
  stories: readonly EventStory[],
  vocabulary: Vocabulary,
  articles: ReadonlyMap<string, ArticleContext> = new Map(),
): { title: string; month: string } {
  // Month-precision events say less about when the episode happened than dated days do.
  const dayMonths = cluster.filter((e) => e.precision === 'day').map((e) => e.date.slice(0, 7));
  // On a tie the later month names it: an episode builds up to its last dated happenings.
  const month = getMostFrequent(
    dayMonths.length > 0 ? dayMonths : cluster.map((e) => e.date.slice(0, 7)),
    'last',
  )!;
  const when = formatPartialDate(month, month.length === 7 ? 'month' : 'year');
  // The lead article's own headline, when it is a news summary that fits, says the story best;
  // then nothing below (the tagger reading the sentences for a subject) is needed.
  const reports = countNewsReports(cluster, articles);
  const headline = getLeadHeadline(cluster, articles, reports, MAX_TITLE - 2 - when.length);
  // Each source sentence once, for kind, subject and the kind's words alike.
  const sentences = getSentences(cluster);
  if (headline) {
    const title = toSentenceCase(headline, sentences);
    return { title: `${title.charAt(0).toUpperCase()}${title.slice(1)}, ${when}`, month };
  }
  const headlines = toHeadlines(reports, articles);
  const readSubject = (kind: EpisodeKind) => {
    const topic = TOPICS.find((t) => t.id === kind.id);
    return getSubject(cluster, stories, vocabulary, {
      headlines,
      sentences,
      kindWords: getKindWords(topic?.pattern, [...sentences, ...headlines], kind.label),
      // With no kind, every place named is where something happened, not what it was about.
      kindTypes: new Set(topic ? Object.keys(topic.types) : cluster.map((e) => e.type)),
      gathering: GATHERINGS.has(kind.id),
    });
  };
  const first = getKind(cluster, headlines, sentences);
  const firstSubject = readSubject(first);
  // "Talks on conferences": talks whose subject is another kind's own word, with an event of that
  // kind, are of that kind ("Peace conference").
  const said =
    firstSubject.thread || !GATHERINGS.has(first.id)
      ? undefined
      : getKindSaidBy(firstSubject.phrase, cluster);
  const kind = said ? { id: said.id, label: said.label } : first;
  const { thread, phrase, ownThread } = said ? readSubject(kind) : firstSubject;
  // The episode strip has room for about sixty characters: a longer name loses its phrase first.
  // …and a long name its acronym ("US funding cut to PLO") before it is lost.
  const acronym = phrase && getAcronym(phrase);
  const labels = [
    toLabel(kind.label, thread, phrase, ownThread),
    ...(acronym ? [toLabel(kind.label, thread, acronym, ownThread)] : []),
    toLabel(kind.label, thread, null, ownThread),
    toLabel(kind.label, null, phrase),
    ...(acronym ? [toLabel(kind.label, null, acronym)] : []),
  ];
  // Talks and conferences are known by where they met ("Paris conference", "Camp David talks")
  // when nothing else sets them apart; a vote or a veto never is.
  // Failing that, talks are known by who held them ("Kerry–Netanyahu talks").
  const venue = !thread && !phrase && GATHERINGS.has(kind.id) ? getVenue(cluster) : null;
  const people =
    !thread && !phrase && !venue && GATHERINGS.has(kind.id) && kind.id !== 'conference'
      ? getParticipants(cluster)
      : [];
  if (venue) labels.unshift(kind.id === 'conference' ? `${venue} conference` : `${kind.label} in ${venue}`);
  else if (people.length === 2) labels.unshift(`${people.join('–')} ${kind.id ? 'talks' : 'contacts'}`);
  // Failing all that, by what the contacts came to ("Bush calls for new leadership"): "Talks"
  // alone says nothing. Only then: an event's title can be wrong where a kind and its word are not.
  // Contacts of no kind are not about a word their sentences share ("Diplomatic contacts on
  // visas"): what they came to says the story ("US refuses visas"), before any phrase.
  else if (!thread && (!phrase || kind.id === null)) {
    // Another kind by an event of its own types: "Inquiry" by the report released. A label that
    // names who acted ("US veto") says enough already.
    const topic = TOPICS.find((t) => t.id === kind.id);
    // A kind no event type shows ("Ceasefire diplomacy") is what its words say: any event of
    // the episode may tell what it came to, once no headline qualifies the kind.
    const wordsOnly = topic !== undefined && Object.keys(topic.types).length === 0;
    const own =
      GATHERINGS.has(kind.id) || wordsOnly
        ? cluster
        : cluster.filter(
            (e) => topic?.label === kind.label && (e.type in topic.types || topic.requires?.includes(e.type)),
          );
    // Or, with no phrase, as a headline qualifies the kind: "Kerry in Rome for Talks on
    // Palestinian Statehood Bid".
    const qualified = phrase ? null : getQualifiedKind(kind.label, headlines);
    const named =
      (wordsOnly ? qualified : null) ?? getKeyEventTitle(own, MAX_TITLE - 2 - when.length) ?? qualified;
    if (named) labels.unshift(named);
  }
  const label = labels.find((l) => l.length + 2 + when.length <= MAX_TITLE) ?? kind.label;
  return { title: `${label.charAt(0).toUpperCase()}${label.slice(1)}, ${when}`, month };
}

/**
 * The kind a one-word subject names ("conferences"), if one of the episode's events is of it; a
 * meeting, call or visit is one of a gathering's ("a session in a conference room").
 */
export function getKindSaidBy(phrase: string | null, cluster: readonly MergedEvent[]) {
  if (!phrase || phrase.includes(' ') || phrase !== phrase.toLowerCase()) return undefined;
  const types = new Set<string>(cluster.map((e) => e.type));
  const consult = cluster.some((e) => getEventFamily(e.type) === 'consult');
  return TOPICS.find(
    (t) =>
      new RegExp(`^(?:${t.pattern.source})$`, 'i').test(phrase.replace(/s$/, '')) &&
      ((consult && GATHERINGS.has(t.id)) || Object.keys(t.types).some((type) => types.has(type))),
  );
}

/**
 * The kind as a news headline qualifies it with a name before it ("Palestinian Statehood Bid" →
 * "Palestinian statehood bid"), if one does.
 */
export function getQualifiedKind(kind: string, headlines: readonly string[]): string | null {
  const words = kind.toLowerCase().split(' ');
  for (const headline of headlines) {
    const tokens = headline.split(/\s+/);
    for (let i = 1; i + words.length <= tokens.length; i++) {
      const run = tokens.slice(i, i + words.length).map((t) => t.toLowerCase().replace(/[^\p{L}]/gu, ''));
      const before = tokens[i - 1]!.replace(/[^\p{L}-]/gu, '');
      if (
        run.join(' ') === words.join(' ') &&
        /^\p{Lu}\p{Ll}/u.test(before) &&
        !STOP_QUALIFIERS.has(before.toLowerCase())
      )
        return `${before} ${kind.toLowerCase()}`;
    }
  }
  return null;
}

/** Capitalised words before a kind in a title-case headline that qualify nothing. */
const STOP_QUALIFIERS: ReadonlySet<string> = new Set([
  'on',
  'for',
  'the',
  'a',
  'an',
  'of',
  'in',
  'to',
  'new',
  'over',
]);

let acronyms: Map<string, string> | null = null;

/**
 * The acronym a curated actor's name goes by ("Palestine Liberation Organization" → "PLO"): an
 * alias of capitals only, from the gazetteer, so no name is shortened to letters no one uses.
 */
export function getAcronym(name: string): string | undefined {
  if (!acronyms) {
    acronyms = new Map();
    for (const actor of GAZETTEER.actors) {
      const acronym = actor.aliases.find((a) => /^\p{Lu}{2,7}$/u.test(a));
      if (acronym)
        for (const n of [actor.name, ...actor.aliases])
          if (n !== acronym) acronyms.set(n.toLowerCase(), acronym);
    }
  }
  return acronyms.get(name.toLowerCase());
}

/** Kinds of episode that are gatherings: the fallback (null), talks and conferences. */
const GATHERINGS: ReadonlySet<string | null> = new Set([null, 'talks', 'conference']);

/** Where most of the episode's talks, visits and conferences took place, if two of them did. */
function getVenue(cluster: readonly MergedEvent[]): string | null {
  const places = cluster
    .filter((e) => e.place && (getEventFamily(e.type) === 'consult' || e.type === 'conference'))
    .map((e) => e.place!);
  const venue = getMostFrequent(places);
  return venue && places.filter((p) => p === venue).length >= 2 ? venue : null;
}

/**
 * The two people who held the episode's talks, visits and calls, by surname: the one in most of
 * them (two at least), and the next, in one at least and named in two of the episode's events;
 * who met is what sets talks apart when nothing they discussed does. An envoy met once and named
 * nowhere else never names them.
 */
function getParticipants(cluster: readonly MergedEvent[]): string[] {
  const talks = new Map<string, number>();
  const named = new Map<string, number>();
  for (const event of cluster) {
    const consult = getEventFamily(event.type) === 'consult';
    for (const id of new Set(event.actorIds)) {
      named.set(id, (named.get(id) ?? 0) + 1);
      if (consult) talks.set(id, (talks.get(id) ?? 0) + 1);
    }
  }
  const ranked = [...talks]
    .filter(([id]) => getCuratedActor(id)?.kind === 'person' && named.get(id)! >= 2)
    .sort((a, b) => b[1] - a[1] || named.get(b[0])! - named.get(a[0])! || (a[0] < b[0] ? -1 : 1))
    .slice(0, 2);
  if (ranked.length < 2 || ranked[0]![1] < 2) return [];
  return ranked.map(([id]) => getCuratedActor(id)!.name.split(' ').at(-1)!).sort();
}

/**
 * Kind, thread and phrase as one label: "Resolution 2334 on settlements" (a numbered resolution
 * says the kind itself), "Security Council veto on Beit Hanoun", "Paris conference" or
 * "Goldstone report" (a thread of the kind's own noun, `own`), "Talks" when nothing sets the
 * story apart.
 */
export function toLabel(kind: string, thread: string | null, phrase: string | null, own = false): string {
  if (thread?.startsWith('Resolution ')) return phrase ? `${thread} on ${phrase}` : thread;
  if (thread && (own || kind.toLowerCase().includes(thread.split(' ').at(-1)!))) return thread;
  const about = thread ?? phrase;
  // A conference is named by one word before it: "Paris conference", "peace conference".
  if (about && kind === 'Conference' && !about.includes(' ')) return `${about} conference`;
  // A cut is of what went to someone: "US funding cut to UNRWA".
  return about ? `${kind} ${/\bcut$/i.test(kind) ? 'to' : 'on'} ${about}` : kind;
}

/** Terms inside the kind's matches ("advisory opinion" → advisory, opinion) and in its label
 *  (so "Court ruling" is never "on Court"). */
export function getKindWords(pattern: RegExp | undefined, texts: readonly string[], label = ''): Set<string> {
  const words = new Set<string>();
  for (const word of label.split(/[^\p{L}]+/u)) if (word) words.add(toTerm(word.toLowerCase()) ?? '');
  if (!pattern) return words;
  const global = new RegExp(pattern.source, 'gi');
  for (const text of texts)
    for (const [match] of text.matchAll(global))
      for (const word of match.split(/[^\p{L}]+/u)) words.add(toTerm(word.toLowerCase()) ?? '');
  return words;
}

/** Headlines of the articles that report these events as their news (not as background). */
export function getNewsHeadlines(
  cluster: readonly MergedEvent[],
  articles: ReadonlyMap<string, ArticleContext>,
): string[] {
  return toHeadlines(countNewsReports(cluster, articles), articles);
}

const toHeadlines = (reports: ReadonlyMap<string, number>, articles: ReadonlyMap<string, ArticleContext>) =>
  [...reports.keys()].sort().map((id) => articles.get(id)!.title);

/** Most frequent value; ties go to the alphabetically first (or last) so output is deterministic. */
function getMostFrequent(values: readonly string[], onTie: 'first' | 'last' = 'first'): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const order = onTie === 'first' ? 1 : -1;
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || order * a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? null;
}
