// What an episode is about, for its name: the thread its sentences name ("Resolution 2334",
// "Operation Cast Lead", "the Goldstone report") and its most distinctive noun phrase
// ("humanitarian pauses", "Beit Hanoun", "the barrier"). A word must be used by at least two of
// the episode's events, so a place or word mentioned once in passing never names it; among those,
// words of the headlines that report the episode as news count double, and the names of those who
// acted never name it (a story is what they acted on, not who voted). Only a word the tagger reads
// as a noun can name an episode ("let", "reach" and "right" cannot).
import { getEventFamily } from '../../domain/event-types.ts';
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
  /** Events and news headlines using it. */
  readonly uses: number;
  readonly score: number;
}

/** How many top words are checked with the tagger, and in how many sentences at most. */
const WORDS_CHECKED = 10;
const SENTENCES_READ = 12;
/** A headline is the article's own summary: a word in it counts as two events using it. */
const HEADLINE_USES = 2;
/** A thread used by fewer than this share of the events (and not in a headline) is background. */
const THREAD_SHARE = 0.2;

export interface SubjectOptions {
  /** Headlines of the articles reporting the episode as news. */
  readonly headlines?: readonly string[];
  /** Terms the kind already says ("ceasefire" in "Ceasefire diplomacy"), never repeated. */
  readonly kindWords?: ReadonlySet<string>;
  /** Event types of the kind: where those happened is the venue, not the story ("The Hague"). */
  readonly kindTypes?: ReadonlySet<string>;
}

