// A live-blog entry is dated by the time that opens it ("14:32 GMT", often on a line of its own):
// the sentences after it, up to the next time, belong to that entry's day. The event stage can
// date a sentence that names no date of its own this way.
import type { DateMention } from '../types.ts';

/** The timestamp of the live-blog entry holding the sentence, or null outside any entry. */
export function getEntryDate(dates: readonly DateMention[], sentenceIndex: number): DateMention | null {
  let entry: DateMention | null = null;
  for (const mention of dates) {
    if (mention.sentenceIndex > sentenceIndex) break;
    if (mention.anchoredTo === 'blog-day') entry = mention;
  }
  return entry;
}
