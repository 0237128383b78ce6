// Image alt text and its visible title often land in the scrape as the same short line twice
// in a row ("John Kerry" / "John Kerry"). A repeated label is never body text: a real
// paragraph ends like a sentence and is not printed twice back to back.
import { countWords, endsLikeSentence } from './boilerplate-rules.ts';
import type { LineSpan } from './line-spans.ts';

const MAX_LABEL_WORDS = 8;

function isLabel(line: LineSpan): boolean {
  return countWords(line.text) <= MAX_LABEL_WORDS && !endsLikeSentence(line.text);
}

/** Indexes (into `lines`) of every copy of a short label repeated on consecutive lines. */
export function getRepeatedLabelIndexes(lines: readonly LineSpan[]): Set<number> {
  const indexes = new Set<number>();
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next && next.text === line.text && isLabel(line)) {
      indexes.add(i);
      indexes.add(i + 1);
    }
  });
  return indexes;
}
