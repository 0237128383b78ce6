// A small stand-in for stage 2, for tests only: paragraphs at line breaks, sentences at . ! ?
// followed by a capital, except after abbreviations ("U.S. will", "Mr. Kerry").
import type { Sentence } from '../types.ts';

const PARAGRAPH = /[^\n]+/g;
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“‘A-Z])/g;
const ABBREVIATION =
  /\b(?:U\.S|U\.N|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Jan|Feb|Aug|Sept|Oct|Nov|Dec|[ap]\.m|[A-Z])\.$/;

export function toTestSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraphIndex = 0;
  for (const paragraph of text.matchAll(PARAGRAPH)) {
    if (paragraph[0].trim() === '') continue;
    let start = paragraph.index;
    const push = (end: number) => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) {
        const s = start + lead;
        sentences.push({
          index: sentences.length,
          paragraphIndex,
          start: s,
          end: s + body.length,
          text: body,
        });
      }
    };
    for (const end of paragraph[0].matchAll(SENTENCE_END)) {
      const stop = paragraph.index + end.index + end[0].trimEnd().length;
      if (ABBREVIATION.test(text.slice(start, stop))) continue;
      push(stop);
      start = stop;
    }
    push(paragraph.index + paragraph[0].length);
    paragraphIndex++;
  }
  return sentences;
}