export function getSubject(
  cluster: readonly MergedEvent[],
  stories: readonly EventStory[],
  idf: ReadonlyMap<string, number>,
  { headlines: given = [], kindWords = new Set(), kindTypes = new Set() }: SubjectOptions = {},
): EpisodeSubject {
  const headlines = given.map(stripRubric);
  const { events, surfaces } = countFeatures(stories);
  const inHeadline = getHeadlineKeys(headlines, surfaces);
  const incidental = getIncidentalWords(cluster, kindTypes);
  const rank = (key: string, n: number): Candidate => {
    const surface = surfaces.get(key) ?? '';
    const uses = n + HEADLINE_USES * (inHeadline.get(key) ?? 0);
    const score =
      uses * (idf.get(key) ?? 0) * (isName(surface) ? 1.5 : 1) * (incidental.has(key.slice(2)) ? 0 : 1);
    return { key, events: n, uses, score };
  };
  const ranked = [...new Set([...events.keys(), ...inHeadline.keys()])]
    .map((key) => rank(key, events.get(key) ?? 0))
    .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  // A named operation is never incidental. Another thread must be the headline's or a fifth of
  // the events' ("Resolution 1402" recalled twice in an episode of twelve events is background),
  // and, unless it is a numbered resolution, used twice.
  const thread = ranked.find(
    (r) =>
      r.key.startsWith('t:') &&
      (/^t:operation-/.test(r.key) ||
        ((r.uses >= 2 || /^t:resolution-/.test(r.key)) &&
          (inHeadline.has(r.key) || r.events >= THREAD_SHARE * cluster.length))),
  );
  const words = ranked.filter(
    (r) =>
      r.key.startsWith('w:') &&
      r.uses >= 2 &&
      r.score > 0 &&
      (r.events >= 1 || (inHeadline.get(r.key) ?? 0) >= 2) &&
      !NAMING_STOP.has(r.key.slice(2)) &&
      !kindWords.has(r.key.slice(2)),
  );
  const threadText = thread ? surfaces.get(thread.key)! : null;
  const eligible = new Set(words.map((w) => w.key.slice(2)));
  const phrase = getPhrase(
    words
      .filter((w) => !threadText?.toLowerCase().includes(surfaces.get(w.key)!.toLowerCase()))
      .slice(0, WORDS_CHECKED)
      .map((w) => w.key.slice(2)),
    [...new Set(cluster.flatMap((e) => e.sources.map((s) => s.text)))],
    // Title case is undone for reading: "Observer State" is the common "observer state".
    headlines.map((h) => (isTitleCase(h) ? h.toLowerCase() : h)),
    eligible,
  );
  return { thread: threadText, phrase: phrase && recase(phrase, surfaces) };
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

/**
 * Feature keys of the headlines, with how many headlines use each; title case is undone, so
 * "Humanitarian Pauses" → w:pause as well as w:pauses.
 */
function getHeadlineKeys(headlines: readonly string[], surfaces: Map<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const headline of headlines) {
    const keys = new Set<string>();
    // In title case every word looks like a name; only its words count, as common words.
    if (!isTitleCase(headline)) {
      const features = getStoryFeatures([headline], []);
      for (const key of features.counts.keys()) keys.add(key);
      for (const [key, surface] of features.surfaces) if (!surfaces.has(key)) surfaces.set(key, surface);
    }
    for (const [word] of headline.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      const term = toTerm(word.toLowerCase());
      if (!term) continue;
      keys.add(`w:${term}`);
      // Capitals throughout say something ("UNRWA"); title case does not.
      if (!surfaces.has(`w:${term}`))
        surfaces.set(`w:${term}`, word === word.toUpperCase() ? word : word.toLowerCase());
    }
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** "US Vetoes Security Council Call for Humanitarian Pauses" is title case; a sentence is not. */
export function isTitleCase(headline: string): boolean {
  const words = [...headline.matchAll(/\p{L}{4,}/gu)].map(([w]) => w);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised > 0.6 * words.length;
}

/** "Analysis: On the barrier, …" → "On the barrier, …": a rubric of a word or two is not the story. */
export function stripRubric(headline: string): string {
  return headline.replace(/^[\p{L} ]{1,20}:\s+/u, (rubric) =>
    rubric.trim().split(' ').length <= 2 ? '' : rubric,
  );
}

/**
 * Words of those who acted or met (agents, and everyone at a meeting, call or visit) and of
 * where they met or the kind's own events took place: a story is what was acted on, not who
 * voted or where the court sits. "john-kerry" → "john", "kerry".
 */
function getIncidentalWords(cluster: readonly MergedEvent[], kindTypes: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  for (const event of cluster) {
    const consult = getEventFamily(event.type) === 'consult';
    for (const id of consult ? event.actorIds : event.agentIds)
      for (const part of id.split('-')) words.add(part);
    if (event.place && (consult || kindTypes.has(event.type)))
      for (const [word] of event.place.matchAll(/\p{L}[\p{L}'’-]*/gu)) words.add(toTerm(word) ?? '');
  }
  return words;
}

/** Words read from a lower-cased headline get back the capitals the sentences give them. */
function recase(phrase: string, surfaces: ReadonlyMap<string, string>): string {
  return phrase.replace(/\p{L}[\p{L}'’-]*/gu, (word) => {
    const surface = surfaces.get(`w:${toTerm(word) ?? ''}`);
    return surface && word === word.toLowerCase() && surface.toLowerCase() === word ? surface : word;
  });
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
  headlines: readonly string[],
  eligible: ReadonlySet<string>,
): string | null {
  if (terms.length === 0) return null;
  const wanted = new Set(terms);
  const uses = (s: string) =>
    [...s.matchAll(/\p{L}[\p{L}'’-]*/gu)].some(([w]) =>
      wanted.has(toTerm(w) ?? toTerm(w.toLowerCase()) ?? ''),
    );
  const read = [...sentences.filter(uses).slice(0, SENTENCES_READ), ...headlines.filter(uses)];
  const tokenized = tokenizeMany(read);
  for (const term of terms) {
    const phrases = new Map<string, { text: string; n: number }>();
    let nouns = 0;
    let seen = 0;
    let heads = 0;
    for (const tokens of tokenized) {
      const chunks = findNounChunks(tokens);
      tokens.forEach((token, k) => {
        if (toTerm(token.text) !== term) return;
        seen++;
        if (!isNounAt(tokens, k)) return;
        nouns++;
        const chunk = chunks.find((c) => c.first <= k && k <= c.last);
        // "European-led" modifies what follows, though the tagger ends a chunk at the hyphen.
        if ((!chunk || chunk.head === k) && tokens[k + 1]?.text !== '-') heads++;
        const text = toPhrase(tokens, k, chunk ?? { first: 0, last: k, head: k }, eligible);
        const known = phrases.get(text.toLowerCase());
        phrases.set(text.toLowerCase(), { text: known?.text ?? text, n: (known?.n ?? 0) + 1 });
      });
    }
    if (2 * nouns <= seen) continue;
    const best = [...phrases.values()].sort(
      (a, b) => b.n - a.n || a.text.length - b.text.length || (a.text < b.text ? -1 : 1),
    )[0];
    // A name only ever modifying others ("Turkish" in "Turkish ship", "Turkish officials") names
    // a story only with what it modifies, in one phrase used twice ("Beit Hanoun"); a common
    // noun does alone ("settlement" of "settlement building", "settlement activity").
    // "State Department official" is who spoke, not what about.
    if (best && ROLES.has(best.text.split(' ').at(-1)!.toLowerCase().replace(/s$/, ''))) continue;
    if (best && (heads > 0 || !isName(best.text) || (best.n >= 2 && best.text.includes(' '))))
      return best.text;
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
  // A name is kept whole: "State Department", never "Department".
  while (
    first - 1 >= chunk.first &&
    tokens[first]!.pos === 'PROPN' &&
    tokens[first - 1]!.pos === 'PROPN' &&
    !HONORIFIC.test(tokens[first - 1]!.text)
  )
    first--;
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

/**
 * A noun, or a verb form after an adjective or determiner that no noun follows: the tagger reads
 * "humanitarian pauses to let aid in" as a verb and "Israel is building" as a noun, which
 * neither can be there.
 */
function isNounAt(tokens: readonly Token[], k: number): boolean {
  const pos = tokens[k]!.pos;
  const before = tokens[k - 1]?.pos ?? '';
  // "is building", "keep building it": a form in -ing after a verb continues it.
  if (/ing$/i.test(tokens[k]!.text) && ['AUX', 'VERB', 'PART'].includes(before)) return false;
  if (pos === 'NOUN' || pos === 'PROPN') return true;
  return (
    pos === 'VERB' &&
    ['ADJ', 'DET'].includes(before) &&
    !['NOUN', 'PROPN', 'ADJ'].includes(tokens[k + 1]?.pos ?? '')
  );
}

/** Nouns naming someone by office: a phrase ending in one names a speaker. */
const ROLES: ReadonlySet<string> = new Set(
  'official diplomat envoy spokesman spokeswoman spokesperson minister president secretary ambassador leader chief'.split(
    ' ',
  ),
);

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Mister)\.?$/;

const isModifier = (token: Token, eligible: ReadonlySet<string>) => {
  if (!['ADJ', 'NOUN', 'PROPN'].includes(token.pos)) return false;
  const term = toTerm(token.text);
  return !!term && eligible.has(term);
};
