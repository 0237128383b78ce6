// A sentence with no date of its own may borrow one: the day the text was telling (a follow-up
// reaction) or the day of the happening it points to ("after the vote"). It lends that date only
// to a happening it does not place at another time:
//   "Two days after its veto, the US circulated…", "The vote came three days after…": a counted
//     offset from a happening is not that happening's day;
//   "The vote came … after the United States vetoed a similar text": a clause opened by "after",
//     "before", "since" or "until" is at another time than the clause it hangs on;
//   "The United States had vetoed a similar text": the past perfect tells what came before the
//     day being told.
import type { Span } from '../types.ts';
import type { TriggerMatch } from './find-triggers.ts';

const COUNTED_OFFSET =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|some)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|later|earlier|prior)\b/i;
// The opener and no comma up to the trigger: "After the vote, Haley said" is the main clause.
const OTHER_TIME = /^\W*(?:after|before|since|until|till)\b[^,]*$/i;

/** Whether the sentence counts its time from another happening ("two days after its veto"). */
export function hasCountedOffset(sentence: string): boolean {
  return COUNTED_OFFSET.test(sentence);
}

/** The first verb trigger that may take a borrowed date, if any. */
export function findBorrowingVerb(
  sentence: string,
  clauses: readonly Span[],
  triggers: readonly TriggerMatch[],
): TriggerMatch | undefined {
  if (hasCountedOffset(sentence)) return undefined;
  return triggers.find((t) => !t.trigger.noun && !isAtAnotherTime(sentence, clauses, t));
}

function isAtAnotherTime(sentence: string, clauses: readonly Span[], trigger: TriggerMatch): boolean {
  const clause = clauses.find((c) => trigger.start >= c.start && trigger.start < c.end);
  if (clause && OTHER_TIME.test(sentence.slice(clause.start, trigger.start))) return true;
  return trigger.pluperfect;
}
