// Present-tense verbs the general markers miss: a verb in -s right after a relative pronoun or
// a subject pronoun ("Trump, who takes office on January 20", "the truce, which expires on
// Friday"). Nouns in -s rarely follow these words, so the pattern stays cheap and safe. A date
// on such a verb is scheduled: news tells what happened in the past tense, and "a conference
// that opens on Tuesday" is the coming Tuesday, read as a future. Verbs of saying ("he says on
// Monday") report, and stay present.
import type { DateWords } from './date-words-schema.ts';
import type { Marker } from './tense-markers.ts';

const cache = new WeakMap<DateWords, RegExp>();

const REPORTING =
  /^(?:says|tells|adds|notes|insists|argues|claims|warns|writes|recalls|acknowledges|admits|explains|believes|thinks|hopes|wants|needs|remains|seems|appears|means|has|does|goes)$/i;

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
    const tense = REPORTING.test(verb) ? 'present' : 'future';
    markers.push({ start, end: start + verb.length, tense });
  }
  return markers;
}
