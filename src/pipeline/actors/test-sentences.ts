// Tests only: a rough sentence splitter (lines, then ". Capital"), so the actor tests do not
// depend on stage 2, which is written separately. Offsets are exact, as stage 2's are.
import type { Sentence } from '../types.ts';

export function toTestSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraphIndex = 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    let cursor = line.index;
    for (const part of line[0].split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/)) {
      const start = text.indexOf(part, cursor);
      cursor = start + part.length;
      if (part.trim() === '') continue;
      sentences.push({ start, end: cursor, index: sentences.length, paragraphIndex, text: part });
    }
    paragraphIndex += 1;
  }
  return sentences;
}
