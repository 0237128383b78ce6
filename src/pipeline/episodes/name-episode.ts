// Names an episode after its story: the kind of happening (topics.ts), then the thread its
// sentences name or its most distinctive words, then the month:
// "Security Council veto on Arafat, September 2003", "Resolution 1405 on Jenin, April 2002".
// A word names the episode only when at least two of its events use it, so a place or word
// mentioned once in passing never does.
import { formatPartialDate } from '../../domain/format-date.ts';
import type { MergedEvent } from '../events/merge-events.ts';
import type { EventStory } from './story-items.ts';
import { NOT_NAMING_WORDS } from './story-lexicon.ts';
import { FALLBACK_TOPIC, TOPICS } from './topics.ts';

export function nameEpisode(
  cluster: readonly MergedEvent[],
  stories: readonly EventStory[],
  idf: ReadonlyMap<string, number>,
): { title: string; month: string } {
  const kind = getKind(cluster);
  const { thread, words: ranked } = getDistinctive(stories, idf);
  const words = joinNames(ranked, cluster.flatMap((e) => e.sources.map((s) => s.text)).join('\n'));
  const about = thread?.startsWith('Resolution ') ? null : (thread ?? words.slice(0, 2).join(' and '));
  const lead = thread?.startsWith('Resolution ') ? `${thread}${words[0] ? ` on ${words[0]}` : ''}` : kind;
  const label = about ? `${lead} on ${about}` : lead;
  // Month-precision events say less about when the episode happened than dated days do.
  const dayMonths = cluster.filter((e) => e.precision === 'day').map((e) => e.date.slice(0, 7));
  // On a tie the later month names it: an episode builds up to its last dated happenings.
  const month = getMostFrequent(
    dayMonths.length > 0 ? dayMonths : cluster.map((e) => e.date.slice(0, 7)),
    'last',
  )!;
  const when = formatPartialDate(month, month.length === 7 ? 'month' : 'year');
  return { title: `${label.charAt(0).toUpperCase()}${label.slice(1)}, ${when}`, month };
}

/**
 * Two top words written side by side in the sentences are one name: "John" and "Kerry" →
 * "John Kerry", "Arab" and "League" → "Arab League" (in the order the text has them).
 */
export function joinNames(words: readonly string[], text: string): string[] {
  const [first, second, ...rest] = words;
  if (!first || !second) return [...words];
  if (text.includes(`${first} ${second}`)) return [`${first} ${second}`, ...rest];
  if (text.includes(`${second} ${first}`)) return [`${second} ${first}`, ...rest];
  return [...words];
}

/** The kind of happening most present in the sentences and event types, or the fallback. */
export function getKind(cluster: readonly MergedEvent[]): string {
  const text = [...new Set(cluster.flatMap((e) => e.sources.map((s) => s.text)))].join('\n');
  let best = { label: FALLBACK_TOPIC, count: 0 };
  for (const topic of TOPICS) {
    const typed = cluster.filter((e) => topic.types.includes(e.type)).length;
    const count = (text.match(topic.pattern)?.length ?? 0) + 2 * typed;
    if (count > best.count) best = { label: topic.label, count };
  }
  return best.label;
}

/** The thread and words that set these events apart from the corpus: used by ≥ 2 events, ranked by events × idf. */
export function getDistinctive(
  stories: readonly EventStory[],
  idf: ReadonlyMap<string, number>,
): { thread: string | null; words: string[] } {
  const events = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const { features } of stories) {
    for (const key of features.counts.keys()) events.set(key, (events.get(key) ?? 0) + 1);
    for (const [key, surface] of features.surfaces) {
      const known = surfaces.get(key);
      if (!known || (known === known.toLowerCase() && surface !== surface.toLowerCase()))
        surfaces.set(key, surface);
    }
  }
  const ranked = [...events]
    // A numbered resolution or a named operation is never incidental; other features need two events.
    .filter(([key, n]) => n >= 2 || /^t:(?:resolution|operation)-/.test(key))
    // A name ("Arafat", "UNRWA") says more about a story than a common word does.
    .map(([key, n]) => ({ key, score: n * (idf.get(key) ?? 0) * (isName(surfaces.get(key)) ? 1.5 : 1) }))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  const thread = ranked.find((r) => r.key.startsWith('t:'));
  const threadText = thread ? surfaces.get(thread.key)! : null;
  const words = ranked
    .filter((r) => r.key.startsWith('w:') && !NOT_NAMING_WORDS.has(r.key.slice(2)))
    .map((r) => surfaces.get(r.key)!)
    .filter((w) => !threadText?.toLowerCase().includes(w.toLowerCase()))
    .slice(0, 3);
  return { thread: threadText, words };
}

const isName = (surface: string | undefined) => !!surface && surface !== surface.toLowerCase();

/** Most frequent value; ties go to the alphabetically first (or last) so output is deterministic. */
function getMostFrequent(values: readonly string[], onTie: 'first' | 'last' = 'first'): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const order = onTie === 'first' ? 1 : -1;
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || order * a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? null;
}
