// The headlines of the articles reporting an episode as news, as naming evidence: their feature
// keys (title case undone, rubrics such as "Analysis:" dropped) and the capitals a phrase read
// from a lower-cased headline should get back.
import { GAZETTEER } from '../gazetteer/index.ts';
import { createFeatureTable } from './feature-table.ts';
import { getStoryFeatures, toTerm } from './story-features.ts';

/**
 * Feature keys of the headlines, with how many headlines use each; title case is undone, so
 * "Humanitarian Pauses" → w:pause as well as w:pauses.
 */
export function getHeadlineKeys(
  headlines: readonly string[],
  surfaces: Map<string, string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const headline of headlines) {
    const keys = new Set<string>();
    // In title case every word looks like a name; only its words count, as common words.
    if (!isTitleCase(headline)) {
      const table = createFeatureTable();
      const features = getStoryFeatures([headline], [], table);
      features.ids.forEach((id, j) => {
        const key = table.keys[id]!;
        keys.add(key);
        if (!surfaces.has(key)) surfaces.set(key, features.surfaces[j]!);
      });
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

/** Words read from a lower-cased headline get back the capitals the sentences give them. */
export function recase(phrase: string, surfaces: ReadonlyMap<string, string>): string {
  return phrase.replace(/\p{L}[\p{L}'’-]*/gu, (word) => {
    const surface = surfaces.get(`w:${toTerm(word) ?? ''}`);
    return surface && word === word.toLowerCase() && surface.toLowerCase() === word ? surface : word;
  });
}

/**
 * "Security Council Demands Halt to Settlements" → "Security Council demands halt to settlements":
 * in a title-case headline a capitalised word stays so only if it is a name, one the episode's
 * sentences capitalise where no sentence begins, or an acronym; the first word keeps its capital.
 */
let knownNameWords: Set<string> | null = null;

/**
 * The gazetteer's one-word names and aliases, surnames and demonyms (with their plurals):
 * "Palestinians" in "Money for Palestinians" is a name even where no sentence of the episode uses
 * it. Words of longer names ("New" of "New Zealand") are not: alone they are common words.
 */
function getKnownNameWords(): ReadonlySet<string> {
  if (knownNameWords) return knownNameWords;
  knownNameWords = new Set();
  for (const actor of GAZETTEER.actors)
    for (const name of [
      actor.name,
      ...actor.aliases,
      ...actor.surnames,
      ...actor.demonyms,
      ...actor.demonyms.map((d) => `${d}s`),
    ])
      if (/^\p{Lu}[\p{L}'’-]*$/u.test(name)) knownNameWords.add(name);
  return knownNameWords;
}

export function toSentenceCase(headline: string, sentences: readonly string[]): string {
  if (!isTitleCase(headline)) return headline;
  const names = new Set<string>();
  for (const sentence of sentences)
    for (const match of sentence.matchAll(/(?<=[\p{L}\d,;)] )\p{Lu}[\p{L}'’]*/gu)) names.add(match[0]);
  let first = true;
  return headline.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
    const keep = first || word === word.toUpperCase() || names.has(word) || getKnownNameWords().has(word);
    first = false;
    return keep ? word : word.toLowerCase();
  });
}
