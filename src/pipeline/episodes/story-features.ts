// What an event is about, as countable features of its source sentences: content words
// ("barrier", "flotilla", lightly stemmed), threads (the draft, resolution, plan, report,
// conference or operation the sentence names: "Resolution 2334", "the Kuwaiti draft",
// "Operation Cast Lead") and its actors. Surface forms are kept so names can quote the text.
import { intern, type FeatureTable } from './feature-table.ts';
import { scanWords } from './scan-words.ts';
import { NOT_THREAD_NAMES, STOP_WORDS, THREAD_NOUNS } from './story-lexicon.ts';

export interface StoryFeatures {
  /** Feature ids (feature-table.ts), in order of first use: "w:barrier", "t:resolution-2334", "a:john-kerry". */
  readonly ids: readonly number[];
  /** How many times each was used. */
  readonly counts: readonly number[];
  /** How each was written, for names ("w:unrwa" → "UNRWA", "t:draft-egyptian" → "Egyptian draft"). */
  readonly surfaces: readonly string[];
}

const RESOLUTION = /\b[Rr]esolutions? (\d{3,4})\b/g;
const OPERATION = /\bOperation ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})/g;
const SPONSORED = /\b([A-Z][A-Za-z.]*)-(?:drafted|sponsored|backed|proposed|led)\b/g;
// Names are capitalised; the noun may be either ("the Paris Conference", "the Paris conference").
const NOUNS = [...THREAD_NOUNS.keys()].map((n) => `[${n[0]}${n[0]!.toUpperCase()}]${n.slice(1)}`);
const HAS_NOUN = new RegExp(String.raw`\b(?:${NOUNS.join('|')})\b`);
const NAMED = new RegExp(
  String.raw`\b((?:\p{Lu}[\p{L}.]*[ -]){0,2}\p{Lu}[\p{L}.]*) (${NOUNS.join('|')})\b`,
  'gu',
);

/**
 * The features of one text (a source sentence or a headline) by key, before a grouping run gives
 * them ids. A pure function of the text: the per-article stage reads them on every thread
 * (process-article.ts), and grouping only adds up each event's texts (toStoryFeatures).
 */
export interface TextFeatures {
  /** In order of first use. */
  readonly keys: readonly string[];
  readonly counts: readonly number[];
  /** How each is written last as a name, else how it was first written. */
  readonly surfaces: readonly string[];
  /** Whether the text writes it as a name: that surface then replaces one an earlier text of the
   *  same event gave it ("barrier", then "the Barrier" → "Barrier"). */
  readonly named: readonly boolean[];
}

export function getStoryFeatures(
  sentences: readonly string[],
  actorIds: readonly string[],
  table: FeatureTable,
): StoryFeatures {
  return toStoryFeatures(sentences.map(getTextFeatures), actorIds, table);
}

export function getTextFeatures(text: string): TextFeatures {
  const keys: string[] = [];
  const counts: number[] = [];
  const surfaces: string[] = [];
  const named: boolean[] = [];
  const slotOf = new Map<string, number>();
  /** Counts one use of `key`; a surface already kept stays unless `isName` says so. */
  const add = (key: string, surface: string, isName = false) => {
    const slot = slotOf.get(key);
    if (slot === undefined) {
      slotOf.set(key, keys.length);
      keys.push(key);
      counts.push(1);
      surfaces.push(surface);
      named.push(isName);
    } else {
      counts[slot]!++;
      if (isName) [surfaces[slot], named[slot]] = [surface, true];
    }
  };
  scanWords(text, (written, start) => {
    // "cease-fire" is read as "cease" and "fire".
    for (let from = 0; from <= written.length;) {
      const hyphen = written.indexOf('-', from);
      const to = hyphen < 0 ? written.length : hyphen;
      const word = getWord(from === 0 && to === written.length ? written : written.slice(from, to));
      from = to + 1;
      if (!word) continue;
      // A capital mid-sentence is a name ("UNRWA", "Arafat"); at the start it says nothing.
      const isName = start > 0 && word.capitalised;
      add(word.key, isName ? word.written : word.lower, isName);
    }
  });
  // Each thread pattern runs only where its cheap telltale is present.
  if (text.includes('esolution'))
    for (const [, n] of text.matchAll(RESOLUTION)) add(`t:resolution-${n}`, `Resolution ${n}`);
  if (text.includes('Operation '))
    for (const [, name] of text.matchAll(OPERATION)) add(`t:operation-${toKey(name!)}`, `Operation ${name}`);
  if (text.includes('-')) for (const [, by] of text.matchAll(SPONSORED)) addNamed(add, by!, 'draft');
  if (HAS_NOUN.test(text))
    for (const [, name, noun] of text.matchAll(NAMED))
      addNamed(add, name!, THREAD_NOUNS.get(noun!.toLowerCase())!);
  return { keys, counts, surfaces, named };
}

