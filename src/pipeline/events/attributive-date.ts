// "accused a dozen of its staff of taking part in the October 7 attack": a date standing between
// an article and a noun names that noun ("the October 7 attack", "the June 1967 war"); it dates
// no verb of the clause. Unless the noun is itself a happening the rules read, the date dates
// nothing here.
import type { DateMention, Sentence, SentenceLanguage } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

/** Whether the date modifies the noun after it, and that noun is no trigger. */
export function isAttributiveDate(
  read: SentenceLanguage,
  sentence: Sentence,
  date: DateMention,
  triggers: readonly TriggerMatch[],
): boolean {
  const start = date.start - sentence.start;
  const end = date.end - sentence.start;
  const before = read.tokens.filter((t) => t.end <= start).at(-1);
  const after = read.tokens.find((t) => t.start >= end);
  if (before?.pos !== 'DET' || after?.pos !== 'NOUN') return false;
  return !triggers.some((t) => t.start <= after.start && after.start < t.end);
}
