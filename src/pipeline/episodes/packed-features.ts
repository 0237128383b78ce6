// A text's story features as one string, for the per-article stage to hand to grouping. As arrays
// of strings they were larger than the rest of an article's findings together, and a worker
// thread's findings are copied by the byte (structured cloning); one string copies at once, and
// grouping unpacks only the texts it reads. Each feature is "key␁count␁surface": the count is
// negative when the text writes the feature as a name, and the surface is empty when it is the key
// without its prefix ("w:draft" → "draft"). Keys and surfaces never hold control characters.
import type { ArticleEvent } from '../05-events.ts';
import type { TextFeatures } from './story-features.ts';

const FIELD = '\u0001';
const FEATURE = '\u0002';

export function packTextFeatures({ keys, counts, surfaces, named }: TextFeatures): string {
  return keys
    .map((key, j) => {
      const surface = surfaces[j] === key.slice(2) ? '' : surfaces[j];
      return `${key}${FIELD}${named[j] ? -counts[j]! : counts[j]}${FIELD}${surface}`;
    })
    .join(FEATURE);
}

export function unpackTextFeatures(packed: string): TextFeatures {
  const keys: string[] = [];
  const counts: number[] = [];
  const surfaces: string[] = [];
  const named: boolean[] = [];
  if (packed === '') return { keys, counts, surfaces, named };
  for (const feature of packed.split(FEATURE)) {
    const [key, count, surface] = feature.split(FIELD) as [string, string, string];
    const n = Number(count);
    keys.push(key);
    counts.push(Math.abs(n));
    surfaces.push(surface === '' ? key.slice(2) : surface);
    named.push(n < 0);
  }
  return { keys, counts, surfaces, named };
}

/** The texts an article's story features are read from, each once: its title, then its events'
 *  source sentences in order. */
export function getStoryTexts(title: string, events: readonly ArticleEvent[]): string[] {
  const texts = new Set([title]);
  for (const event of events) for (const source of event.sources) texts.add(source.text);
  return [...texts];
}
