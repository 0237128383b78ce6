// The speaker of a speech verb is the subject of its clause, named before the clause's first
// verb: in "Danon thanked Washington for its stand and called Hamas the main obstacle", the
// United States is what Danon thanked, not a second speaker of "called".
import type { ActorMention, SentenceLanguage } from '../types.ts';

/**
 * The mentions that stand before the first verb between `from` and the speech verb at `to`
 * (sentence offsets): all of them when no verb comes first, none when the verb comes before
 * them all ("…, thanked the US for what he called": the subject is before `from`).
 */
export function getSubjectMentions(
  read: SentenceLanguage,
  mentions: readonly ActorMention[],
  from: number,
  to: number,
  rel: (m: ActorMention) => number,
): readonly ActorMention[] {
  // "Explaining his vote, Bolton said": an opening participle's subject comes after it.
  // A word inside a name ("Thomas-Greenfield", "Foreign Minister") is no verb, whatever its tag.
  const inName = (at: number) => mentions.some((m) => rel(m) <= at && at < rel(m) + m.text.length);
  const verb = read.verbGroups
    .filter((g) => g.first > 0 || !/ing$/i.test(read.tokens[0]!.text))
    .map((g) => read.tokens[g.first]!.start)
    .filter((at) => !inName(at))
    .filter((at) => at > from && at < to)
    .sort((a, b) => a - b)[0];
  if (verb === undefined) return mentions;
  return mentions.filter((m) => rel(m) < verb);
}
