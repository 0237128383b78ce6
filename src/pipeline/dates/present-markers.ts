// Present-tense verbs the general markers miss: a verb in -s right after a relative pronoun or
// a subject pronoun ("Trump, who takes office on January 20", "the truce, which expires on
// Friday"). Nouns in -s rarely follow these words, so the pattern stays cheap and safe.
import type { DateWords } from './date-words-schema.ts';
import type { Marker } from './tense-markers.ts';

const cache = new WeakMap<DateWords, RegExp>();

export function findPresentMarkers(sentence: string, words: DateWords): Marker[] {
  let regex = cache.get(words);
  if (!regex) {
    const subjects = words.tense.presentSubjects.join('|');
    // [^s\W]s: "takes", "expires", never "discuss" or "across".
    regex = new RegExp(String.raw`\b(?:${subjects})\s+(?:[a-z]+ly\s+)?([a-z]+[^s\W]s)\b`, 'gi');
    cache.set(words, regex);
  }
  const markers: Marker[] = [];
  for (const m of sentence.matchAll(regex)) {
    const verb = m[1] ?? '';
    const start = m.index + m[0].length - verb.length;
    markers.push({ start, end: start + verb.length, tense: 'present' });
  }
  return markers;
}