/** Scratch: where each feature id sits in the features being summed, or -1 (all -1 between calls). */
let slots: Int32Array = new Int32Array(1024).fill(-1);

/**
 * An event's features: its texts' in order, then its actors, with ids from `table`. The same as
 * reading the texts one after another: counts add up, and a text that writes a feature as a name
 * gives it that surface.
 */
export function toStoryFeatures(
  texts: readonly TextFeatures[],
  actorIds: readonly string[],
  table: FeatureTable,
): StoryFeatures {
  const ids: number[] = [];
  const counts: number[] = [];
  const surfaces: string[] = [];
  const add = (key: string, count: number, surface: string, isName: boolean) => {
    const id = intern(table, key);
    if (id >= slots.length) slots = grow(slots, id);
    const slot = slots[id]!;
    if (slot < 0) {
      slots[id] = ids.length;
      ids.push(id);
      counts.push(count);
      surfaces.push(surface);
    } else {
      counts[slot]! += count;
      if (isName) surfaces[slot] = surface;
    }
  };
  for (const text of texts)
    text.keys.forEach((key, j) => add(key, text.counts[j]!, text.surfaces[j]!, text.named[j]!));
  for (const id of actorIds) add(`a:${id}`, 1, id, false);
  for (const id of ids) slots[id] = -1;
  return { ids, counts, surfaces };
}

function grow(array: Int32Array, index: number): Int32Array {
  const grown = new Int32Array(Math.max(2 * array.length, index + 1)).fill(-1);
  grown.set(array);
  return grown;
}

interface Word {
  /** "w:barrier" */
  readonly key: string;
  /** As written, possessive dropped ("Arafat's" → "Arafat"), and in lower case. */
  readonly written: string;
  readonly lower: string;
  readonly capitalised: boolean;
}

/** Each distinct word is read once per thread: the vocabulary of news is small next to its running
 *  text, and at 50,000 events reading every occurrence afresh was a third of the grouping. */
const WORDS = new Map<string, Word | null>();
const MAX_WORDS = 200_000;

function getWord(part: string): Word | null {
  let word = WORDS.get(part);
  if (word === undefined) {
    const term = toTerm(part);
    const written = part.replace(/['’]s?$/, '');
    word = term
      ? {
          key: `w:${term}`,
          written,
          lower: written.toLowerCase(),
          capitalised: /^\p{Lu}/u.test(written),
        }
      : null;
    if (WORDS.size >= MAX_WORDS) WORDS.clear();
    WORDS.set(part, word);
  }
  return word;
}

/** "The Egyptian" + draft → t:draft-egyptian ("Egyptian draft"); institutions and articles are dropped. */
function addNamed(add: (key: string, surface: string) => void, name: string, kind: string): void {
  const words = name.split(/[ -]/).filter((w) => !NOT_THREAD_NAMES.has(w.toLowerCase().replace(/\.$/, '')));
  if (words.length === 0) return;
  // A weekday or month before "talks" is a date, not a thread.
  if (words.every((w) => STOP_WORDS.has(w.toLowerCase()))) return;
  const named = words.join(' ');
  add(`t:${kind}-${toKey(named)}`, `${named} ${kind}`);
}

/** Lower-case, possessive and plural stripped; null for stop words and short words. */
export function toTerm(word: string): string | null {
  // Naming an episode reads each word of its sentences, most of them many times over.
  let term = TERMS.get(word);
  if (term === undefined) {
    if (TERMS.size >= MAX_WORDS) TERMS.clear();
    TERMS.set(word, (term = readTerm(word)));
  }
  return term;
}

const TERMS = new Map<string, string | null>();

function readTerm(word: string): string | null {
  let term = word.toLowerCase().replace(/['’]s?$/, '');
  if (term.length < 3 || STOP_WORDS.has(term)) return null;
  // Names are not plurals: "Hamas" stays "hamas".
  if (/^\p{Lu}/u.test(word)) return term;
  if (term.length > 4 && term.endsWith('ies')) term = `${term.slice(0, -3)}y`;
  else if (term.length > 4 && /[^su]s$/.test(term) && !term.endsWith('is')) term = term.slice(0, -1);
  return STOP_WORDS.has(term) ? null : term;
}

const toKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
