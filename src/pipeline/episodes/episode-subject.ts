// What an episode is about, for its name: the thread its sentences name ("Resolution 2334",
// "Operation Cast Lead", "the Goldstone report") and its most distinctive noun phrase
// ("humanitarian pauses", "Beit Hanoun", "the barrier"). A word must be used by at least two of
// the episode's events, so a place or word mentioned once in passing never names it; among those,
// words of the headlines that report the episode as news count double, and the names of those who
// acted count little (a story is what they acted on, not who voted). Only a word the tagger reads
// as a noun can name an episode ("let", "reach" and "right" cannot).
import type { MergedEvent } from '../events/merge-events.ts';
import { findNounChunks } from '../language/chunks.ts';
import { tokenizeMany } from '../language/tokenize.ts';
import type { Token } from '../types.ts';
import { getStoryFeatures, toTerm } from './story-features.ts';
import type { EventStory } from './story-items.ts';
import { NOT_NAMING_WORDS } from './story-lexicon.ts';

export interface EpisodeSubject {
  readonly thread: string | null;
  readonly phrase: string | null;
}

interface Candidate {
  readonly key: string;
  readonly events: number;
  readonly score: number;
}

/** How many top words are checked with the tagger, and in how many sentences at most. */
const WORDS_CHECKED = 6;
const SENTENCES_READ = 12;
const HEADLINE_BOOST = 2;
const AGENT_SHARE = 0.25;

export function getSubject(
  cluster: readonly MergedEvent[],
  stories: readonly EventStory[],
  idf: ReadonlyMap<string, number>,
  headlines: readonly string[] = [],
  /** Words the kind already says ("ceasefire" in "Ceasefire diplomacy"), never repeated. */
  isKindWord: (word: string) => boolean = () => false,
): EpisodeSubject {
  const { events, surfaces } = countFeatures(stories);
  const inHeadline = getHeadlineKeys(headlines);
  const agentWords = new Set(cluster.flatMap((e) => e.agentIds.flatMap((id) => id.split('-'))));
  const rank = (key: string, n: number): Candidate => {
    const surface = surfaces.get(key) ?? '';
    const score =
      n *
      (idf.get(key) ?? 0) *
      (isName(surface) ? 1.5 : 1) *
      (inHeadline.has(key) ? HEADLINE_BOOST : 1) *
      (agentWords.has(key.slice(2)) ? AGENT_SHARE : 1);
    return { key, events: n, score };
  };
  const ranked = [...events]
    .map(([key, n]) => rank(key, n))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  const thread = ranked.find(
    (r) =>
      r.key.startsWith('t:') &&
      (r.events >= 2 || (/^t:operation-/.test(r.key) && r.events >= 1) || inHeadline.has(r.key)),
  );
  const words = ranked.filter(
    (r) =>
      r.key.startsWith('w:') &&
      r.events >= 2 &&
      !NAMING_STOP.has(r.key.slice(2)) &&
      !isKindWord(surfaces.get(r.key)!),
  );
  const threadText = thread ? surfaces.get(thread.key)! : null;
  const eligible = new Set(words.map((w) => w.key.slice(2)));
  const phrase = getPhrase(
    words
      .filter((w) => !threadText?.toLowerCase().includes(surfaces.get(w.key)!.toLowerCase()))
      .slice(0, WORDS_CHECKED)
      .map((w) => w.key.slice(2)),
    [...new Set(cluster.flatMap((e) => e.sources.map((s) => s.text)))],
    eligible,
  );
  return { thread: threadText, phrase };
}

/** Words that say the kind of happening or whose it was, never the story ("vote", "Israeli"). */
const NAMING_STOP: ReadonlySet<string> = new Set([...NOT_NAMING_WORDS].filter((w) => w !== 'team'));

function countFeatures(stories: readonly EventStory[]) {
  const events = new Map<string, number>();
  const surfaces = new Map<string, string>();
  for (const { features } of stories) {
    for (const key of features.counts.keys())
      if (!key.startsWith('a:')) events.set(key, (events.get(key) ?? 0) + 1);
    for (const [key, surface] of features.surfaces) {
      const known = surfaces.get(key);
      // A capitalised form anywhere means a name ("Arafat"), even if a sentence began with it.
      if (!known || (known === known.toLowerCase() && surface !== surface.toLowerCase()))
        surfaces.set(key, surface);
    }
  }
  return { events, surfaces };
}

/** Feature keys of the headlines; title case is undone, so "Humanitarian Pauses" → w:pause. */
function getHeadlineKeys(headlines: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const headline of headlines) {
    for (const key of getStoryFeatures([headline], []).counts.keys()) keys.add(key);
    for (const [word] of headline.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      const term = toTerm(word.toLowerCase());
      if (term) keys.add(`w:${term}`);
    }
  }
  return keys;
}

const isName = (surface: string) => surface !== surface.toLowerCase();

/**
 * The noun phrase the best noun candidate is written in most often: its modifiers that are
 * eligible words themselves, through to the head of its chunk unless that head only says the
 * kind ("ceasefire resolution" → "ceasefire"). Candidates the tagger never reads as nouns are
 * skipped.
 */
export function getPhrase(
  terms: readonly string[],
  sentences: readonly string[],
  eligible: ReadonlySet<string>,
): string | null {
  if (terms.length === 0) return null;
  const wanted = new Set(terms);
  const read = sentences
    .filter((s) => [...s.matchAll(/\p{L}[\p{L}'’-]*/gu)].some(([w]) => wanted.has(toTerm(w) ?? '')))
    .slice(0, SENTENCES_READ);
  const tokenized = tokenizeMany(read);
  for (const term of terms) {
    const phrases = new Map<string, { text: string; n: number }>();
    let nouns = 0;
    let seen = 0;
    for (const tokens of tokenized) {
      const chunks = findNounChunks(tokens);
      tokens.forEach((token, k) => {
        if (toTerm(token.text) !== term) return;
        seen++;
        if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return;
        nouns++;
        const chunk = chunks.find((c) => c.first <= k && k <= c.last);
        const text = chunk ? toPhrase(tokens, k, chunk, eligible) : token.text;
        const known = phrases.get(text.toLowerCase());
        phrases.set(text.toLowerCase(), { text: known?.text ?? text, n: (known?.n ?? 0) + 1 });
      });
    }
    if (seen === 0 || 2 * nouns < seen) continue;
    const best = [...phrases.values()].sort(
      (a, b) => b.n - a.n || a.text.length - b.text.length || (a.text < b.text ? -1 : 1),
    )[0];
    if (best) return best.text;
  }
  return null;
}

function toPhrase(
  tokens: readonly Token[],
  k: number,
  chunk: { first: number; last: number; head: number },
  eligible: ReadonlySet<string>,
): string {
  let first = k;
  while (first - 1 >= chunk.first && isModifier(tokens[first - 1]!, eligible)) first--;
  let last = k;
  for (let j = k + 1; j <= chunk.head; j++) {
    const term = toTerm(tokens[j]!.text);
    if (term && NAMING_STOP.has(term)) break;
    if (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN') last = j;
  }
  return tokens
    .slice(first, last + 1)
    .map((t, i, all) => t.text + (i < all.length - 1 && all[i + 1]!.start > t.end ? ' ' : ''))
    .join('')
    .replace(/['’]s?$/, '');
}

const isModifier = (token: Token, eligible: ReadonlySet<string>) => {
  if (!['ADJ', 'NOUN', 'PROPN'].includes(token.pos)) return false;
  const term = toTerm(token.text);
  return !!term && eligible.has(term);
};
