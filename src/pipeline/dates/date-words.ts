// The default word lists, read from date-words.json beside this file and validated on first use.
import raw from './date-words.json' with { type: 'json' };
import { parseDateWords, type DateWords } from './date-words-schema.ts';

let loaded: DateWords | null = null;

export function getDateWords(): DateWords {
  loaded ??= parseDateWords(raw, 'src/pipeline/dates/date-words.json');
  return loaded;
}
